package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.RuleSetLoadException;
import org.throughcare.core.ThroughcareEngine;

/**
 * A policy officer's mistake stops the engine from starting, with every error named by file, line and column.
 * (DRL that does not compile fails the kjar build itself; see docs/editing-rules.md.)
 */
class RuleSetLoadingTest {

    static ClassLoader withBrokenFixtures() throws Exception {
        URL fixtures = Path.of("src/test/fixture-kb").toUri().toURL();
        return new URLClassLoader(new URL[] {fixtures}, RuleSetLoadingTest.class.getClassLoader());
    }

    static RuleSetLoadException loadError(String ruleSet) throws Exception {
        ClassLoader cl = withBrokenFixtures();
        try {
            ThroughcareEngine.builder().classLoader(cl).ruleSets(ruleSet).build();
        } catch (RuleSetLoadException e) {
            return e;
        }
        throw new AssertionError("rule set " + ruleSet + " loaded but should not have");
    }

    @Test
    @DisplayName("The bundled England 2009 rule set loads and declares its effective date and calendar")
    void bundledLoads() {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        assertThat(engine.ruleSets()).extracting(rs -> rs.id() + " " + rs.standing())
                .containsExactly("england-2009 BINDING", "scotland-2005 BINDING", "service-4 CONTRACTUAL",
                        "ho-rpt-2005 ADVISORY", "cross-document CROSS_DOCUMENT");
        assertThat(engine.ruleSets().get(0)).satisfies(rs -> {
            assertThat(rs.id()).isEqualTo("england-2009");
            assertThat(rs.effectiveFrom()).hasToString("2009-07-01");
            assertThat(rs.calendar()).isEqualTo("england-and-wales");
        });
    }

    @Test
    @DisplayName("Every mistake in an edited action table is reported with file, line and column")
    void brokenTable() throws Exception {
        RuleSetLoadException e = loadError("broken-table");
        assertThat(e.errors()).contains(
                "broken/actions.csv:3: column rule_ids: 'ENG-COC-PP2-99' is not in the rule set's list of implemented IDs",
                "broken/actions.csv:3: column unit: 'HOUR' is not one of [NONE, HOURS, CALENDAR_DAYS, DAYS, WORKING_DAYS, DAY_N, WEEKS, GIVEN]",
                "broken/actions.csv:4: column modality: MAY rows are not encoded as actions (list them in docs/not-encoded.md)",
                "broken/actions.csv:5: column effective_to: must be after effective_from 2009-07-01");
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).startsWith(
                "broken/actions.csv:4: column completed_by: 'PHONED' is not an event type"));
        // rules raise actions that the edited table no longer has
        assertThat(e.errors()).anySatisfy(m -> assertThat(m)
                .contains("@action names 'SMT_ASK_DRUG_MISUSE', which has no row in the action table"));
        assertThat(e.getMessage()).startsWith("rule sets failed to load (");
    }

    @Test
    @DisplayName("A rule set whose KieBase is missing stops start-up")
    void missingKieBase() throws Exception {
        assertThat(loadError("missing-kbase").errors()).singleElement().asString()
                .contains("KieBase 'no-such-kbase'");
    }

    @Test
    @DisplayName("A rule set whose KieBase for a person not yet received is missing stops start-up")
    void missingKieBaseBeforeReception() throws Exception {
        assertThat(loadError("missing-part").errors()).anySatisfy(m -> assertThat(m).isEqualTo("rule set missing-part:"
                + " kbaseBeforeReception: KieBase 'no-such-part' is not defined in any kmodule.xml"));
    }

    @Test
    @DisplayName("A KieBase for a person not yet received may hold only rules of the rule set's KieBase")
    void kieBaseBeforeReceptionHoldsOnlyTheWholesRules() throws Exception {
        // The fixture turns the bundled pair round: the whole England KieBase as the part of its part.
        assertThat(loadError("part-larger-than-whole").errors()).anySatisfy(m -> assertThat(m)
                .contains("kbaseBeforeReception: KieBase 'england2009' holds rule 'ENG-COC-PP2-01 reception asks a"
                        + " transferred prisoner two questions' (package org.throughcare.kb.england2009.transfer),"
                        + " which the rule set's KieBase 'england2009-before-reception' does not"));
    }

    @Test
    @DisplayName("An unknown jurisdiction or calendar is named, with the valid values")
    void badCalendar() throws Exception {
        assertThat(loadError("bad-calendar").errors()).anySatisfy(m -> assertThat(m)
                .contains("unknown jurisdiction 'NARNIA'")).anySatisfy(m -> assertThat(m).contains("calendar: "));
    }

    @Test
    @DisplayName("A process point or trigger the rules write but the descriptor does not declare stops start-up, with file and line")
    void undeclaredNames() throws Exception {
        List<String> errors = loadError("undeclared-names").errors();
        assertThat(errors).anySatisfy(m -> assertThat(m)
                .matches("org/throughcare/kb/england2009/transfer/pp2-next-point\\.drl:\\d+: process point 'PP2' is not declared by rule set undeclared-names .*"));
        assertThat(errors).anySatisfy(m -> assertThat(m)
                .matches("org/throughcare/kb/england2009/reception/process-point-1-origin\\.drl:\\d+: process point 'PP2' .*"));
        assertThat(errors).anySatisfy(m -> assertThat(m)
                .matches("org/throughcare/kb/england2009/transfer/pp2-referral-to-carats\\.drl:\\d+: trigger 'SUBSTANCE_MISUSE_NEED_FOUND' is not declared .*"));
        assertThat(errors).noneSatisfy(m -> assertThat(m).contains("trigger 'RECEPTION'"));
        assertThat(errors).noneSatisfy(m -> assertThat(m).contains("trigger 'CLINICAL_ASSESSMENT_COMPLETED'"));
    }

    @Test
    @DisplayName("A determination the rules or the action table name but the vocabulary does not declare stops start-up")
    void undeclaredDetermination() {
        String csv = "name,meaning,documents,catalogue_ids\n"
                + "problematicDrugUse,A problematic drug user.,ENG-COC,ENG-COC-PP3-01\n"
                + "stableAtReceptionScreen,Stable.,ENG-COC,ENG-COC-PP2-04\n"
                + "inContactWithPreviousPrisonTeam,In contact.,ENG-COC,ENG-COC-PP2-01\n"
                + "inContactWithCjit,In contact.,ENG-COC,ENG-COC-PRE-09\n"
                + "substanceMisuseNeed,A need.,ENG-COC,ENG-COC-PP2-05\n";
        var withoutPpo = org.throughcare.core.vocabulary.Vocabulary.read("without-ppo.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> ThroughcareEngine.builder().vocabulary(withoutPpo).build())
                .isInstanceOfSatisfying(RuleSetLoadException.class, e -> {
                    assertThat(e.errors()).anySatisfy(m -> assertThat(m).matches(
                            "org/throughcare/kb/england2009/priority/treatment-priority\\.drl:25: determination 'ppo'"
                                    + " is not declared in the vocabulary .*"));
                    assertThat(e.errors()).anySatisfy(m -> assertThat(m).matches(
                            "org/throughcare/kb/england2009/actions\\.csv:\\d+: column completed_by: 'determined:ppo'"
                                    + " is not an event type.*"));
                    assertThat(e.errors()).noneSatisfy(m -> assertThat(m).contains("'substanceMisuseNeed'"));
                });
    }

    @Test
    @DisplayName("Asking for a rule set that is not on the class path fails and lists those that are")
    void unknownRuleSet() {
        assertThatThrownBy(() -> ThroughcareEngine.builder().ruleSets("wales-2030").build())
                .isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("rule set 'wales-2030' was asked for but is not on the class path (found [cross-document, england-2009, ho-rpt-2005, scotland-2005, service-4])");
    }

    @Test
    @DisplayName("A per-purpose consent regime must name the purpose of every action that shares information")
    void perPurposeNeedsPurposes() throws Exception {
        assertThat(loadError("per-purpose-without-purposes").errors()).anySatisfy(m -> assertThat(m)
                .contains("action CJIT_SEND_DIR_TO_PRISON shares information, and rule set per-purpose-without-purposes"
                        + " judges consent per purpose: name its purpose under sharingPurposes"));
    }

    @Test
    @DisplayName("Under a per-purpose consent regime each sharing action is judged by the consent for its own purpose")
    void perPurposeJudgesEachActionByItsPurpose() throws Exception {
        ThroughcareEngine engine = ThroughcareEngine.builder().classLoader(withBrokenFixtures()).ruleSets("per-purpose")
                .build();
        // consent given at 10:00 on 2 April 2026 for continuity of care only
        org.throughcare.core.Consent consent = org.throughcare.core.Consent.notRecorded().then(
                new org.throughcare.core.ConsentDecision(org.throughcare.core.ConsentStatus.GIVEN,
                        Cases.at(2026, 4, 2, 10, 0), List.of(org.throughcare.core.SharingPurpose.CONTINUITY_OF_CARE)));
        org.throughcare.core.Decision d = engine.evaluate(Cases.part1(Cases.at(2026, 4, 2, 17, 0), consent,
                org.throughcare.core.Event.of(org.throughcare.core.EventType.DIR_SENT_TO_PRISON, Cases.at(2026, 4, 2, 16, 30))));
        java.util.Map<String, org.throughcare.core.ActionStatus> status = new java.util.HashMap<>();
        d.requiredActions().forEach(a -> status.put(a.code(), a.status()));
        assertThat(status.get("CJIT_SEND_DIR_TO_PRISON")).isEqualTo(org.throughcare.core.ActionStatus.DONE);
        assertThat(d.notices()).extracting(n -> n.code()).doesNotContain("SHARED_WITHOUT_CONSENT");
        assertThat(status.get("CJIT_PHONE_SMT")).isEqualTo(org.throughcare.core.ActionStatus.BLOCKED);
    }

    @Test
    @DisplayName("A malformed cross-document step or priority order stops start-up, naming each mistake")
    void badStepAndPriorityOrders() throws Exception {
        URL fixtures = Path.of("src/test/fixture-kb-step").toUri().toURL();
        ClassLoader cl = new URLClassLoader(new URL[] {fixtures}, RuleSetLoadingTest.class.getClassLoader());
        RuleSetLoadException e = catchThrowableOfType(
                () -> ThroughcareEngine.builder().classLoader(cl).ruleSets("bad-step").build(),
                RuleSetLoadException.class);
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).endsWith("rule set bad-step: step 'LATER' is not one of"
                + " [AFTER_SESSIONS]"));
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).contains("rule set bad-step: the cross-document step"
                + " (step LATER) raises no actions"));
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).endsWith("rule set bad-step:"
                + " priorityOrders.NAMELESS_AND_EMPTY needs a name (the priority in plain words)"));
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).contains("rule set bad-step:"
                + " priorityOrders.NAMELESS_AND_EMPTY.order lists no results"));
        assertThat(e.errors()).anySatisfy(m -> assertThat(m).endsWith("rule set bad-step: priorityOrders.TWICE.order"
                + " lists a result twice: [HIGH, LOW, HIGH]"));
    }

    @Test
    @DisplayName("The cross-document step loads with the bundled rule sets and runs once after their sessions")
    void crossDocumentStepLoads() {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        assertThat(engine.ruleSets()).filteredOn(r -> r.id().equals("cross-document")).singleElement()
                .satisfies(r -> assertThat(r.standing()).isEqualTo("CROSS_DOCUMENT"));
        // Built with the English rule set and the step only: the step's rules about Service 4 never fire, and the
        // English tier alone orders a prisoner. A person not yet received (Part 1) is not ordered.
        ThroughcareEngine some = ThroughcareEngine.builder().ruleSets("england-2009", "cross-document").build();
        org.throughcare.core.Decision received = some.evaluate(Cases.transfer(Cases.at(2026, 4, 7, 9, 0),
                Cases.determinations(org.throughcare.core.TriState.YES, org.throughcare.core.TriState.YES,
                        org.throughcare.core.TriState.YES, org.throughcare.core.TriState.YES)));
        assertThat(received.priorityOrder().keys()).singleElement().satisfies(k -> {
            assertThat(k.key()).isEqualTo("england-2009/ENG_COC_TREATMENT_PRIORITY");
            assertThat(k.result()).isEqualTo("TIER_1");
            assertThat(k.rank()).isEqualTo(1);
            assertThat(k.of()).isEqualTo(3);
        });
        assertThat(some.evaluate(Cases.part1(Cases.at(2026, 4, 2, 17, 0), org.throughcare.core.Consent.notRecorded()))
                .priorityOrder()).isNull();
        // Without the step there is no ordering at all.
        assertThat(ThroughcareEngine.builder().ruleSets("england-2009").build().evaluate(Cases.transfer(
                Cases.at(2026, 4, 7, 9, 0), Cases.determinations(org.throughcare.core.TriState.YES,
                        org.throughcare.core.TriState.YES, org.throughcare.core.TriState.YES,
                        org.throughcare.core.TriState.YES))).priorityOrder()).isNull();
    }
}
