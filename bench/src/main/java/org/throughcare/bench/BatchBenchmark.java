package org.throughcare.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.throughcare.core.Decision;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.batch.JsonLinesBatch;
import org.throughcare.core.batch.LineResult;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.examples.caseload.CaseloadGenerator;

/**
 * The batch path end to end, on a generated caseload ({@link CaseloadGenerator}, seed 7, every line valid): the
 * JSON Lines bytes are parsed, evaluated and written as result lines by {@link JsonLinesBatch} on {@code threads}
 * workers, in input order, as {@code throughcare batch} does (without the file system). One operation is the whole
 * caseload of {@value #LINES} lines: snapshots per second = {@value #LINES} / (seconds per operation).
 *
 * <p>{@code stageRead}, {@code stageEvaluate} and {@code stageWrite} split the same work per line on one thread, to
 * show where the time goes (µs per line = ms per operation × 1000 / {@value #LINES}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {

    /** Lines per operation. */
    public static final int LINES = 10_000;

    @Param({"2"})
    public int threads;

    ThroughcareEngine engine;
    JsonLinesBatch batch;
    byte[] caseload;
    List<String> lines;
    List<Snapshot> snapshots;
    List<Decision> decisions;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ThroughcareEngine.builder().build();
        batch = JsonLinesBatch.builder(engine).threads(threads).build();
        CaseloadGenerator generator = new CaseloadGenerator(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines = new ArrayList<>(LINES);
        snapshots = new ArrayList<>(LINES);
        decisions = new ArrayList<>(LINES);
        try (Stream<String> s = generator.lines(LINES)) {
            s.forEach(l -> {
                lines.add(l);
                out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            });
        }
        caseload = out.toByteArray();
        for (String l : lines) {
            try {
                Snapshot s = ThroughcareJson.readSnapshot(l);
                snapshots.add(s);
                decisions.add(engine.evaluate(s));
            } catch (RuntimeException invalid) {
                // the invalid lines are part of the caseload, not of the stage benchmarks
            }
        }
    }

    /** Parse, evaluate and write every line on {@code threads} workers, in order; the total bytes written. */
    @Benchmark
    public long endToEnd() {
        long bytes = 0;
        try (Stream<String> results = batch.evaluate(new ByteArrayInputStream(caseload),
                ThroughcareJson::writeLineResult)) {
            for (var it = results.iterator(); it.hasNext();) {
                bytes += it.next().length() + 1;
            }
        }
        return bytes;
    }

    /** One thread: read every valid line into a snapshot. */
    @Benchmark
    public long stageRead() {
        long n = 0;
        for (String l : lines) {
            try {
                n += ThroughcareJson.readSnapshot(l).events().size();
            } catch (RuntimeException invalid) {
                n--;
            }
        }
        return n;
    }

    /** One thread: evaluate every valid snapshot. */
    @Benchmark
    public long stageEvaluate() {
        long n = 0;
        for (Snapshot s : snapshots) {
            n += engine.evaluate(s).requiredActions().size();
        }
        return n;
    }

    /** One thread: write every decision as a result line. */
    @Benchmark
    public long stageWrite() {
        long n = 0;
        long line = 0;
        for (Decision d : decisions) {
            n += ThroughcareJson.writeLineResult(new LineResult(++line, LineResult.Outcome.DECIDED, d.snapshotId(), d,
                    List.of(), null)).length();
        }
        return n;
    }
}
