package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.kb.Cases.at;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Consent;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.EvaluationResult;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Explanation;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.TriState;
import org.throughcare.core.calendar.ReliefMode;
import org.throughcare.core.validation.InvalidSnapshotException;

/** The engine's promises to embedders, checked against the real England 2009 knowledge base. */
class EngineContractTest {

    static ThroughcareEngine engine;

    @BeforeAll
    static void build() {
        engine = ThroughcareEngine.builder().build();
    }

    static Snapshot transferWithFileRequested() {
        return Cases.transfer(at(2026, 4, 8, 10, 0),
                Cases.determinations(TriState.YES, TriState.YES, TriState.YES, TriState.YES),
                Event.of(EventType.CARAT_FILE_MISSING, at(2026, 4, 6, 15, 0)),
                Event.of(EventType.CARAT_FILE_REQUESTED, at(2026, 4, 6, 16, 0)),
                Event.of(EventType.CLINICAL_ASSESSMENT_COMPLETED, at(2026, 4, 7, 9, 0)),
                Event.of(EventType.REFERRED_TO_CARATS, at(2026, 4, 7, 10, 0)));
    }

    @Test
    @DisplayName("The same snapshot always gives an equal decision: no clock is read")
    void deterministic() {
        Snapshot s = transferWithFileRequested();
        Decision first = engine.evaluate(s);
        for (int i = 0; i < 5; i++) {
            assertThat(engine.evaluate(s)).isEqualTo(first);
        }
        assertThat(ThroughcareEngine.builder().build().evaluate(s)).isEqualTo(first);
    }

    @Test
    @DisplayName("Evaluations on many threads at once agree with one-at-a-time evaluation")
    void threadSafe() {
        List<Snapshot> snapshots = IntStream.range(0, 400).mapToObj(i -> i % 2 == 0 ? transferWithFileRequested()
                : Cases.part1(at(2026, 4, 8, 10, 0), Consent.given(LocalDate.of(2026, 3, 1)))).toList();
        List<Decision> sequential = snapshots.stream().map(engine::evaluate).toList();
        List<Decision> parallel = engine.evaluateAll(snapshots.parallelStream()).map(EvaluationResult::decision).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    @DisplayName("Actions are ordered by due time, unspecified last, then by rule ID")
    void ordered() {
        List<RequiredAction> actions = engine.evaluate(transferWithFileRequested()).requiredActions();
        for (int i = 1; i < actions.size(); i++) {
            RequiredAction a = actions.get(i - 1);
            RequiredAction b = actions.get(i);
            if (a.due().at() != null && b.due().at() != null) {
                assertThat(a.due().at()).isBeforeOrEqualTo(b.due().at());
            } else if (a.due().at() == null) {
                assertThat(b.due().at()).isNull();
                assertThat(a.ruleIds().get(0)).isLessThanOrEqualTo(b.ruleIds().get(0));
            }
        }
    }

    @Test
    @DisplayName("The decision records the engine, rule-set and calendar versions and the settings")
    void provenance() {
        Decision d = ThroughcareEngine.builder().settings(Settings.defaults().withWeekendReliefMode(ReliefMode.LITERAL))
                .build().evaluate(transferWithFileRequested());
        assertThat(d.schemaVersion()).isEqualTo(Decision.SCHEMA_VERSION);
        assertThat(d.provenance().ruleSets()).extracting(r -> r.id() + "@" + r.effectiveFrom())
                .containsExactly("england-2009@2009-07-01", "scotland-2005@2004-08-01", "service-4@1990-01-01",
                        "ho-rpt-2005@2005-01-01", "cross-document@2004-08-01");
        assertThat(d.provenance().calendarDataVersion()).isNotBlank();
        assertThat(d.provenance().settings().get("weekendReliefMode")).satisfies(a -> {
            assertThat(a.value()).isEqualTo("LITERAL");
            assertThat(a.catalogueIds()).containsExactly("TC-10", "AMB-31e");
            assertThat(a.defaultReading()).isFalse();
        });
        assertThat(d.provenance().settings().get("dayBasis").defaultReading()).isTrue();
    }

    @Test
    @DisplayName("A batch keeps going past an invalid snapshot and reports its problems")
    void batchWithInvalid() {
        Snapshot bad = new Snapshot("bad-1", Jurisdiction.ENGLAND, at(2026, 4, 1, 10, 0), null,
                new Custody(CustodyStatus.REMAND, null, null, null, at(2026, 4, 2, 10, 0), null, null), null, null, null,
                List.of(Event.of(EventType.DIP_REFERRAL, at(2026, 4, 3, 10, 0))));
        List<EvaluationResult> results = engine.evaluateAll(Stream.of(transferWithFileRequested(), bad)).toList();
        assertThat(results.get(0).isValid()).isTrue();
        assertThat(results.get(1).isValid()).isFalse();
        assertThat(results.get(1).problems()).extracting(p -> p.pointer() + " " + p.code())
                .containsExactly("/custody/receptionAt AFTER_AS_OF", "/events/0/at AFTER_AS_OF");
    }

    @Test
    @DisplayName("An invalid snapshot is rejected with every problem, not a partial decision")
    void invalidRejected() {
        Snapshot bad = new Snapshot("Jane Doe", Jurisdiction.ENGLAND, at(2026, 4, 1, 10, 0), null,
                new Custody(CustodyStatus.REMAND, null, Origin.OTHER_PRISON, null, null, null, null), null,
                Consent.oneDecision(org.throughcare.core.ConsentStatus.REFUSED, LocalDate.of(2026, 4, 2), false, false, false,
                        " "), null, List.of());
        assertThatThrownBy(() -> engine.evaluate(bad)).isInstanceOf(InvalidSnapshotException.class)
                .satisfies(e -> assertThat(((InvalidSnapshotException) e).problems())
                        .extracting(p -> p.pointer() + " " + p.code())
                        .containsExactly("/id INVALID_ID", "/custody/origin BEFORE_RECEPTION", "/consent/date AFTER_AS_OF",
                                "/consent/exceptions/otherLawfulException REASON_REQUIRED"));
    }

    @Test
    @DisplayName("No personal data appears in toString of a snapshot, person, consent or decision")
    void noPersonalDataInToString() {
        Snapshot s = Cases.part1(at(2026, 4, 8, 10, 0), Consent.given(LocalDate.of(2026, 3, 1)));
        Decision d = engine.evaluate(s);
        String text = s + " " + s.person() + " " + s.consent() + " " + s.custody() + " " + s.determinations() + " "
                + s.dir() + " " + d + " " + engine;
        assertThat(text).doesNotContain("1990").doesNotContain("MALE").doesNotContain("HMP Example")
                .doesNotContain("REMAND").contains("part1-case");
    }

    @Test
    @DisplayName("A Scottish snapshot gets the Scottish rule set, and is told plainly what of it is not encoded")
    void scotland() {
        Snapshot s = new Snapshot("scot-1", Jurisdiction.SCOTLAND, at(2026, 4, 8, 10, 0), null,
                new Custody(CustodyStatus.SENTENCED, "HMP Barlinnie", Origin.COMMUNITY_VIA_COURT, null,
                        at(2026, 4, 1, 10, 0), null, null), null, null, null, List.of());
        Decision d = engine.evaluate(s);
        assertThat(d.requiredActions()).isEmpty();
        assertThat(d.notices()).extracting(n -> n.code()).containsExactly("RULE_SET_PARTLY_ENCODED");
        assertThat(d.notices().get(0).message()).contains("not a statement that none are required");
        assertThat(d.routing().statement()).contains("No rule set that applies to this person has process points");
        assertThat(d.eligibility()).extracting(a -> a.result()).containsExactly("APPLIES", "UNDETERMINED");
    }

    @Test
    @DisplayName("Before 1 July 2009 no obligation arises; from that day the guidance applies")
    void effectiveDating() {
        Snapshot june = Cases.transfer(at(2009, 6, 30, 12, 0), at(2009, 6, 30, 9, 0),
                Cases.determinationsAt(at(2009, 6, 30, 9, 30), TriState.YES, TriState.YES, TriState.YES, TriState.YES));
        Decision before = engine.evaluate(june);
        assertThat(before.requiredActions()).isEmpty();
        assertThat(before.routing().currentPoint()).isNull();
        assertThat(before.notices()).extracting(n -> n.code()).contains("NOT_IN_FORCE", "NOT_IN_FORCE_AT_TRIGGER");
        assertThat(before.priorities()).isEmpty();

        Snapshot july = Cases.transfer(at(2009, 7, 1, 12, 0), at(2009, 7, 1, 0, 0),
                Cases.determinationsAt(at(2009, 7, 1, 0, 30), TriState.YES, TriState.YES, TriState.YES, TriState.YES));
        Decision from = engine.evaluate(july);
        assertThat(from.requiredActions()).isNotEmpty();
        // a transfer goes on from process point 2 through 5 to on-going care, process point 6
        assertThat(from.routing().currentPoint()).isEqualTo("PP6");
    }

    @Test
    @DisplayName("Explain gives each firing everything it produced, even two outcomes from one rule")
    void explainTwoOutcomesFromOneFiring() {
        Snapshot unstable = Cases.transfer(at(2026, 4, 8, 10, 0), Cases.determinations(TriState.YES, TriState.NO,
                TriState.YES, TriState.NOT_DETERMINED));
        Explanation e = engine.explain(unstable);
        assertThat(e.fired()).filteredOn(f -> f.rule().equals("ENG-COC-PP2-04 an unstable prisoner is assessed once stable"))
                .singleElement().satisfies(f -> assertThat(f.produced()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("RaisedAction[RECEPTION at 2026-04-06T14:00:00+01:00"))
                        .anySatisfy(p -> assertThat(p).isEqualTo("Flag[CLINICAL_UNSTABLE_AT_RECEPTION]")));
        assertThat(e.decision().notices()).extracting(n -> n.code()).contains("CLINICAL_UNSTABLE_AT_RECEPTION");
    }

    @Test
    @DisplayName("The same event recorded twice at the same instant raises each action once")
    void duplicateEventsAreOneTrigger() {
        Snapshot s = Cases.transfer(at(2026, 4, 8, 10, 0), Cases.determinations(TriState.YES, TriState.YES,
                TriState.YES, TriState.NOT_DETERMINED),
                Event.of(EventType.REFERRED_TO_CARATS, at(2026, 4, 7, 10, 0)),
                Event.of(EventType.REFERRED_TO_CARATS, at(2026, 4, 7, 10, 0)));
        List<String> codes = engine.evaluate(s).requiredActions().stream().map(RequiredAction::code).toList();
        assertThat(codes).containsOnlyOnce("CARATS_ENGAGE_PRISONER", "SMT_REFER_TO_CARATS");
    }

    @Test
    @DisplayName("Explain lists every rule that fired, each with its catalogue IDs")
    void explain() {
        Explanation e = engine.explain(transferWithFileRequested());
        assertThat(e.decision()).isEqualTo(engine.evaluate(transferWithFileRequested()));
        assertThat(e.fired()).allSatisfy(f -> assertThat(f.ruleIds()).isNotEmpty());
        assertThat(e.fired()).extracting(f -> f.rule()).contains(
                "ENG-COC-RT-01 every reception starts at process point 1",
                "ENG-COC-RT-02 a prisoner from another prison goes to process point 2",
                "ENG-COC-RT-04 transfers continue from process point 5",
                "ENG-COC-PP2-09 the sending team forwards the CARAT file within 24 hours of the request",
                "ENG-COC-PRI-01 tier 1: a PPO with a drug problem is prioritised above all other prisoners");
        // 29 rules fire: routing RT-01, RT-02, RT-04, RT-08 (4); consent CONS-04 (1); priority tier 1 (1); reception
        // PP1-01 and GEN-07 (2); process point 2: PP2-01, -03, -04, -05, -06, -08, -09 (7); process points 5 to 7:
        // PP5-01, PP5-03, PP6-01, PP7-01 (4); process point 8: the standing PP8-01 and PP8-02 in the main prison, and
        // the receiving team's PP8-11 and PP8-12 for a transferee who was the previous prison's client (4); Annex A
        // and D with consent given: CONS-08, -18, -19 and the CARAT file marked DIP, DIR-11 (4); the research report's
        // advice HO-RPT-OBL-01 (1); and, in the step after the sessions, the ordering by the tier alone (XDOC-04, no
        // Service 4 contract) (1). Twenty-one of them raise actions; the advice is not one.
        assertThat(e.fired()).hasSize(29);
        assertThat(e.fired()).last().satisfies(f -> {
            assertThat(f.ruleSet()).isEqualTo("cross-document");
            assertThat(f.produced()).containsExactly("PriorityChain[england-2009/ENG_COC_TREATMENT_PRIORITY]");
        });
        assertThat(e.decision().advice()).extracting(a -> a.code()).containsExactly("ADVISE_ASSESS_NEEDS_SOON_AFTER_ENTRY");
        assertThat(e.decision().requiredActions()).hasSize(21);
        assertThat(e.decision().requiredActions()).extracting(RequiredAction::status).doesNotContain(ActionStatus.BLOCKED);
    }
}
