package org.throughcare.bench;

import java.time.LocalDate;
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
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;

/**
 * Several rule sets for one person: the bundled example {@code england-service4-advice.json} (an English prisoner in
 * a prison with a Service 4 contract, after a confirmed positive drug test) evaluated by an engine with only the
 * England 2009 rule set, and by one with every rule set and the contract (England + Service 4 + the research
 * report's advice: three stateless sessions, one per rule set's KieBase).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComposedBenchmark {

    /** ENGLAND_ONLY or ENGLAND_SERVICE4_ADVICE. */
    @Param({"ENGLAND_ONLY", "ENGLAND_SERVICE4_ADVICE"})
    public String ruleSets;

    ThroughcareEngine engine;
    Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        engine = "ENGLAND_ONLY".equals(ruleSets) ? ThroughcareEngine.builder().ruleSets("england-2009").build()
                : ThroughcareEngine.builder().serviceContract(new ServiceContract("service-4", "HMP Example",
                        LocalDate.of(2025, 4, 1), null, null)).build();
        snapshot = ThroughcareJson.readSnapshot(BundledExampleBenchmark.read("england-service4-advice.json"));
    }

    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(snapshot);
    }
}
