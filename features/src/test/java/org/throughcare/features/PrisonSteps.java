package org.throughcare.features;

import io.cucumber.java.en.Given;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.throughcare.core.AlertChange;
import org.throughcare.core.CaseloadChange;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.MeetingMeans;
import org.throughcare.core.PlannedDate;
import org.throughcare.core.Side;

/**
 * The Givens of process points 5 to 7 and Annex A, in the guidance's words: changes of circumstance, Alert Forms and
 * their telephone follow-ups, release-plan changes by each side, the exit that is known, and the consent duties.
 */
public class PrisonSteps {
    private final CaseWorld world;

    public PrisonSteps(CaseWorld world) {
        this.world = world;
    }

    @Given("the Substance Misuse Team told the CJIT the expected release date at {moment}")
    public void toldReleaseDate(ZonedDateTime at) {
        world.event(EventType.CJIT_TOLD_RELEASE_DATE, at);
    }

    @Given("at {moment} the prisoner's circumstances changed: {word}")
    public void changed(ZonedDateTime at, String change) {
        world.event(EventType.CIRCUMSTANCES_CHANGED, at, Map.of(EventAttribute.CHANGE, AlertChange.valueOf(change)));
    }

    @Given("CARATs sent the CJIT an Alert Form at {moment} ticking {word}")
    public void smtAlert(ZonedDateTime at, String change) {
        alert(at, change, Side.SUBSTANCE_MISUSE_TEAM);
    }

    @Given("the CJIT sent the Substance Misuse Team an Alert Form at {moment} ticking {word}")
    public void cjitAlert(ZonedDateTime at, String change) {
        alert(at, change, Side.CJIT);
    }

    private void alert(ZonedDateTime at, String change, Side by) {
        world.event(EventType.ALERT_FORM_SENT, at,
                Map.of(EventAttribute.CHANGE, AlertChange.valueOf(change), EventAttribute.BY, by));
    }

    @Given("CARATs followed up their Alert Form by telephone at {moment}")
    public void smtPhone(ZonedDateTime at) {
        world.event(EventType.ALERT_PHONE_FOLLOW_UP, at, Map.of(EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM));
    }

    @Given("the CJIT followed up its Alert Form by telephone at {moment}")
    public void cjitPhone(ZonedDateTime at) {
        world.event(EventType.ALERT_PHONE_FOLLOW_UP, at, Map.of(EventAttribute.BY, Side.CJIT));
    }

    @Given("the Substance Misuse Team changed the release plan at {moment}")
    public void smtChanged(ZonedDateTime at) {
        world.event(EventType.RELEASE_PLAN_CHANGED, at, Map.of(EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM));
    }

    @Given("the CJIT changed the release plan at {moment}")
    public void cjitChanged(ZonedDateTime at) {
        world.event(EventType.RELEASE_PLAN_CHANGED, at, Map.of(EventAttribute.BY, Side.CJIT));
    }

    @Given("a release-plan meeting held {meetingMeans} at {moment} agreed the release plan")
    public void meeting(MeetingMeans means, ZonedDateTime at) {
        world.event(EventType.RELEASE_PLAN_MEETING, at,
                Map.of(EventAttribute.MEANS, means, EventAttribute.PLAN_AGREED, true));
    }

    @Given("it became known at {moment} that the prisoner is to be transferred to another prison")
    public void transferKnown(ZonedDateTime at) {
        world.event(EventType.TRANSFER_KNOWN, at);
    }

    @Given("it became known at {moment} that the prisoner is due at court")
    public void courtKnown(ZonedDateTime at) {
        world.event(EventType.COURT_PRODUCTION_KNOWN, at);
    }

    @Given("the CJIT nominated a case worker for the release at {moment}")
    public void caseWorker(ZonedDateTime at) {
        world.event(EventType.CJIT_CASE_WORKER_NOMINATED, at);
    }

    @Given("the CJIT took the prisoner onto its caseload at {moment}")
    public void cjitCaseload(ZonedDateTime at) {
        world.event(EventType.ACTIVITY_FORM_SENT, at,
                Map.of(EventAttribute.BY, Side.CJIT, EventAttribute.CASELOAD, CaseloadChange.TAKEN_ON));
    }

    @Given("the prisoner's End of Custody Licence date is {date}")
    public void eclDate(LocalDate date) {
        world.planned = world.planned.with(PlannedDate.END_OF_CUSTODY_LICENCE, date);
    }

    @Given("the worker explained to the client at {moment} how information is used and when it may be shared")
    public void explained(ZonedDateTime at) {
        world.event(EventType.INFORMATION_SHARING_EXPLAINED, at);
    }

    @Given("the worker told the client at {moment} that treatment or support may be delayed")
    public void advised(ZonedDateTime at) {
        world.event(EventType.CLIENT_ADVISED_OF_POSSIBLE_DELAY, at);
    }

    @Given("CARATs told the other prison departments at {moment} that the prisoner agreed to sharing")
    public void departments(ZonedDateTime at) {
        world.event(EventType.PRISON_DEPARTMENTS_TOLD_OF_CONSENT, at);
    }
}
