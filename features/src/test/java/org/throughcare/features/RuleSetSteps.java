package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Advice;
import org.throughcare.core.Assessment;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.EventType;
import org.throughcare.core.RuleSetRouting;
import org.throughcare.core.Sentence;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Sex;
import org.throughcare.core.TriState;

/**
 * Steps for several rule sets for one person: the Scottish TAS and voluntary assistance table, Service 4 under a
 * prison's contract, the research report's advice, each rule set's routing, and the evaluation date.
 */
public class RuleSetSteps {
    private final CaseWorld world;

    public RuleSetSteps(CaseWorld world) {
        this.world = world;
    }

    /** The TAS and VA determinations as the features word them, with their vocabulary names. */
    static final Map<String, String> DETERMINED = Map.ofEntries(
            Map.entry("a short-term prisoner", "shortTermPrisoner"),
            Map.entry("subject to statutory supervision on release", "statutorySupervisionOnRelease"),
            Map.entry("a problem with addictive drugs", "problemWithAddictiveDrugs"),
            Map.entry("a well established pattern of drugs misuse", "establishedPatternOfMisuse"),
            Map.entry("a pattern of criminal behaviour", "patternOfOffending"),
            Map.entry("a link between the offending and the drug misuse", "offendingLinkedToMisuse"),
            Map.entry("a demonstrable will to tackle their drug misuse problem", "demonstrableWillToTackle"),
            Map.entry("a high risk offender", "highRisk"),
            Map.entry("committed to tackling their offending", "committedToOffendingBehaviourWork"),
            Map.entry("a taker-up of SPS transitional care", "tookUpSpsTransitionalCare"));

    // ----------------------------------------------------------------------------------------------- the case

    @Given("the prisoner was sentenced on {date} to {int} days")
    public void sentenced(LocalDate on, int days) {
        world.status = CustodyStatus.SENTENCED;
        world.sentence = Sentence.ofDays(on, days);
    }

    @Given("the prisoner was remanded in custody")
    public void remanded() {
        world.status = CustodyStatus.REMAND;
    }

    @Given("the prisoner is a man aged {int} at sentence")
    public void man(int age) {
        world.sex = Sex.MALE;
        world.ageAtSentence = age;
    }

    @Given("the prisoner is a woman aged {int} at sentence")
    public void woman(int age) {
        world.sex = Sex.FEMALE;
        world.ageAtSentence = age;
    }

    @Given("at {moment} staff determined whether the prisoner is:")
    public void determined(ZonedDateTime at, DataTable table) {
        for (List<String> row : table.asLists()) {
            String name = DETERMINED.get(row.get(0));
            if (name == null) {
                throw new IllegalArgumentException("unknown determination '" + row.get(0) + "'; known: "
                        + DETERMINED.keySet());
            }
            TriState v = switch (row.get(1)) {
                case "yes" -> TriState.YES;
                case "no" -> TriState.NO;
                case "not yet determined" -> TriState.NOT_DETERMINED;
                default -> throw new IllegalArgumentException("yes, no or not yet determined, not '" + row.get(1) + "'");
            };
            world.determinations.set(name, v, v == TriState.NOT_DETERMINED ? null : at);
        }
    }

    @Given("{prison} holds a Service 4 contract from {date}")
    public void contract(String prison, LocalDate from) {
        world.contracts.add(new ServiceContract("service-4", prison, from, null, null));
    }

    @Given("{prison} holds a Service 4 contract from {date} until {date}")
    public void contractUntil(String prison, LocalDate from, LocalDate to) {
        world.contracts.add(new ServiceContract("service-4", prison, from, to, null));
    }

    @Given("{prison} holds a Service 4 contract from {date} that sets the {calendarName} calendar")
    public void contractCalendar(String prison, LocalDate from, org.throughcare.core.calendar.CalendarId calendar) {
        world.contracts.add(new ServiceContract("service-4", prison, from, null, calendar.code()));
    }

    @Given("a positive drug test was confirmed at {moment}")
    public void positiveTest(ZonedDateTime at) {
        world.event(EventType.POSITIVE_DRUG_TEST_CONFIRMED, at);
    }

    @Given("the Service Provider screened the prisoner for substance use at {moment}")
    public void screened(ZonedDateTime at) {
        world.event(EventType.SCREENING_COMPLETED, at);
    }

    @Given("the Service Provider completed a comprehensive assessment at {moment}")
    public void comprehensive(ZonedDateTime at) {
        world.event(EventType.COMPREHENSIVE_ASSESSMENT_COMPLETED, at);
    }

    @When("the engine evaluates the case by the rules in force on {date}")
    public void evaluateOn(LocalDate day) {
        world.evaluationDate = day;
        world.decision = Engines.with(world.settings, world.contracts).evaluate(world.snapshot("feature-dated"), day);
    }

    // ----------------------------------------------------------------------------------------------- answers

    @Then("the TAS answer is {word}")
    public void tas(String result) {
        assertThat(answers(world.decision().eligibility(), "SCOT_TAS")).containsExactly(result);
    }

    @Then("the TAS table gives no answer")
    public void noTas() {
        assertThat(answers(world.decision().eligibility(), "SCOT_TAS")).isEmpty();
    }

    @Then("the TAS criteria met are {ids}")
    public void tasMet(List<String> codes) {
        assertThat(one("SCOT_TAS").criteriaMet()).extracting(c -> c.code()).containsExactlyElementsOf(codes);
    }

    @Then("the TAS criteria not met are {ids}")
    public void tasNotMet(List<String> codes) {
        assertThat(one("SCOT_TAS").criteriaNotMet()).extracting(c -> c.code()).containsExactlyElementsOf(codes);
    }

    @Then("the TAS criteria not yet determined are {ids}")
    public void tasUndetermined(List<String> codes) {
        assertThat(one("SCOT_TAS").criteriaUndetermined()).extracting(c -> c.code()).containsExactlyElementsOf(codes);
    }

    @Then("the TAS answer rests on {ids}")
    public void tasRests(List<String> ids) {
        assertThat(one("SCOT_TAS").ruleIds()).containsExactlyElementsOf(ids);
    }

    @Then("the voluntary assistance priority groups are {ids}")
    public void vaGroups(List<String> groups) {
        assertThat(answers(world.decision().priorities(), "SCOT_VA_PRIORITY_GROUP")).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Then("the voluntary assistance priority groups rest on {ids}")
    public void vaRests(List<String> ids) {
        assertThat(world.decision().priorities().stream().filter(a -> a.code().equals("SCOT_VA_PRIORITY_GROUP"))
                .flatMap(a -> a.ruleIds().stream()).distinct().toList()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Then("the decision was made by the rules in force on {date}")
    public void evaluationDate(LocalDate day) {
        assertThat(world.decision().evaluationDate()).isEqualTo(day);
    }

    @Then("the rule set {word} applies")
    public void applies(String ruleSet) {
        assertThat(answers(world.decision().eligibility(), "GUIDANCE_APPLIES:" + ruleSet)).containsExactly("APPLIES");
    }

    @Then("the rule set {word} is not in force")
    public void notInForce(String ruleSet) {
        assertThat(answers(world.decision().eligibility(), "GUIDANCE_APPLIES:" + ruleSet)).containsExactly("NOT_IN_FORCE");
    }

    @Then("the rule set {word} does not apply")
    public void doesNotApply(String ruleSet) {
        assertThat(answers(world.decision().eligibility(), "GUIDANCE_APPLIES:" + ruleSet)).isEmpty();
        assertThat(world.decision().routings()).extracting(RuleSetRouting::ruleSet).doesNotContain(ruleSet);
    }

    @Then("the person is referred automatically to Service 4")
    public void referred() {
        assertThat(answers(world.decision().eligibility(), "SPEC4_REFERRAL")).contains("AUTOMATIC_REFERRAL");
    }

    @Then("the routings are, by rule set: {ids}")
    public void routings(List<String> ruleSets) {
        assertThat(world.decision().routings()).extracting(RuleSetRouting::ruleSet).containsExactlyElementsOf(ruleSets);
    }

    @Then("the rule set {word} has no routing")
    public void noRouting(String ruleSet) {
        RuleSetRouting r = routing(ruleSet);
        assertThat(r.routing()).isNull();
        assertThat(r.statement()).contains("has no process points");
    }

    @Then("in the rule set {word} the current point is {point}")
    public void currentPoint(String ruleSet, String point) {
        assertThat(routing(ruleSet).routing().currentPoint()).isEqualTo(point);
    }

    @Then("the decision lists the advice {word}")
    public void advice(String code) {
        assertThat(world.decision().advice()).extracting(Advice::code).contains(code);
    }

    @Then("the decision lists no advice")
    public void noAdvice() {
        assertThat(world.decision().advice()).isEmpty();
    }

    @Then("the advice rests on {ids}")
    public void adviceRests(List<String> ids) {
        assertThat(world.decision().advice()).singleElement()
                .satisfies(a -> assertThat(a.ruleIds()).containsExactlyElementsOf(ids));
    }

    @Then("the advice says when: {string}")
    public void adviceWhen(String text) {
        assertThat(world.decision().advice()).singleElement().satisfies(a -> assertThat(a.when()).contains(text));
    }

    @Then("no required action rests on the research report")
    public void noReportAction() {
        assertThat(world.decision().requiredActions())
                .noneMatch(a -> a.ruleIds().stream().anyMatch(id -> id.startsWith("HO-RPT")));
    }

    private RuleSetRouting routing(String ruleSet) {
        return world.decision().routings().stream().filter(r -> r.ruleSet().equals(ruleSet)).findFirst()
                .orElseThrow(() -> new AssertionError("no routing for rule set " + ruleSet + " in "
                        + world.decision().routings()));
    }

    private Assessment one(String code) {
        List<Assessment> found = world.decision().eligibility().stream().filter(a -> a.code().equals(code)).toList();
        assertThat(found).as("answers %s", code).hasSize(1);
        return found.get(0);
    }

    static List<String> answers(List<Assessment> as, String code) {
        return as.stream().filter(a -> a.code().equals(code)).map(Assessment::result).toList();
    }

}
