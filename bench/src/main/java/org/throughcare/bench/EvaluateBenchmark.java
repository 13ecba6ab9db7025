package org.throughcare.bench;

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

/**
 * One {@code engine.evaluate(snapshot)} call: validation, a fresh stateless Drools session over the prebuilt
 * executable-model KieBase, and turning the rules' outcome facts into a {@link Decision} (deadlines, completion,
 * consent, status, routing, prose). The engine is built once per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

    /** Which of {@link Scenarios.Name}. */
    @Param({"PART1_CJIT_AWARE_BEFORE_EASTER", "PP2_TRANSFER_CARAT_FILE_FRIDAY", "PP1_COMMUNITY_ARRIVAL",
            "SCOTLAND_NOT_ENCODED"})
    public String scenario;

    ThroughcareEngine engine;
    Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ThroughcareEngine.builder().build();
        snapshot = Scenarios.named(scenario);
    }

    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(snapshot);
    }
}
