package org.throughcare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.DueKind;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.validation.InvalidSnapshotException;

/**
 * The comparison is fair only if the hand-written baseline does the same work as the engine: this checks that it
 * gives the same actions (codes, triggers, due times with their derivations, statuses, completions, consent bases),
 * priority tier and route as the engine, on every benchmark scenario and on a few thousand generated snapshots. It
 * compares every action the engine lists, those of the process points a reception routes into included.
 */
class BaselineFidelityTest {

    private static ThroughcareEngine engine;
    private static HandWrittenThread baseline;

    @BeforeAll
    static void build() {
        engine = ThroughcareEngine.builder().build();
        baseline = new HandWrittenThread();
    }

    @ParameterizedTest
    @EnumSource(Scenarios.Name.class)
    void theBaselineAgreesWithTheEngineOnEachBenchmarkScenario(Scenarios.Name name) {
        Snapshot s = Scenarios.named(name);
        HandWrittenThread.Result expected = EngineOutput.of(engine.evaluate(s));
        assertThat(baseline.evaluate(s)).isEqualTo(expected);
    }

    @Test
    void theBaselineAgreesWithTheEngineOnEveryActionOfTheScenariosAndGeneratedSnapshots() {
        List<String> differences = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        List<Snapshot> snapshots = new ArrayList<>();
        for (Scenarios.Name name : Scenarios.Name.values()) {
            snapshots.add(Scenarios.named(name));
        }
        for (long seed : new long[] {1, 2, 42}) {
            snapshots.addAll(Scenarios.generated(1_000, seed));
        }
        for (Snapshot s : snapshots) {
            HandWrittenThread.Result expected = EngineOutput.of(engine.evaluate(s));
            HandWrittenThread.Result actual = baseline.evaluate(s);
            if (!actual.equals(expected) && differences.size() < 5) {
                differences.add(s.id() + "\n  engine:   " + expected + "\n  baseline: " + actual);
            }
            expected.actions().forEach(a -> statuses.merge(a.code() + ":" + a.status(), 1, Integer::sum));
        }
        assertThat(differences).isEmpty();
        // Every status the engine gives on these snapshots is reached: all but UPCOMING, which only windowed duties
        // (release planning, after the thread's points) have.
        for (ActionStatus status : EnumSet.complementOf(EnumSet.of(ActionStatus.UPCOMING))) {
            assertThat(statuses.keySet()).anyMatch(k -> k.endsWith(":" + status.name()));
        }
        // Every row of the baseline is compared at least once (SMT_TELL_CJIT_RELEASE_DATE and the release-planning
        // rows need a planned release date, which only the PP2 scenario records).
        for (Row row : Row.values()) {
            assertThat(statuses.keySet()).anyMatch(k -> k.startsWith(row.name() + ":"));
        }
    }

    @Test
    void theFridayEveningRequestIsDueAfterTheBankHolidayMonday() {
        HandWrittenThread.Action forward = baseline.evaluate(Scenarios.named(Scenarios.Name.PP2_TRANSFER_CARAT_FILE_FRIDAY))
                .actions().stream().filter(a -> a.code().equals("SENDING_CARATS_FORWARD_FILE")).findFirst().orElseThrow();
        assertThat(forward.dueAt()).isEqualTo(Scenarios.at("2026-05-05T09:00"));
        assertThat(forward.dueKind()).isEqualTo(DueKind.TARGET);
        assertThat(forward.status()).isEqualTo(ActionStatus.TARGET_MISSED);
    }

    @Test
    void theDirSentBeforeEasterIsDueOnTheTuesdayAfter() {
        HandWrittenThread.Action send = baseline.evaluate(Scenarios.named(Scenarios.Name.PART1_CJIT_AWARE_BEFORE_EASTER))
                .actions().stream().filter(a -> a.code().equals("CJIT_SEND_DIR_TO_PRISON")).findFirst().orElseThrow();
        assertThat(send.dueAt()).isEqualTo(Scenarios.at("2026-04-07T09:00"));
        assertThat(send.dueKind()).isEqualTo(DueKind.BEST_EFFORT);
        assertThat(send.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void theBaselineRejectsAnInvalidSnapshotAsTheEngineDoes() {
        Snapshot s = Scenarios.named(Scenarios.Name.PP1_COMMUNITY_ARRIVAL);
        Snapshot invalid = new Snapshot(s.id(), s.jurisdiction(), Scenarios.at("2026-04-08T09:00"), s.person(),
                s.custody(), s.determinations(), s.consent(), s.dir(), s.events());
        assertThatThrownBy(() -> engine.evaluate(invalid)).isInstanceOf(InvalidSnapshotException.class);
        assertThatThrownBy(() -> baseline.evaluate(invalid)).isInstanceOf(InvalidSnapshotException.class);
    }
}
