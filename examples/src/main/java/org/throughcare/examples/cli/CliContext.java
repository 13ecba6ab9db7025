package org.throughcare.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.throughcare.core.Settings;
import org.throughcare.core.ThroughcareEngine;

/**
 * What a command run needs from the outside world: where to write, what to read for "-", and how to obtain an
 * engine. The CLI itself never touches {@code System.out}, {@code System.err} or {@code System.in} directly, so
 * tests run it in-process with captured streams and an engine factory of their choosing.
 *
 * @param out     standard output (results)
 * @param err     standard error (problems, errors)
 * @param in      standard input (read for the file name "-")
 * @param engines builds (or reuses) an engine for the given settings
 * @param errIsTerminal whether standard error is a terminal (the batch command's progress bar is then shown)
 */
record CliContext(PrintWriter out, PrintWriter err, InputStream in, Function<Settings, ThroughcareEngine> engines,
                  boolean errIsTerminal) {

    /** Engines are expensive to build (the KieBase is opened once per engine) and thread-safe: keep one per settings. */
    private static final Map<Settings, ThroughcareEngine> SHARED = new ConcurrentHashMap<>();

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(engines, "engines");
    }

    /** A context whose standard error is not a terminal (tests, embedding). */
    CliContext(PrintWriter out, PrintWriter err, InputStream in, Function<Settings, ThroughcareEngine> engines) {
        this(out, err, in, engines, false);
    }

    /**
     * @return the process's own streams (UTF-8) and the shared engine cache. Standard output is buffered (64 KiB, not
     *         flushed per line: a batch writes millions of lines) and flushed when the command ends.
     */
    static CliContext system() {
        return new CliContext(new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in, CliContext::sharedEngine, Progress.stderrIsTerminal());
    }

    /** @return an engine built with the bundled rule sets and calendars and these settings, built once per settings. */
    static ThroughcareEngine sharedEngine(Settings settings) {
        return SHARED.computeIfAbsent(settings, s -> ThroughcareEngine.builder().settings(s).build());
    }
}
