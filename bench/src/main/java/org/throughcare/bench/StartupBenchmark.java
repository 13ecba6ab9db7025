package org.throughcare.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.throughcare.core.Decision;
import org.throughcare.core.ThroughcareEngine;

/**
 * Engine start-up from the kjar: {@code ThroughcareEngine.builder().build()} reads rulesets.json, opens a classpath
 * KieContainer, loads the prebuilt executable-model KieBase (nothing is compiled) and checks actions.csv, rule-ids.csv
 * and every rule's metadata.
 *
 * <p>The single-shot benchmarks fork a fresh JVM for every measurement (5 forks x 1 measurement, no warm-up), so
 * each figure is a cold JVM's first KieBase: what a CLI run or a service restart pays. Run them without the
 * {@code -f}, {@code -wi}, {@code -i} options, which would override these annotations. The average-time benchmark
 * is the same build repeated in a warm JVM.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

    /** A fresh JVM's first engine. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ThroughcareEngine coldBuild() {
        return ThroughcareEngine.builder().build();
    }

    /** A fresh JVM's first engine and first decision: the first call also loads the rules' generated classes. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Decision coldBuildAndFirstDecision() {
        return ThroughcareEngine.builder().build()
                .evaluate(Scenarios.named(Scenarios.Name.PP2_TRANSFER_CARAT_FILE_FRIDAY));
    }

    /** The same build, repeated in a warm JVM. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ThroughcareEngine warmBuild() {
        return ThroughcareEngine.builder().build();
    }
}
