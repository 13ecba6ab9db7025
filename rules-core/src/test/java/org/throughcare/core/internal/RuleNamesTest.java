package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The names a DRL file writes are checked against the rule set, the vocabulary and the settings, with lines. */
class RuleNamesTest {

    static final RuleSetDescriptor D = new RuleSetDescriptor("t", "T", "1", "kb", List.of("ENGLAND"), null, null, null,
            null, null, Map.of(), Map.of(), Map.of(), null);

    static List<String> check(String drl) {
        List<String> errors = new ArrayList<>();
        RuleNames.checkText("t.drl", drl, D, Set.of("PP2", "PP3"), Set.of("RECEPTION"), Set.of("ppo", "highRisk"),
                errors);
        return errors;
    }

    @Test
    @DisplayName("Determinations, settings, points and triggers that nothing declares are named with their line")
    void unknownNames() {
        String drl = """
                rule "a"
                when
                    CaseFacts( determination("ppo") == TriState.YES, determination("hihgRisk") == TriState.YES )
                    SettingsFact( setting("dayBasis") == "WORKING", !isOn("reliefByInterpretatoin") )
                    JourneyPoint( id == "PP9" )
                then
                    insert( RaisedAction.triggeredAt($case.determinedAt("nope") != null ? x : y, "RECEPTON", "t") );
                end
                """;
        assertThat(check(drl)).hasSize(5).satisfiesExactly(
                e -> assertThat(e).startsWith("t.drl:5: process point 'PP9' is not declared by rule set t"),
                e -> assertThat(e).startsWith("t.drl:3: determination 'hihgRisk' is not declared in the vocabulary"),
                e -> assertThat(e).startsWith("t.drl:7: determination 'nope' is not declared"),
                e -> assertThat(e).startsWith("t.drl:4: setting 'reliefByInterpretatoin' is not one of the engine's settings"),
                e -> assertThat(e).startsWith("t.drl:7: trigger 'RECEPTON' is not declared by rule set t"));
    }

    @Test
    @DisplayName("An event pattern naming an event type that does not exist by its code stops the load, with its line")
    void eventCodes() {
        assertThat(check("""
                rule "a"
                when
                    $r : CaseEvent( code == "RELEASED", at > $x )
                    not CaseEvent( code == "RELESED" || code != "TRANSFERED_OUT", attribute("code") == "RELEASD" )
                    Classification( code == "NOT_AN_EVENT" )
                then
                end
                """)).satisfiesExactly(
                e -> assertThat(e).isEqualTo("t.drl:4: event type 'RELESED' is not one of the event types"
                        + " (org.throughcare.core.EventType, docs/vocabulary.md)"),
                e -> assertThat(e).startsWith("t.drl:4: event type 'TRANSFERED_OUT' is not one of the event types"));
    }

    @Test
    @DisplayName("Names that are declared pass")
    void knownNames() {
        assertThat(check("""
                CaseFacts( determination("highRisk") == TriState.NO )
                SettingsFact( setting("courtFromOtherPrisonRoute") == "PP3" )
                insert( RaisedAction.triggeredAt($case.determinedAt("ppo"), "RECEPTION", "t") );
                CaseFacts( planned("approvedHdcRelease") != null )
                """)).isEmpty();
        assertThat(check("CaseFacts( planned(\"hdcApproved\") != null )")).singleElement().satisfies(e -> assertThat(e)
                .startsWith("t.drl:1: planned date 'hdcApproved' is not one of expectedRelease, hdcEligibility"));
    }

    @Test
    @DisplayName("The trigger a helper fact carries (ReleaseDateKnown.triggeredAt) is checked as a raised action's is")
    void helperFactTriggers() {
        assertThat(check("insert( ReleaseDateKnown.triggeredAt($pp5.getSince(), \"RECEPTION\", \"t\") );")).isEmpty();
        assertThat(check("insert( ReleaseDateKnown.triggeredAt($pp5.getSince(), \"MAIN_PRISN\", \"t\") );"))
                .singleElement().satisfies(e -> assertThat(e)
                        .startsWith("t.drl:1: trigger 'MAIN_PRISN' is not declared by rule set t"));
    }

    @Test
    @DisplayName("The cross-document step's rules name declared rule sets and declared priority orders, or fail with their line")
    void crossDocumentNames() {
        RuleSetDescriptor england = new RuleSetDescriptor("england-2009", "E", "1", "kb", List.of("ENGLAND"), null, null,
                "a.csv", "ids.csv", null, null, null, null, null, null, null, null, null, null, null, null,
                Map.of("ENG_COC_TREATMENT_PRIORITY", new RuleSetDescriptor.Ranking("England tier",
                        List.of("TIER_1", "TIER_2", "TIER_3"))));
        RuleSetDescriptor service4 = new RuleSetDescriptor("service-4", "S", "1", "kb", List.of("ENGLAND"), null, null,
                "a.csv", "ids.csv", null, null, null, null, null);
        String drl = """
                rule "a"
                when
                    AppliedRuleSet( ruleSet == "england-2009" )
                    AppliedRuleSet( ruleSet == "servce-4" )
                    RuleSetAnswer( ruleSet == "service-4", code == "SPEC4_PRIORITY" )
                then
                    insert( PriorityChain.of("england-2009/ENG_COC_TREATMENT_PRIORITY", "service-4/SPEC4_PRIORITY",
                            PriorityChain.EARLIEST_RELEASE, "EARLIEST_RELEASE", "wales-2030/TIER", "TIER_1") );
                end
                """;
        List<String> errors = new ArrayList<>();
        RuleNames.checkCrossDocumentText("x.drl", drl, Map.of("england-2009", england, "service-4", service4), errors);
        assertThat(errors).satisfiesExactly(
                e -> assertThat(e).startsWith("x.drl:4: rule set 'servce-4' is not declared on the class path"),
                e -> assertThat(e).startsWith("x.drl:7: priority key 'service-4/SPEC4_PRIORITY': rule set service-4"
                        + " declares no priority order SPEC4_PRIORITY (declared: none; add it under priorityOrders"),
                e -> assertThat(e).startsWith("x.drl:8: priority key 'wales-2030/TIER' names rule set 'wales-2030',"
                        + " which is not declared"),
                e -> assertThat(e).startsWith("x.drl:8: priority key 'TIER_1' is neither EARLIEST_RELEASE nor"));
    }
}
