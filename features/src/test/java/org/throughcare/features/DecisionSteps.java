package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Assessment;
import org.throughcare.core.Criterion;
import org.throughcare.core.Decision;
import org.throughcare.core.DueKind;
import org.throughcare.core.Notice;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.RouteStep;
import org.throughcare.core.Routing;
import org.throughcare.core.calendar.SkippedDay;

/** The Thens: explicit assertions on the decision, each failing with the whole relevant part of the decision. */
public class DecisionSteps {
    private final CaseWorld world;

    public DecisionSteps(CaseWorld world) {
        this.world = world;
    }

    // ----------------------------------------------------------------------------------------------- actions

    @Then("{action} by {moment}")
    public void dueBy(ActionPhrase phrase, ZonedDateTime due) {
        RequiredAction a = find(phrase);
        String basis = a.due().derivation() == null ? "no derivation: " + a.due().text() : a.due().derivation().basis();
        if (a.due().at() == null || !a.due().at().toInstant().equals(due.toInstant())) {
            fail("%s is due %s, not %s (%s)", a.code(), Prose.say(a.due().at()), Prose.say(due), basis);
        }
    }

    @Then("{action} by the end of {date}")
    public void dueByEndOf(ActionPhrase phrase, LocalDate date) {
        dueBy(phrase, Prose.endOf(date));
    }

    @Then("{action}, with no time set in the guidance")
    public void unspecified(ActionPhrase phrase) {
        RequiredAction a = find(phrase);
        assertThat(a.due().kind()).as("due kind of %s", a.code()).isEqualTo(DueKind.UNSPECIFIED);
        assertThat(a.due().at()).as("due time of %s", a.code()).isNull();
    }

    @Then("the decision requires that {action}")
    public void requires(ActionPhrase phrase) {
        find(phrase);
    }

    @Then("the decision does not require that {action}")
    public void doesNotRequire(ActionPhrase phrase) {
        List<RequiredAction> found = byCode(phrase.code());
        assertThat(found).as("actions %s in %s", phrase.code(), codes()).isEmpty();
    }

    @Then("the decision lists no required actions")
    public void noActions() {
        assertThat(world.decision().requiredActions()).as("required actions").isEmpty();
    }

    @Then("the decision lists only these actions: {ids}")
    public void onlyActions(List<String> codes) {
        assertThat(world.decision().requiredActions().stream().map(RequiredAction::code).toList())
                .as("the action codes").containsExactlyInAnyOrderElementsOf(codes);
    }

    @Then("that action is {status}")
    public void status(ActionStatus status) {
        RequiredAction a = world.action();
        assertThat(a.status()).withFailMessage("%s is %s, not %s: %s", a.code(), a.status(), status, a.statusReason())
                .isEqualTo(status);
    }

    @Then("the due time is {dueKind}")
    public void dueKind(DueKind kind) {
        RequiredAction a = world.action();
        assertThat(a.due().kind()).as("due kind of %s", a.code()).isEqualTo(kind);
    }

    @Then("it is owned by the {string}, as {string}")
    public void owner(String agency, String role) {
        RequiredAction a = world.action();
        assertThat(a.owner().agency()).as("owner agency of %s", a.code()).isEqualTo(agency);
        assertThat(a.owner().role()).as("owner role of %s", a.code()).isEqualTo(role);
    }

    @Then("it rests on {ids}")
    public void restsOn(List<String> ids) {
        RequiredAction a = world.action();
        assertThat(a.ruleIds()).as("rule IDs of %s", a.code()).containsExactlyElementsOf(ids);
    }

    @Then("it cites {string}")
    public void cites(String section) {
        RequiredAction a = world.action();
        assertThat(a.citation().section()).as("citation of %s", a.code()).isEqualTo(section);
    }

    @Then("its action text says {string}")
    public void actionText(String text) {
        RequiredAction a = world.action();
        assertThat(a.action()).as("action text of %s", a.code()).contains(text);
    }

    @Then("the decision records the setting {word} as {word}, which is the default reading")
    public void settingDefault(String name, String value) {
        setting(name, value, true);
    }

    @Then("the decision records the setting {word} as {word}, which is not the default reading")
    public void settingNotDefault(String name, String value) {
        setting(name, value, false);
    }

    private void setting(String name, String value, boolean defaultReading) {
        org.throughcare.core.AppliedSetting s = world.decision().provenance().settings().get(name);
        assertThat(s).as("setting %s in the provenance", name).isNotNull();
        assertThat(s.value()).as("value of setting %s", name).isEqualTo(value);
        assertThat(s.defaultReading()).as("whether %s=%s is the default reading", name, value).isEqualTo(defaultReading);
    }

    @Then("it records the interpretations {ids}")
    public void interpretations(List<String> ids) {
        RequiredAction a = world.action();
        assertThat(a.interpretations()).as("interpretations of %s", a.code()).containsAll(ids);
    }

    @Then("it was triggered by {word} at {moment}")
    public void trigger(String event, ZonedDateTime at) {
        RequiredAction a = world.action();
        assertThat(a.trigger().event()).as("trigger of %s", a.code()).isEqualTo(event);
        assertThat(a.trigger().at()).as("trigger time of %s", a.code()).isNotNull();
        assertThat(a.trigger().at().toInstant()).as("trigger time of %s", a.code()).isEqualTo(at.toInstant());
    }

    @Then("it arises only once {string}")
    public void pendingOn(String condition) {
        RequiredAction a = world.action();
        assertThat(a.status()).as("status of %s", a.code()).isEqualTo(ActionStatus.PENDING);
        assertThat(a.trigger().at()).as("trigger time of a pending action").isNull();
        assertThat(a.trigger().description()).as("what %s waits for", a.code()).contains(condition);
    }

    @Then("it was done at {moment}")
    public void doneAt(ZonedDateTime at) {
        RequiredAction a = world.action();
        assertThat(a.completedAt()).as("completion time of %s (%s)", a.code(), a.statusReason()).isNotNull();
        assertThat(a.completedAt().toInstant()).as("completion time of %s", a.code()).isEqualTo(at.toInstant());
    }

    @Then("it was done by {word}")
    public void doneBy(String by) {
        RequiredAction a = world.action();
        assertThat(a.completedBy()).as("what completed %s", a.code()).isEqualTo(by);
    }

    @Then("it is blocked because consent was refused on {date}")
    public void blockedRefused(LocalDate since) {
        blocked("CONSENT_REFUSED", since);
    }

    @Then("it is blocked because consent was withdrawn on {date}")
    public void blockedWithdrawn(LocalDate since) {
        blocked("CONSENT_WITHDRAWN", since);
    }

    @Then("that action is held because no consent decision is recorded")
    public void heldNotRecorded() {
        blocked("CONSENT_NOT_RECORDED", null);
    }

    private void blocked(String reason, LocalDate since) {
        RequiredAction a = world.action();
        assertThat(a.status()).withFailMessage("%s is %s, not BLOCKED: %s", a.code(), a.status(), a.statusReason())
                .isEqualTo(ActionStatus.BLOCKED);
        assertThat(a.blockedBy()).as("blockedBy of %s", a.code()).isNotNull();
        assertThat(a.blockedBy().reason()).as("blocked reason").isEqualTo(reason);
        assertThat(a.blockedBy().since()).as("blocked since").isEqualTo(since);
    }

    @Then("the block rests on {ids}")
    public void blockRestsOn(List<String> ids) {
        RequiredAction a = world.action();
        assertThat(a.blockedBy()).as("blockedBy of %s", a.code()).isNotNull();
        assertThat(a.blockedBy().ruleIds()).as("rule IDs of the block").containsExactlyElementsOf(ids);
    }

    @Then("it is not blocked")
    public void notBlocked() {
        RequiredAction a = world.action();
        assertThat(a.status()).as("status of %s (%s)", a.code(), a.statusReason()).isNotEqualTo(ActionStatus.BLOCKED);
        assertThat(a.blockedBy()).as("blockedBy of %s", a.code()).isNull();
    }

    @Then("it may share information on the basis {string}")
    public void consentBasis(String basis) {
        RequiredAction a = world.action();
        assertThat(a.consentBasis()).as("consent basis of %s", a.code()).isEqualTo(basis);
    }

    @Then("it shares no identifiable information")
    public void noSharing() {
        RequiredAction a = world.action();
        assertThat(a.consentBasis()).as("consent basis of %s", a.code()).isNull();
    }

    @Then("the status explanation says {string}")
    public void statusReason(String text) {
        assertThat(world.action().statusReason()).contains(text);
    }

    @Then("the deadline passes over:")
    public void skipped(DataTable table) {
        RequiredAction a = world.action();
        assertThat(a.due().derivation()).as("derivation of %s", a.code()).isNotNull();
        List<String> expected = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            expected.add(Prose.say(Prose.date(row.get("date"))) + " (" + row.get("why") + ")");
        }
        List<String> actual = a.due().derivation().skippedDays().stream()
                .map(d -> Prose.say(d.date()) + " (" + d.reason() + ")").toList();
        assertThat(actual).as("days the deadline of %s passes over", a.code()).containsExactlyElementsOf(expected);
    }

    @Then("the deadline passes over no day")
    public void skippedNone() {
        RequiredAction a = world.action();
        List<SkippedDay> skipped = a.due().derivation() == null ? List.of() : a.due().derivation().skippedDays();
        assertThat(skipped).as("days the deadline of %s passes over", a.code()).isEmpty();
    }

    @Then("the weekend and bank holiday relief applied")
    public void reliefApplied() {
        RequiredAction a = world.action();
        assertThat(a.due().derivation().relief().applied()).as("relief applied to %s (%s)", a.code(),
                a.due().derivation().basis()).isTrue();
    }

    @Then("no weekend or bank holiday relief applied")
    public void reliefNotApplied() {
        RequiredAction a = world.action();
        assertThat(a.due().derivation() == null || !a.due().derivation().relief().applied())
                .as("relief applied to %s", a.code()).isTrue();
    }

    @Then("the plain 24 hours would end at {moment}")
    public void strict(ZonedDateTime at) {
        RequiredAction a = world.action();
        assertThat(a.due().derivation().relief().strictDueAt().toInstant()).isEqualTo(at.toInstant());
    }

    // ----------------------------------------------------------------------------------------------- routing

    @Then("the current point is {point}")
    public void currentPoint(String point) {
        Routing r = world.decision().routing();
        assertThat(r.currentPoint()).as("current point (%s)", r.statement()).isEqualTo(point);
    }

    @Then("its name is {string}")
    public void currentPointName(String name) {
        assertThat(world.decision().routing().currentPointName()).isEqualTo(name);
    }

    @Then("the next point is {point}, which is not encoded yet")
    public void nextNotEncoded(String point) {
        Routing r = world.decision().routing();
        assertThat(r.nextPoint()).as("next point (%s)", r.statement()).isEqualTo(point);
        assertThat(r.nextPointEncoded()).as("next point encoded (%s)", r.statement()).isFalse();
        assertThat(r.statement()).as("routing statement").contains("not encoded yet");
    }

    @Then("the next point is {point}, which is encoded")
    public void nextEncoded(String point) {
        Routing r = world.decision().routing();
        assertThat(r.nextPoint()).as("next point (%s)", r.statement()).isEqualTo(point);
        assertThat(r.nextPointEncoded()).as("next point encoded (%s)", r.statement()).isTrue();
    }

    @Then("the next point cannot be known yet")
    public void nextUnknown() {
        Routing r = world.decision().routing();
        assertThat(r.nextPoint()).as("next point (%s)", r.statement()).isNull();
        assertThat(r.statement()).contains("cannot be known yet");
    }

    @Then("the route taken is:")
    public void route(DataTable table) {
        List<String> expected = table.asMaps().stream()
                .map(row -> row.get("from") + " -> " + row.get("to") + " " + Prose.list(row.get("rule IDs")))
                .toList();
        List<String> actual = world.decision().routing().path().stream()
                .map(s -> s.from() + " -> " + s.to() + " " + s.ruleIds()).toList();
        assertThat(actual).as("route (%s)", world.decision().routing().statement()).containsExactlyElementsOf(expected);
    }

    @Then("the step from {word} to {word} was taken because {string}")
    public void stepReason(String from, String to, String reason) {
        List<RouteStep> steps = world.decision().routing().path().stream()
                .filter(s -> s.from().equals(from) && s.to().equals(to)).toList();
        assertThat(steps).as("steps from %s to %s", from, to).hasSize(1);
        assertThat(steps.get(0).reason()).as("reason of the step from %s to %s", from, to).contains(reason);
    }

    @Then("no route has been taken yet")
    public void noRoute() {
        assertThat(world.decision().routing().path()).as("route").isEmpty();
    }

    @Then("the routing statement says {string}")
    public void statement(String text) {
        assertThat(world.decision().routing().statement()).contains(text);
    }

    @Then("no process point applies")
    public void noPoint() {
        Routing r = world.decision().routing();
        assertThat(r.currentPoint()).as("current point (%s)", r.statement()).isNull();
        assertThat(r.nextPoint()).as("next point (%s)", r.statement()).isNull();
        assertThat(r.path()).as("route").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- priority

    @Then("the treatment priority is {tier}")
    public void priority(String result) {
        Assessment p = treatmentPriority();
        assertThat(p.result()).withFailMessage("treatment priority is %s, not %s: %s", p.result(), result,
                p.explanation()).isEqualTo(result);
        world.priority = p;
    }

    @Then("no treatment priority is given")
    public void noPriority() {
        assertThat(world.decision().priorities()).as("priorities").isEmpty();
    }

    @Then("the criteria met are {ids}")
    public void met(List<String> codes) {
        assertThat(criteria(world.priority.criteriaMet())).as("criteria met").containsExactlyInAnyOrderElementsOf(codes);
    }

    @Then("the criteria not met are {ids}")
    public void notMet(List<String> codes) {
        assertThat(criteria(world.priority.criteriaNotMet())).as("criteria not met")
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Then("the criteria not yet determined are {ids}")
    public void undetermined(List<String> codes) {
        assertThat(criteria(world.priority.criteriaUndetermined())).as("criteria not yet determined")
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Then("the priority rests on {ids}")
    public void priorityRestsOn(List<String> ids) {
        assertThat(world.priority.ruleIds()).as("rule IDs of the priority").containsExactlyElementsOf(ids);
    }

    @Then("the priority explanation says {string}")
    public void priorityExplanation(String text) {
        assertThat(world.priority.explanation()).contains(text);
    }

    private Assessment treatmentPriority() {
        List<Assessment> all = world.decision().priorities().stream()
                .filter(a -> a.code().equals("ENG_COC_TREATMENT_PRIORITY")).toList();
        assertThat(all).as("treatment priority answers").hasSize(1);
        return all.get(0);
    }

    private static List<String> criteria(List<Criterion> list) {
        return list.stream().map(Criterion::code).toList();
    }

    // ----------------------------------------------------------------------------------------------- notices

    @Then("the decision carries the notice {word}")
    public void notice(String code) {
        List<Notice> found = world.decision().notices().stream().filter(n -> n.code().equals(code)).toList();
        assertThat(found).as("notices %s among %s", code, noticeCodes()).isNotEmpty();
        world.notices = found;
    }

    @Then("the decision carries no notice {word}")
    public void noNotice(String code) {
        assertThat(noticeCodes()).as("notices").doesNotContain(code);
    }

    @Then("the decision carries no notices")
    public void noNotices() {
        assertThat(noticeCodes()).as("notices").isEmpty();
    }

    /** Holds when one of the notices the last notice step named says it. */
    @Then("the notice says {string}")
    public void noticeSays(String text) {
        assertThat(named().stream().map(Notice::message).toList())
                .as("the %s notices", named().get(0).code()).anyMatch(m -> m.contains(text));
    }

    @Then("the notice rests on {ids}")
    public void noticeRestsOn(List<String> ids) {
        assertThat(named().stream().map(Notice::ruleIds).toList())
                .as("rule IDs of the %s notices", named().get(0).code()).contains(ids);
    }

    private List<Notice> named() {
        if (world.notices == null) {
            throw new IllegalStateException("'the notice' refers to nothing: name it first with"
                    + " 'the decision carries the notice CODE'");
        }
        return world.notices;
    }

    @Then("the guidance check says {word}")
    public void guidance(String result) {
        // the binding guidance of the jurisdiction (not a contract's specification or an advisory report)
        java.util.Set<String> binding = new java.util.HashSet<>();
        world.decision().provenance().ruleSets().stream().filter(r -> "BINDING".equals(r.standing()))
                .forEach(r -> binding.add("GUIDANCE_APPLIES:" + r.id()));
        List<Assessment> found = world.decision().eligibility().stream()
                .filter(a -> a.code().startsWith("GUIDANCE_APPLIES") && (binding.contains(a.code())
                        || !a.code().contains(":") || a.result().equals("NOT_ENCODED"))).toList();
        assertThat(found).as("guidance answers").hasSize(1);
        assertThat(found.get(0).result()).as("guidance answer: %s", found.get(0).explanation()).isEqualTo(result);
    }

    // ----------------------------------------------------------------------------------------------- helpers

    @Then("for {word}, {action} by the end of {date}")
    public void instanceDueByEndOf(String instance, ActionPhrase phrase, LocalDate date) {
        RequiredAction a = find(phrase, instance);
        if (a.due().at() == null || !a.due().at().toInstant().equals(Prose.endOf(date).toInstant())) {
            fail("%s (%s) is due %s, not the end of %s", a.code(), instance, Prose.say(a.due().at()), Prose.say(date));
        }
    }

    @Then("that action's window runs from {moment} to {moment}")
    public void window(ZonedDateTime start, ZonedDateTime end) {
        RequiredAction a = world.action();
        assertThat(a.window()).as("window of %s", a.code()).isNotNull();
        assertThat(a.window().start().toInstant()).as("window start of %s", a.code()).isEqualTo(start.toInstant());
        assertThat(a.window().end().toInstant()).as("window end of %s", a.code()).isEqualTo(end.toInstant());
    }

    @Then("that action has seen {int} of the {int} needed")
    public void counted(int seen, int required) {
        RequiredAction a = world.action();
        assertThat(a.count()).as("count of %s", a.code()).isNotNull();
        assertThat(a.count().seen()).as("seen, %s", a.statusReason()).isEqualTo(seen);
        assertThat(a.count().required()).as("required").isEqualTo(required);
    }

    @Then("the decision lists {int} instances of that action: {ids}")
    public void instances(int n, List<String> keys) {
        List<String> found = byCode(world.action().code()).stream().map(RequiredAction::instance).toList();
        assertThat(found).as("instances of %s", world.action().code()).hasSize(n).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Then("no action is required for contract target {word}")
    public void noTargetAction(String key) {
        assertThat(world.decision().requiredActions()).as("actions for target %s", key)
                .noneMatch(a -> key.equals(a.instance()));
    }

    @Then("{action}, as a standing duty")
    public void standing(ActionPhrase phrase) {
        RequiredAction a = find(phrase);
        assertThat(a.due().kind()).as("due kind of %s", a.code()).isEqualTo(DueKind.STANDING);
        assertThat(a.status()).as("status of %s (%s)", a.code(), a.statusReason())
                .isEqualTo(org.throughcare.core.ActionStatus.STANDING);
    }

    @Then("for {word}, {action}, with no time set in the guidance")
    public void instanceUnspecified(String instance, ActionPhrase phrase) {
        RequiredAction a = find(phrase, instance);
        assertThat(a.due().kind()).as("due kind of %s", a.code()).isEqualTo(DueKind.UNSPECIFIED);
    }

    @Then("the next points are {ids}")
    public void nextPoints(List<String> points) {
        Routing r = world.decision().routing();
        assertThat(r.nextPoints().stream().map(n -> n.point()).toList()).as("next points (%s)", r.statement())
                .isEqualTo(points);
    }

    private RequiredAction find(ActionPhrase phrase) {
        return find(phrase, null);
    }

    private RequiredAction find(ActionPhrase phrase, String instance) {
        List<RequiredAction> found = byCode(phrase.code()).stream()
                .filter(a -> instance == null || instance.equals(a.instance())).toList();
        if (found.isEmpty()) {
            fail("the decision does not require that %s; it lists %s", phrase, codes());
        }
        if (found.size() > 1) {
            fail("the decision lists %s actions %s (triggered at %s): the scenario must tell them apart",
                    found.size(), phrase.code(), found.stream().map(a -> Prose.say(a.trigger().at())).toList());
        }
        RequiredAction a = found.get(0);
        assertThat(a.owner().agency()).as("%s: '%s' stands for the agency", a.code(), phrase.actor())
                .isEqualTo(phrase.agency());
        if (!"target:responsible".equals(phrase.roleHint())) {
            assertThat(a.owner().role()).as("%s: '%s' stands for the role", a.code(), phrase.actor())
                    .contains(phrase.roleHint());
        }
        assertThat(a.modality()).as("%s: the guidance's modal words are %s, so '%s' does not fit", a.code(),
                a.modalityText(), phrase.modal()).isEqualTo(phrase.modality());
        world.action = a;
        return a;
    }

    private List<RequiredAction> byCode(String code) {
        return world.decision().requiredActions().stream().filter(a -> a.code().equals(code)).toList();
    }

    private String codes() {
        Decision d = world.decision();
        return d.requiredActions().stream().map(a -> a.code() + "=" + a.status()).collect(Collectors.joining(", ", "[", "]"));
    }

    private List<String> noticeCodes() {
        return world.decision().notices().stream().map(Notice::code).toList();
    }

}
