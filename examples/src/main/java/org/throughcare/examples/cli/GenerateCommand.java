package org.throughcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.throughcare.examples.caseload.CaseloadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code throughcare generate}: a synthetic caseload of made-up snapshots in JSON Lines, written as it is made
 * ({@link CaseloadGenerator}).
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        header = "Generate a synthetic caseload: made-up snapshots, one per line.",
        description = {
            "Writes COUNT made-up snapshots as JSON Lines (one snapshot per line), ready for evaluate --batch. They "
                + "describe no real person: the ids are gen-SEED-INDEX, the prisons come from a fixed list of invented "
                + "names and the dates of birth are invented. The people are caught at every point the England 2009 "
                + "rules cover (before prison entry, on arrival from the community, on transfer from another prison, "
                + "after release), mostly in England, some in Scotland and a few in Wales, from July 2009 to 2030.",
            "The same seed always gives the same lines, byte for byte. Lines are written as they are made, so any "
                + "count runs in the same small amount of memory.",
            "--invalid-rate R makes about that fraction of the lines invalid on purpose, each in one of several ways "
                + "(a malformed time, an unknown field or value, something after asOf, a cut-off line, a repeated "
                + "field, a value of the wrong type, a missing field, facts that contradict each other), to try out "
                + "error handling. No line is blank."},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {" 0:Success.",
            " 1:Internal failure (one line on standard error; add --debug for the stack trace).",
            " 2:Invalid input: bad arguments, or an output file that cannot be written."})
final class GenerateCommand implements Callable<Integer> {

    /** How often (in lines) a write to standard output is checked for failure, such as a closed pipe. */
    private static final int CHECK_EVERY = 1024;

    @ParentCommand
    ThroughcareCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N",
            description = "How many snapshots to write (0 or more).")
    long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Any whole number; the same seed gives the same lines (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--invalid-rate", paramLabel = "R", defaultValue = "0",
            description = "The fraction of lines to make invalid on purpose, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    double invalidRate;

    @Option(names = "--out", paramLabel = "FILE|-",
            description = "Write to this file (created, or replaced) instead of standard output; - is standard output.")
    String out;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must be 0 or more, was " + count);
        }
        if (!(invalidRate >= 0 && invalidRate <= 1)) {
            throw new ParameterException(spec.commandLine(), "--invalid-rate must be a number from 0 to 1, was "
                    + invalidRate);
        }
        CaseloadGenerator generator = new CaseloadGenerator(seed, invalidRate);
        if (out == null || "-".equals(out)) {
            write(generator, root.ctx.out(), "standard output");
            return ThroughcareCli.OK;
        }
        try (Writer file = Files.newBufferedWriter(path(out), StandardCharsets.UTF_8)) {
            write(generator, file, out);
        } catch (IOException e) {
            throw unwritable(out, e);
        }
        return ThroughcareCli.OK;
    }

    /** Writes the lines one by one; stops with an error as soon as the output fails (a full disk, a closed pipe). */
    private void write(CaseloadGenerator generator, Writer w, String name) {
        try {
            for (long i = 0; i < count; i++) {
                w.write(generator.snapshot(i));
                w.write('\n');
                if (w instanceof PrintWriter p && (i + 1) % CHECK_EVERY == 0 && p.checkError()) {
                    throw new CliException(CliException.UNWRITABLE_OUTPUT, "cannot write " + name + "; stopped after "
                            + (i + 1) + " lines");
                }
            }
            w.flush();
            if (w instanceof PrintWriter p && p.checkError()) {
                throw new CliException(CliException.UNWRITABLE_OUTPUT, "cannot write " + name);
            }
        } catch (IOException e) {
            throw unwritable(name, e);
        }
    }

    private static Path path(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new CliException(CliException.UNWRITABLE_OUTPUT, "cannot write " + file + ": not a valid path");
        }
    }

    private static CliException unwritable(String name, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such directory"
                : e instanceof AccessDeniedException ? "permission denied"
                : Files.isDirectory(Path.of(name)) ? "it is a directory"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        return new CliException(CliException.UNWRITABLE_OUTPUT, "cannot write " + name + ": " + why);
    }
}
