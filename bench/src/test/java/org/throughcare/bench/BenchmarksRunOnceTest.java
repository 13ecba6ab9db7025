package org.throughcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.throughcare.core.Decision;

/**
 * Runs the body of every benchmark once, without JMH, so that the build proves the benchmarks work. The
 * measurements themselves are run by hand (README.md).
 */
class BenchmarksRunOnceTest {

    @ParameterizedTest
    @EnumSource(Scenarios.Name.class)
    void theEvaluateBenchmarkDecidesEachScenario(Scenarios.Name name) {
        EvaluateBenchmark b = new EvaluateBenchmark();
        b.scenario = name.name();
        b.setUp();
        Decision d = b.evaluate();
        assertThat(d.snapshotId()).isEqualTo(Scenarios.named(name).id());
        assertThat(d.requiredActions()).hasSize(expectedActions(name));
    }

    @ParameterizedTest
    @EnumSource(Scenarios.Name.class)
    void theBaselineBenchmarkDecidesEachScenario(Scenarios.Name name) {
        BaselineBenchmark b = new BaselineBenchmark();
        b.scenario = name.name();
        b.setUp();
        HandWrittenThread.Result r = b.evaluate();
        assertThat(r.snapshotId()).isEqualTo(Scenarios.named(name).id());
        // the baseline lists every action the engine does, those of the points a reception routes into included
        assertThat(r.actions()).hasSize(expectedActions(name));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"part1-cjit-easter-2026.json",
            "pp1-community-arrival.json", "pp2-transfer-carat-file-missing.json", "consent-refused.json",
            "before-july-2009.json", "scotland-not-encoded.json"})
    void theBundledExampleBenchmarkDecidesEachExample(String example) {
        BundledExampleBenchmark b = new BundledExampleBenchmark();
        b.example = example;
        b.setUp();
        Decision d = b.evaluate();
        assertThat(d.snapshotId()).isEqualTo(b.snapshot.id());
        assertThat(b.readAndEvaluate()).isEqualTo(org.throughcare.core.json.ThroughcareJson.writeDecision(d));
    }

    @Test
    void theStartupBenchmarksBuildAnEngineAndDecide() {
        StartupBenchmark b = new StartupBenchmark();
        assertThat(b.coldBuild().ruleSets()).isNotEmpty();
        assertThat(b.warmBuild().ruleSets()).isNotEmpty();
        assertThat(b.coldBuildAndFirstDecision().requiredActions())
                .hasSize(expectedActions(Scenarios.Name.PP2_TRANSFER_CARAT_FILE_FRIDAY));
    }

    @Test
    void theThroughputBenchmarksEvaluateTheWholeBatchTheSameWay() {
        ThroughputBenchmark b = new ThroughputBenchmark();
        b.setUp();
        assertThat(b.snapshots).hasSize(ThroughputBenchmark.BATCH);
        long one = b.oneThread();
        assertThat(one).isPositive();
        assertThat(b.twoThreads()).isEqualTo(one);
        assertThat(b.parallelStream()).isEqualTo(one);
    }

    @Test
    void theBatchBenchmarksReadEvaluateAndWriteTheGeneratedCaseload() {
        BatchBenchmark b = new BatchBenchmark();
        b.threads = 2;
        b.setUp();
        assertThat(b.lines).hasSize(BatchBenchmark.LINES);
        assertThat(b.snapshots).hasSize(BatchBenchmark.LINES);
        long written = b.endToEnd();
        assertThat(written).isPositive();
        assertThat(b.endToEnd()).isEqualTo(written);
        assertThat(b.stageRead()).isPositive();
        assertThat(b.stageEvaluate()).isPositive();
        assertThat(b.stageWrite()).isPositive();
    }

    /** The actions the engine, and the baseline, list for each scenario. */
    static int expectedActions(Scenarios.Name name) {
        return switch (name) {
            case PART1_CJIT_AWARE_BEFORE_EASTER -> 3;
            // 9 of the thread, 14 of process points 5 to 7 and Annexes A and D (the CARAT file marked DIP), 4 of 8
            case PP2_TRANSFER_CARAT_FILE_FRIDAY -> 27;
            // 7 of the thread, 12 of process points 3 and 4, 1 of Annex A (the client told at reception how
            // information is used)
            case PP1_COMMUNITY_ARRIVAL -> 20;
            case SCOTLAND_NOT_ENCODED -> 0;
        };
    }

    @org.junit.jupiter.api.Test
    void theComposedBenchmarkShowsEnglandServiceFourAndAdvice() {
        ComposedBenchmark b = new ComposedBenchmark();
        b.ruleSets = "ENGLAND_SERVICE4_ADVICE";
        b.setUp();
        org.throughcare.core.Decision d = b.evaluate();
        assertThat(d.routings()).extracting(r -> r.ruleSet()).containsExactly("england-2009", "service-4", "ho-rpt-2005");
        assertThat(d.advice()).isNotEmpty();
        b.ruleSets = "ENGLAND_ONLY";
        b.setUp();
        assertThat(b.evaluate().routings()).extracting(r -> r.ruleSet()).containsExactly("england-2009");
    }
}
