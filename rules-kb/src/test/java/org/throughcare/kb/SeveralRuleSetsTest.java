package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Assessment;
import org.throughcare.core.Decision;
import org.throughcare.core.DueKind;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.RuleSetLoadException;
import org.throughcare.core.RuleSetRouting;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.kb.json.DecisionSchema;

/**
 * Several rule sets for one person: each decides whether it applies (jurisdiction, dates, a service contract), each
 * keeps its own routing or none, advice stays apart from required actions, and rules carry their own dates.
 */
class SeveralRuleSetsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "snapshots");
    static final ServiceContract HMP_EXAMPLE = new ServiceContract("service-4", "HMP Example", LocalDate.of(2025, 4, 1),
            null, null);
    static ThroughcareEngine engine;
    static ThroughcareEngine withContract;

    @BeforeAll
    static void build() {
        engine = ThroughcareEngine.builder().build();
        withContract = ThroughcareEngine.builder().serviceContract(HMP_EXAMPLE).build();
    }

    static Snapshot example(String name) {
        try {
            return ThroughcareJson.readSnapshot(Files.readString(EXAMPLES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> results(List<Assessment> as, String code) {
        return as.stream().filter(a -> a.code().equals(code)).map(Assessment::result).toList();
    }

    @Test
    @DisplayName("SCOT-TAS-ELIG-13 / SCOT-VA-ELIG-04: before 1 July 2005 the 2004 VA groups apply, from then the revised ones")
    void vaGroupsChangeOnFirstJuly2005() {
        Decision before = engine.evaluate(example("scotland-tas-va-before-july-2005.json"));
        Decision after = engine.evaluate(example("scotland-tas-va-after-july-2005.json"));
        assertThat(results(before.priorities(), "SCOT_VA_PRIORITY_GROUP")).containsExactly("YOUNG_OFFENDER");
        assertThat(results(before.eligibility(), "SCOT_TAS")).isEmpty();
        assertThat(results(after.priorities(), "SCOT_VA_PRIORITY_GROUP")).containsExactly("TAS_OFFENDER");
        assertThat(results(after.eligibility(), "SCOT_TAS")).containsExactly("TAS_PRIORITY");
        assertThat(before.requiredActions()).isEmpty();
        assertThat(before.routings()).singleElement().satisfies(r -> assertThat(r.routing()).isNull());
    }

    @Test
    @DisplayName("A caller can ask for either date's rules: the evaluation date picks the rules, asOf keeps setting statuses")
    void evaluationDate() {
        Snapshot after = example("scotland-tas-va-after-july-2005.json");
        Decision asIfJune = engine.evaluate(after, LocalDate.of(2005, 6, 15));
        assertThat(asIfJune.evaluationDate()).isEqualTo(LocalDate.of(2005, 6, 15));
        assertThat(asIfJune.asOf()).isEqualTo(after.asOf());
        assertThat(results(asIfJune.priorities(), "SCOT_VA_PRIORITY_GROUP")).containsExactly("YOUNG_OFFENDER");
        Decision before = engine.evaluate(example("scotland-tas-va-before-july-2005.json"), LocalDate.of(2005, 7, 1));
        assertThat(results(before.priorities(), "SCOT_VA_PRIORITY_GROUP")).containsExactly("TAS_OFFENDER");
        assertThat(engine.evaluate(after).evaluationDate()).isNull();
        new DecisionSchema().assertValid(ThroughcareJson.writeDecision(asIfJune));
    }

    @Test
    @DisplayName("One decision: England's routing, Service 4's target on the contract's calendar, and advice apart")
    void englandServiceFourAndAdvice() {
        Decision d = withContract.evaluate(example("england-service4-advice.json"));
        assertThat(d.routings()).extracting(RuleSetRouting::ruleSet)
                .containsExactly("england-2009", "service-4", "ho-rpt-2005");
        // A problematic drug misuser from the community: process point 3 sends the prisoner on to process point 4,
        // and from day 5 process point 5 leads to on-going care.
        assertThat(d.routings().get(0).routing().path()).extracting(r -> r.from() + ">" + r.to())
                .contains("PP3>PP4", "PP4>PP5", "PP5>PP6");
        assertThat(d.routings().get(0).routing().currentPoint()).isEqualTo("PP6");
        assertThat(d.routings().get(1).routing()).isNull();
        assertThat(d.routings().get(2).routing()).isNull();
        assertThat(d.routing()).isEqualTo(d.routings().get(0).routing());
        RequiredAction target = d.requiredActions().stream().filter(a -> a.code().equals("SP4_INITIAL_ASSESSMENT"))
                .findFirst().orElseThrow();
        // Thursday 9 April 2026 + five working days = the end of Thursday 16 April.
        assertThat(target.due().at().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(target.due().kind()).isEqualTo(DueKind.TARGET);
        assertThat(target.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(target.ruleIds()).containsExactly("SPEC4-ASM-05", "SPEC4-REF-03");
        assertThat(results(d.eligibility(), "SPEC4_REFERRAL")).containsExactly("AUTOMATIC_REFERRAL");
        assertThat(d.advice()).singleElement().satisfies(a -> {
            assertThat(a.ruleIds()).containsExactly("HO-RPT-OBL-01", "HO-RPT-GEN-01");
            assertThat(a.ruleSet()).isEqualTo("ho-rpt-2005");
        });
        assertThat(d.requiredActions()).noneMatch(a -> a.ruleIds().stream().anyMatch(id -> id.startsWith("HO-RPT")));
        new DecisionSchema().assertValid(ThroughcareJson.writeDecision(d));
    }

    @Test
    @DisplayName("XDOC-01: without a Service 4 contract at the prison, Service 4 does not apply")
    void noContractNoServiceFour() {
        Decision d = engine.evaluate(example("england-service4-advice.json"));
        assertThat(d.routings()).extracting(RuleSetRouting::ruleSet).containsExactly("england-2009", "ho-rpt-2005");
        assertThat(d.requiredActions()).noneMatch(a -> a.code().equals("SP4_INITIAL_ASSESSMENT"));
        ThroughcareEngine elsewhere = ThroughcareEngine.builder().serviceContract(new ServiceContract("service-4",
                "HMP Elsewhere", LocalDate.of(2025, 4, 1), null, null)).build();
        assertThat(elsewhere.evaluate(example("england-service4-advice.json")).requiredActions())
                .noneMatch(a -> a.code().equals("SP4_INITIAL_ASSESSMENT"));
    }

    @Test
    @DisplayName("A contract that ended before the test: Service 4 is not in force, and the action not required")
    void contractEnded() {
        ThroughcareEngine ended = ThroughcareEngine.builder().serviceContract(new ServiceContract("service-4",
                "HMP Example", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1), null)).build();
        Decision d = ended.evaluate(example("england-service4-advice.json"));
        assertThat(results(d.eligibility(), "GUIDANCE_APPLIES:service-4")).containsExactly("NOT_IN_FORCE");
        assertThat(d.requiredActions()).noneMatch(a -> a.code().equals("SP4_INITIAL_ASSESSMENT"));
        assertThat(d.notices()).extracting(n -> n.code()).contains("NOT_IN_FORCE_AT_TRIGGER");
    }

    @Test
    @DisplayName("AMB-75: the contract's calendar counts the working days")
    void contractCalendar() {
        // 2 January is a bank holiday in Scotland only: five working days from Wednesday 31 December 2025 end on
        // Thursday 8 January 2026 in England and Wales, Friday 9 January in Scotland.
        Snapshot s = Snapshot.builder("s4-cal", org.throughcare.core.Jurisdiction.ENGLAND,
                        Cases.at(2026, 1, 5, 10, 0))
                .custody(org.throughcare.core.Custody.builder(org.throughcare.core.CustodyStatus.REMAND)
                        .establishment("HMP Example").receivedAt(Cases.at(2025, 12, 1, 10, 0)))
                .event(org.throughcare.core.EventType.POSITIVE_DRUG_TEST_CONFIRMED, Cases.at(2025, 12, 31, 14, 0))
                .build();
        ThroughcareEngine scottishCalendar = ThroughcareEngine.builder().serviceContract(new ServiceContract(
                "service-4", "HMP Example", LocalDate.of(2025, 4, 1), null, "scotland")).build();
        LocalDate ew = due(withContract.evaluate(s));
        LocalDate scot = due(scottishCalendar.evaluate(s));
        assertThat(ew).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(scot).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    static LocalDate due(Decision d) {
        return d.requiredActions().stream().filter(a -> a.code().equals("SP4_INITIAL_ASSESSMENT")).findFirst()
                .orElseThrow().due().at().toLocalDate();
    }

    @Test
    @DisplayName("A contract naming an unknown calendar stops the engine from starting")
    void unknownCalendar() {
        assertThatThrownBy(() -> ThroughcareEngine.builder().serviceContract(new ServiceContract("service-4",
                "HMP Example", LocalDate.of(2025, 4, 1), null, "narnia")).build())
                .isInstanceOf(RuleSetLoadException.class).hasMessageContaining("calendar");
    }

    @Test
    @DisplayName("The TAS criteria read only determinations the vocabulary declares")
    void tasCriteriaNamesDeclared() {
        assertThat(org.throughcare.core.vocabulary.Vocabulary.standard().determinationNames()).contains(
                "problemWithAddictiveDrugs", "establishedPatternOfMisuse", "patternOfOffending",
                "offendingLinkedToMisuse", "demonstrableWillToTackle", "shortTermPrisoner",
                "statutorySupervisionOnRelease");
    }

    @Test
    @DisplayName("A Welsh prison with a Service 4 contract: Service 4 applies, and the decision still says no Welsh guidance is encoded")
    void walesWithContract() {
        ThroughcareEngine welsh = ThroughcareEngine.builder().serviceContract(new ServiceContract("service-4",
                "HMP Example (Wales)", LocalDate.of(2025, 4, 1), null, null)).build();
        Snapshot s = Snapshot.builder("wales-s4", org.throughcare.core.Jurisdiction.WALES, Cases.at(2026, 4, 14, 10, 0))
                .custody(org.throughcare.core.Custody.builder(org.throughcare.core.CustodyStatus.REMAND)
                        .establishment("HMP Example (Wales)").receivedAt(Cases.at(2026, 4, 7, 10, 0)))
                .event(org.throughcare.core.EventType.POSITIVE_DRUG_TEST_CONFIRMED, Cases.at(2026, 4, 9, 14, 0))
                .build();
        Decision d = welsh.evaluate(s);
        assertThat(d.notices()).extracting(n -> n.code()).contains("RULE_SET_NOT_ENCODED", "RULE_SET_PARTLY_ENCODED");
        assertThat(d.routings()).extracting(RuleSetRouting::ruleSet).containsExactly("service-4");
        assertThat(due(d)).isEqualTo(LocalDate.of(2026, 4, 16));
    }
}
