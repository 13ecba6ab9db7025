package org.throughcare.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
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
import org.throughcare.core.json.ThroughcareJson;

/**
 * {@code engine.evaluate(snapshot)} on each example snapshot bundled in {@code examples/snapshots/} (copied into the
 * benchmark jar at build time). The JSON is read once per trial, outside the measurement; {@link #readAndEvaluate()}
 * measures reading the JSON as well, as the command-line tool does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BundledExampleBenchmark {

    /** The file name in examples/snapshots/. */
    @Param({"part1-cjit-easter-2026.json", "pp1-community-arrival.json", "pp2-transfer-carat-file-missing.json",
            "consent-refused.json", "before-july-2009.json", "scotland-not-encoded.json"})
    public String example;

    ThroughcareEngine engine;
    String json;
    Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ThroughcareEngine.builder().build();
        json = read(example);
        snapshot = ThroughcareJson.readSnapshot(json);
    }

    /** @return the bundled example's JSON text. */
    static String read(String name) {
        String resource = "bundled-snapshots/" + name;
        try (InputStream in = BundledExampleBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example snapshot " + resource + " is not in the benchmark jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(snapshot);
    }

    @Benchmark
    public String readAndEvaluate() {
        return ThroughcareJson.writeDecision(engine.evaluate(ThroughcareJson.readSnapshot(json)));
    }
}
