package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.PlannedDate;
import org.throughcare.core.RequiredAction;

/** The Givens and Thens of pre-release planning (process point 7): release dates, release-plan meetings, anchors. */
public class ReleaseSteps {
    private final CaseWorld world;

    public ReleaseSteps(CaseWorld world) {
        this.world = world;
    }

    @Given("the prisoner's expected release date is {date}")
    public void expectedRelease(LocalDate date) {
        world.planned = world.planned.with(PlannedDate.EXPECTED_RELEASE, date);
    }

    @Given("the prisoner's release on Home Detention Curfew has been approved for {date}")
    public void approvedHdc(LocalDate date) {
        world.planned = world.planned.with(PlannedDate.APPROVED_HDC_RELEASE, date);
    }

    @Given("the prisoner's release on End of Custody Licence has been approved for {date}")
    public void approvedEcl(LocalDate date) {
        world.planned = world.planned.with(PlannedDate.APPROVED_ECL_RELEASE, date);
    }

    @Given("the Substance Misuse Team learnt the prisoner's release date at {moment}")
    public void releaseDateKnown(ZonedDateTime at) {
        world.event(EventType.RELEASE_DATE_KNOWN, at);
    }

    @Given("a release-plan meeting at {moment} agreed the release plan")
    public void planAgreed(ZonedDateTime at) {
        world.event(EventType.RELEASE_PLAN_MEETING, at, Map.of(EventAttribute.PLAN_AGREED, true));
    }

    @Given("a release-plan meeting at {moment} did not agree the release plan")
    public void planNotAgreed(ZonedDateTime at) {
        world.event(EventType.RELEASE_PLAN_MEETING, at, Map.of(EventAttribute.PLAN_AGREED, false));
    }

    @Then("the due time is counted back from {string}, {date}")
    public void anchoredOn(String what, LocalDate date) {
        RequiredAction a = world.action();
        assertThat(a.anchor()).as("anchor of %s", a.code()).isNotNull();
        assertThat(a.anchor().description()).as("what %s is counted from", a.code()).isEqualTo(what);
        assertThat(a.anchor().date()).as("the date %s is counted from", a.code()).isEqualTo(date);
    }

    @Then("it is due at short notice, before release")
    public void shortNotice() {
        RequiredAction a = world.action();
        assertThat(a.anchor()).as("anchor of %s", a.code()).isNotNull();
        assertThat(a.anchor().shortNotice()).as("short notice of %s (%s)", a.code(), a.due()).isTrue();
    }

    @Then("it is not due at short notice")
    public void notShortNotice() {
        RequiredAction a = world.action();
        assertThat(a.anchor()).as("anchor of %s", a.code()).isNotNull();
        assertThat(a.anchor().shortNotice()).as("short notice of %s", a.code()).isFalse();
    }
}
