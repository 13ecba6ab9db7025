package org.throughcare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
 * priority tier and route as the engine, on every benchmark scenario and on a few thousand generated snapshots.
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
        assertThat(baseline.evaluate(s)).isEqualTo(EngineOutput.of(engine.evaluate(s)));
    }

    @Test
    void theBaselineAgreesWithTheEngineOnGeneratedSnapshots() {
        List<String> differences = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (long seed : new long[] {1, 2, 42}) {
            for (Snapshot s : Scenarios.generated(1_000, seed)) {
                HandWrittenThread.Result expected = EngineOutput.of(engine.evaluate(s));
                HandWrittenThread.Result actual = baseline.evaluate(s);
                if (!actual.equals(expected) && differences.size() < 5) {
                    differences.add(s.id() + "\n  engine:   " + expected + "\n  baseline: " + actual);
                }
                expected.actions().forEach(a -> statuses.merge(a.code() + ":" + a.status(), 1, Integer::sum));
            }
        }
        assertThat(differences).isEmpty();
        // The generator reaches every action and most statuses, so the comparison covers them.
        for (HandWrittenThread.Row row : HandWrittenThread.Row.values()) {
            assertThat(statuses.keySet()).anyMatch(k -> k.startsWith(row.name() + ":"));
        }
        // Windows (UPCOMING) and standing duties (STANDING) are not in this thread (docs/obligations.md).
        for (ActionStatus status : java.util.EnumSet.complementOf(
                java.util.EnumSet.of(ActionStatus.UPCOMING, ActionStatus.STANDING))) {
            assertThat(statuses.keySet()).anyMatch(k -> k.endsWith(":" + status.name()));
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
