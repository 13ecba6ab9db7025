package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Decision;
import org.throughcare.core.Determination;
import org.throughcare.core.PriorityKey;
import org.throughcare.core.PriorityOrder;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.TriState;

/**
 * Steps for the cross-document step after the sessions: the consolidated priority ordering of a caseload (XDOC-04),
 * one person's place in it, Service 4's population and priority (SPEC4-ELIG-01, -02).
 */
public class CrossDocumentSteps {
    private final CaseWorld world;
    /** The caseload of a scenario: each prisoner's decision, by the name the feature gives them. */
    private final Map<String, Decision> caseload = new LinkedHashMap<>();
    private List<String> ordered;

    public CrossDocumentSteps(CaseWorld world) {
        this.world = world;
    }

    // ----------------------------------------------------------------------------------------------- the case

    @Given("at {moment} the prisoner was identified as having problematic substance use")
    public void substanceUse(ZonedDateTime at) {
        world.determinations.set("problematicSubstanceUse", Determination.of(TriState.YES, at));
    }

    @Given("at {moment} the prisoner was found to have no problematic substance use")
    public void noSubstanceUse(ZonedDateTime at) {
        world.determinations.set("problematicSubstanceUse", Determination.of(TriState.NO, at));
    }

    @Given("at {moment} the prisoner's offending was assessed as directly linked to their substance use")
    public void linked(ZonedDateTime at) {
        world.determinations.set("offendingLinkedToMisuse", Determination.of(TriState.YES, at));
    }

    @Given("at {moment} the prisoner's offending was assessed as not directly linked to their substance use")
    public void notLinked(ZonedDateTime at) {
        world.determinations.set("offendingLinkedToMisuse", Determination.of(TriState.NO, at));
    }

    /**
     * A caseload: one prisoner per row, each received at the moment given and evaluated at the scenario's time, with
     * its columns as staff determinations made at reception (yes, no or not yet determined) and an expected release
     * date ("none" for none).
     */
    @Given("these prisoners were received into {prison} at {moment}:")
    public void prisoners(String prison, ZonedDateTime at, DataTable table) {
        ThroughcareEngine engine = Engines.with(world.settings, world.contracts);
        for (Map<String, String> row : table.asMaps()) {
            CaseWorld one = new CaseWorld();
            one.settings = world.settings;
            one.jurisdiction = world.jurisdiction;
            one.asOf = world.asOf;
            one.establishment = prison;
            one.receptionAt = at;
            one.origin = org.throughcare.core.Origin.COMMUNITY_VIA_COURT;
            one.originEstablishedAt = at;
            determination(one, row, "PPO", "ppo", at);
            determination(one, row, "problematic drug misuser", "problematicDrugUse", at);
            determination(one, row, "problematic substance use", "problematicSubstanceUse", at);
            determination(one, row, "offending linked to substance use", "offendingLinkedToMisuse", at);
            String release = row.get("expected release");
            if (release != null && !release.equals("none")) {
                one.planned = one.planned.withExpectedRelease(Prose.date(release));
            }
            String name = row.get("prisoner");
            caseload.put(name, engine.evaluate(one.snapshot("caseload-" + name)));
        }
    }

    private static void determination(CaseWorld one, Map<String, String> row, String column, String name,
                                      ZonedDateTime at) {
        String v = row.get(column);
        if (v == null) {
            return;
        }
        TriState t = switch (v) {
            case "yes" -> TriState.YES;
            case "no" -> TriState.NO;
            case "not yet determined" -> TriState.NOT_DETERMINED;
            default -> throw new IllegalArgumentException(column + ": yes, no or not yet determined, not '" + v + "'");
        };
        one.determinations.set(name, t == TriState.NOT_DETERMINED ? Determination.notDetermined()
                : Determination.of(t, at));
    }

    @When("the engine orders them by priority")
    public void order() {
        List<Map.Entry<String, Decision>> entries = new ArrayList<>(caseload.entrySet());
        entries.sort((a, b) -> Decision.BY_PRIORITY.compare(a.getValue(), b.getValue()));
        ordered = entries.stream().map(Map.Entry::getKey).toList();
    }

    // ----------------------------------------------------------------------------------------------- answers

    @Then("the order is {ids}")
    public void theOrder(List<String> names) {
        assertThat(ordered).as("the caseload, highest priority first").containsExactlyElementsOf(names);
    }

    @Then("{word} and {word} stand level")
    public void level(String a, String b) {
        assertThat(PriorityOrder.ORDER.compare(order(caseload.get(a)), order(caseload.get(b)))).isZero();
    }

    @Then("prisoner {word} is ordered by {ids}")
    public void keysOf(String name, List<String> keys) {
        assertThat(order(caseload.get(name)).keys()).extracting(PriorityKey::key).containsExactlyElementsOf(keys);
    }

    @Then("prisoner {word} has no priority order")
    public void noOrderOf(String name) {
        assertThat(caseload.get(name).priorityOrder()).isNull();
    }

    @Then("the person is ordered by {ids}")
    public void keys(List<String> keys) {
        assertThat(order(world.decision()).keys()).extracting(PriorityKey::key).containsExactlyElementsOf(keys);
    }

    @Then("the person has no priority order")
    public void noOrder() {
        assertThat(world.decision().priorityOrder()).isNull();
    }

    @Then("on {word} the person ranks {int} of {int}, as {word}")
    public void rank(String key, int rank, int of, String result) {
        PriorityKey k = key(key);
        assertThat(k.result()).isEqualTo(result);
        assertThat(k.rank()).isEqualTo(rank);
        assertThat(k.of()).isEqualTo(of);
    }

    @Then("on {word} the person is unranked, as {word}")
    public void unranked(String key, String result) {
        PriorityKey k = key(key);
        assertThat(k.result()).isEqualTo(result.equals("none") ? null : result);
        assertThat(k.rank()).isNull();
    }

    @Then("on EARLIEST_RELEASE the date is {date}")
    public void releaseDate(java.time.LocalDate date) {
        assertThat(key("EARLIEST_RELEASE").date()).isEqualTo(date);
    }

    @Then("the priority order rests on {ids}")
    public void rests(List<String> ids) {
        assertThat(order(world.decision()).ruleIds()).containsExactlyElementsOf(ids);
    }

    @Then("the priority order explanation says {string}")
    public void explains(String text) {
        assertThat(order(world.decision()).explanation()).contains(text);
    }

    @Then("the Service 4 population answer is {word}")
    public void population(String result) {
        assertThat(RuleSetSteps.answers(world.decision().eligibility(), "SPEC4_POPULATION")).containsExactly(result);
    }

    @Then("the Service 4 priority is {word}")
    public void priority(String result) {
        assertThat(RuleSetSteps.answers(world.decision().priorities(), "SPEC4_PRIORITY")).containsExactly(result);
    }

    @Then("Service 4 gives no priority answer")
    public void noPriority() {
        assertThat(RuleSetSteps.answers(world.decision().priorities(), "SPEC4_PRIORITY")).isEmpty();
    }

    private PriorityKey key(String key) {
        return order(world.decision()).keys().stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + key + " in " + order(world.decision()).signature()));
    }

    private static PriorityOrder order(Decision d) {
        assertThat(d.priorityOrder()).as("the priority order of %s", d.snapshotId()).isNotNull();
        return d.priorityOrder();
    }
}
