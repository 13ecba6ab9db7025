package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Decision;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.SnapshotValidator;
import org.throughcare.core.vocabulary.Vocabulary;
import org.throughcare.examples.caseload.CaseloadGenerator;

/**
 * The England rule set evaluates a person not yet received into prison on its KieBase of the rules before reception
 * ({@code england2009-before-reception}: Part 1, consent, the routing into process point 1), not on the whole
 * {@code england2009} (docs/rule-sets.md). This checks that the part answers exactly as the whole does: over
 * generated snapshots of people not yet received (the caseload generator's, every seed below) and every bundled
 * example snapshot of one, the decision of an engine that evaluates everyone on the whole KieBase equals the
 * engine's, at asOf and at an evaluation date. A rule that can apply before a reception but sits in a package outside
 * the part fails it, naming the snapshot.
 */
class BeforeReceptionKieBaseTest {

    private static Evaluator withPart;
    private static Evaluator wholeOnly;

    @BeforeAll
    static void load() {
        Calendars calendars = Calendars.bundled();
        List<LoadedRuleSet> loaded = RuleSetLoader.load(BeforeReceptionKieBaseTest.class.getClassLoader(), calendars,
                Set.of(), Vocabulary.standard());
        assertThat(loaded).filteredOn(rs -> rs.beforeReception() != null).extracting(rs -> rs.info().id())
                .containsExactly("england-2009");
        List<ServiceContract> contracts = List.of(
                new ServiceContract("service-4", "HMP Example", LocalDate.of(1990, 1, 1), null, null),
                new ServiceContract("service-4", "HMP Sample North", LocalDate.of(1990, 1, 1), null, null));
        withPart = new Evaluator(loaded, Settings.defaults(), "test", calendars, contracts);
        wholeOnly = new Evaluator(loaded.stream().map(LoadedRuleSet::withoutBeforeReception).toList(),
                Settings.defaults(), "test", calendars, contracts);
    }

    private static boolean notYetReceived(Snapshot s) {
        return !CustodyPeriod.of(s).effective().custody().received();
    }

    /** @return the snapshot's differences between the two engines, at asOf and ten years before it; empty if none */
    private static List<String> differences(Snapshot s) {
        List<String> out = new ArrayList<>();
        for (LocalDate day : new LocalDate[] {null, s.asOf().toLocalDate().minusYears(10)}) {
            Decision part = withPart.evaluate(s, day, false).decision();
            Decision whole = wholeOnly.evaluate(s, day, false).decision();
            if (!part.equals(whole)) {
                out.add(s.id() + (day == null ? "" : " at " + day) + ": actions " + codes(part) + " against "
                        + codes(whole) + "; routing " + part.routing().currentPoint() + " against "
                        + whole.routing().currentPoint());
            }
        }
        return out;
    }

    private static List<String> codes(Decision d) {
        return d.requiredActions().stream().map(a -> a.code() + ":" + a.status()).toList();
    }

    @Test
    @DisplayName("For generated people not yet received, the rules before reception answer as the whole rule set")
    void generatedPeopleNotYetReceived() {
        List<String> differences = new ArrayList<>();
        Map<String, Integer> actions = new TreeMap<>();
        int compared = 0;
        for (long seed : new long[] {3, 11, 2026}) {
            CaseloadGenerator generator = new CaseloadGenerator(seed, 0.0);
            for (long i = 0; i < 4_000; i++) {
                Snapshot s;
                try {
                    s = ThroughcareJson.readSnapshot(generator.snapshot(i));
                } catch (InvalidSnapshotException e) {
                    continue; // the reader's concern, tested by the fuzz suite
                }
                if (!SnapshotValidator.validate(s, Vocabulary.standard()).isEmpty() || !notYetReceived(s)) {
                    continue;
                }
                compared++;
                differences.addAll(differences(s));
                withPart.evaluate(s, null, false).decision().requiredActions()
                        .forEach(a -> actions.merge(a.code(), 1, Integer::sum));
            }
        }
        assertThat(differences).as("decisions that differ").isEmpty();
        // The comparison reaches people not yet received with Part 1's duties, not only empty decisions.
        assertThat(compared).isGreaterThan(500);
        assertThat(actions.keySet()).contains("CJIT_SEND_DIR_TO_PRISON", "CJIT_TRACK_DESTINATION");
    }

    @Test
    @DisplayName("For each bundled example snapshot of a person not yet received, the part answers as the whole")
    void bundledExamplesNotYetReceived() throws IOException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (Stream<Path> files = Files.list(Path.of("snapshots"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Snapshot s = ThroughcareJson.readSnapshot(Files.readString(f));
                if (notYetReceived(s)) {
                    compared++;
                    differences.addAll(differences(s));
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isPositive();
    }
}
