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
import org.throughcare.core.Snapshot;

/**
 * The same snapshots as {@link EvaluateBenchmark}, through {@link HandWrittenThread}: the same validation, deadline
 * calculator and calendar, with the rules written as plain Java. The difference between the two is the price of
 * the rule engine (and of the prose the engine writes and the baseline does not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BaselineBenchmark {

    /** Which of {@link Scenarios.Name}. */
    @Param({"PART1_CJIT_AWARE_BEFORE_EASTER", "PP2_TRANSFER_CARAT_FILE_FRIDAY", "PP1_COMMUNITY_ARRIVAL",
            "SCOTLAND_NOT_ENCODED"})
    public String scenario;

    HandWrittenThread baseline;
    Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        baseline = new HandWrittenThread();
        snapshot = Scenarios.named(scenario);
    }

    @Benchmark
    public HandWrittenThread.Result evaluate() {
        return baseline.evaluate(snapshot);
    }
}
