package org.throughcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.throughcare.core.Settings;
import org.throughcare.core.ThroughcareEngine;

/** Runs the CLI in-process with captured standard output and error, as the tests' one way in. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
        /** @return standard output parsed as JSON (fails the test if it is not) */
        JsonNode json() {
            return parse(out);
        }

        /** @return standard output's lines */
        List<String> outLines() {
            return out.lines().toList();
        }

        /** @return standard error's lines */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        return run("", CliContext::sharedEngine, args);
    }

    static Result runWithInput(String stdin, String... args) {
        return run(stdin, CliContext::sharedEngine, args);
    }

    static Result runWithEngines(Function<Settings, ThroughcareEngine> engines, String... args) {
        return run("", engines, args);
    }

    /** Runs with these bytes on standard input (which need not be UTF-8). */
    static Result runWithBytes(byte[] stdin, String... args) {
        return run(stdin, CliContext::sharedEngine, false, args);
    }

    /** Runs as if standard error were a terminal (the batch command's progress bar). */
    static Result runOnTerminal(String... args) {
        return run(new byte[0], CliContext::sharedEngine, true, args);
    }

    private static Result run(String stdin, Function<Settings, ThroughcareEngine> engines, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), engines, false, args);
    }

    private static Result run(byte[] stdin, Function<Settings, ThroughcareEngine> engines, boolean terminal,
                              String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin), engines, terminal);
        int exit = ThroughcareCli.run(ctx, args);
        return new Result(exit, out.toString(), err.toString());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    /** Writes text to a file in {@code dir} and returns its path as a string. */
    static String file(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
