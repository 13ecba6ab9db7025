package org.throughcare.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.throughcare.core.batch.JsonLinesBatch;
import org.throughcare.core.batch.LineResult;
import org.throughcare.core.batch.LineResult.Outcome;
import org.throughcare.core.json.ThroughcareJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code throughcare batch}: a caseload in JSON Lines, streamed through the engine in flat memory; one result line
 * per input line, in input order, each carrying its line number; a progress bar and a summary on standard error.
 */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        header = "Evaluate a caseload: one snapshot per line (JSON Lines), one result per line.",
        description = {
            "Reads one snapshot per line (a JSON Lines file, or standard input for \"-\") and writes one result per "
                + "input line, in input order, so that output line N is input line N. With --format json (the "
                + "default) each result is one line of JSON: {\"line\": N, \"outcome\": \"DECIDED\", \"snapshotId\": "
                + "..., \"decision\": {...}}; an invalid line has \"outcome\": \"REJECTED\" and its \"problems\" "
                + "(each with its JSON Pointer), a blank line \"outcome\": \"BLANK\". With --format table each result "
                + "is a row: line, snapshot and the counts of actions by status, or the problems.",
            "It streams: a line is read, evaluated on a bounded pool of threads and written in order, so memory stays "
                + "flat whatever the caseload's size. An invalid line is reported and the run goes on.",
            "On standard error it shows a progress bar while standard error is a terminal (even with the output "
                + "redirected to a file; --progress or --no-progress forces it), and ends with a summary: the "
                + "counts by outcome, the elapsed time and the rate."},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {" 0:Every line was decided (or blank).",
            " 1:Internal failure: the engine failed on a line (reported as FAILED), or the input broke off.",
            " 2:Invalid input: at least one line was rejected (every problem is listed in its result), the input "
                + "holds no line at all, or bad arguments."})
final class BatchCommand implements Callable<Integer>, ThroughcareCli.FormatAware {

    @ParentCommand
    ThroughcareCli root;

    @Parameters(paramLabel = "FILE|-", description = "The caseload: a JSON Lines file, or - for standard input.")
    String file;

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show (or, with --no-progress, hide) the progress bar on standard error; by default it is "
                + "shown when standard error is a terminal.")
    Boolean progress;

    @Override
    public boolean json() {
        return format.format != OutputFormat.TABLE;
    }

    /** What a worker hands back for one line: its outcome, for the summary, and the text to write. */
    private record Written(long line, Outcome outcome, String text) {
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new CliException(CliException.USAGE, "--threads must be 1 or more, was " + threads);
        }
        ActionFilter filter = filters.filter();
        JsonLinesBatch batch = JsonLinesBatch.builder(root.engine(settings.settings())).threads(threads).build();
        long size = "-".equals(file) ? -1 : size(file);
        long start = System.nanoTime();
        Progress bar = new Progress(root.ctx.err(), progress != null ? progress : root.ctx.errIsTerminal(), size, start);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        List<Long> rejectedLines = new ArrayList<>();
        PrintWriter out = root.ctx.out();
        boolean json = json();
        if (!json) {
            out.print(Texts.pad("LINE", 8) + "  " + Texts.pad("SNAPSHOT", 40) + "  RESULT\n");
        }
        InputStream opened = Inputs.open(file, root.ctx);
        CountingInput in = new CountingInput(opened);
        try (Stream<Written> results = batch.evaluate(in, r -> finish(r, filter, json))) {
            results.forEach(w -> {
                counts.merge(w.outcome(), 1L, Long::sum);
                if (w.outcome() == Outcome.REJECTED && rejectedLines.size() < 10) {
                    rejectedLines.add(w.line());
                }
                out.print(w.text());
                out.print('\n');
                // checkError() flushes: ask only now and then, so that the output stays buffered
                if (w.line() % 1024 == 0 && out.checkError()) {
                    throw new CliException(CliException.UNWRITABLE_OUTPUT, "cannot write standard output; stopped "
                            + "after " + w.line() + " lines");
                }
                bar.update(w.line(), in.count.get());
            });
        } catch (UncheckedIOException e) {
            bar.clear();
            out.flush();
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + " after line "
                    + counts.values().stream().mapToLong(Long::longValue).sum() + ": " + e.getCause().getMessage());
        } finally {
            if (opened != root.ctx.in()) {
                close(opened);
            }
        }
        out.flush();
        bar.clear();
        return summary(counts, rejectedLines, System.nanoTime() - start);
    }

    /** Runs on a worker: the result's text, written in parallel with the other lines. */
    private static Written finish(LineResult r, ActionFilter filter, boolean json) {
        LineResult shown = r.decision() == null || filter.none() ? r : new LineResult(r.line(), r.outcome(),
                r.snapshotId(), filter.applyTo(r.decision()), r.problems(), r.error());
        String text;
        if (json) {
            text = ThroughcareJson.writeLineResult(shown);
        } else {
            String result = switch (r.outcome()) {
                case DECIDED -> filter.apply(r.decision()).size() + " actions: "
                        + DecisionText.statusCounts(filter.apply(r.decision()));
                case REJECTED -> "INVALID: " + r.problems().size() + (r.problems().size() == 1 ? " problem: "
                        : " problems: ") + String.join("; ", r.problems().stream().map(Object::toString).toList());
                case BLANK -> "blank line";
                case FAILED -> "INTERNAL FAILURE: " + r.error();
            };
            text = Texts.pad(String.valueOf(r.line()), 8) + "  " + Texts.pad(r.snapshotId() == null ? "-"
                    : r.snapshotId(), 40) + "  " + result;
        }
        return new Written(r.line(), r.outcome(), text);
    }

    private int summary(Map<Outcome, Long> counts, List<Long> rejectedLines, long nanos) {
        long lines = counts.values().stream().mapToLong(Long::longValue).sum();
        PrintWriter err = root.ctx.err();
        if (lines == 0) {
            err.println("throughcare: " + file + " holds no line: nothing to evaluate");
            return ThroughcareCli.INVALID_INPUT;
        }
        double seconds = nanos / 1e9;
        List<String> parts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = counts.getOrDefault(o, 0L);
            if (n > 0 || o == Outcome.DECIDED || o == Outcome.REJECTED) {
                parts.add(String.format(Locale.ROOT, "%,d %s", n, o.name().toLowerCase(Locale.ROOT)));
            }
        }
        err.println(String.format(Locale.ROOT, "throughcare batch: %,d lines in %.1f s (%,.0f lines/s): %s", lines,
                seconds, lines / Math.max(seconds, 1e-9), String.join(", ", parts)));
        long rejected = counts.getOrDefault(Outcome.REJECTED, 0L);
        if (rejected > 0) {
            err.println("rejected: line " + String.join(", ", rejectedLines.stream().map(String::valueOf).toList())
                    + (rejected > rejectedLines.size() ? " and " + (rejected - rejectedLines.size()) + " more" : "")
                    + " (their problems are in the output)");
        }
        if (counts.getOrDefault(Outcome.FAILED, 0L) > 0) {
            return ThroughcareCli.INTERNAL_FAILURE;
        }
        return rejected > 0 ? ThroughcareCli.INVALID_INPUT : ThroughcareCli.OK;
    }

    private static long size(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }

    /** Counts the bytes read, for the progress bar's share. */
    private static final class CountingInput extends FilterInputStream {
        final AtomicLong count = new AtomicLong();

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
