package org.throughcare.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.throughcare.core.EvaluationResult;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;

/**
 * A batch: {@code engine.evaluateAll} over 1,000 varied snapshots ({@link Scenarios#generated}), one operation per
 * batch. One engine is shared by every thread (it is thread-safe). {@code oneThread} and {@code twoThreads} run the
 * sequential stream from one and from two caller threads (JMH adds their throughput); {@code parallelStream} hands
 * one parallel stream to the common fork-join pool. Multiply ops/s by 1,000 for snapshots per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThroughputBenchmark {

    /** Snapshots per batch. */
    public static final int BATCH = 1_000;

    ThroughcareEngine engine;
    List<Snapshot> snapshots;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ThroughcareEngine.builder().build();
        snapshots = Scenarios.generated(BATCH, 42);
    }

    @Benchmark
    @Threads(1)
    public long oneThread() {
        return count(engine.evaluateAll(snapshots.stream()).toList());
    }

    @Benchmark
    @Threads(2)
    public long twoThreads() {
        return count(engine.evaluateAll(snapshots.stream()).toList());
    }

    @Benchmark
    @Threads(1)
    public long parallelStream() {
        return count(engine.evaluateAll(snapshots.parallelStream()).toList());
    }

    /** @return the number of actions in the batch (so that nothing can be optimised away). */
    static long count(List<EvaluationResult> results) {
        long n = 0;
        for (EvaluationResult r : results) {
            n += r.isValid() ? r.decision().requiredActions().size() : -1;
        }
        return n;
    }
}
