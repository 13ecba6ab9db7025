package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.AlertForm;
import org.throughcare.core.CaseloadChange;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Side;
import org.throughcare.core.json.ThroughcareJson;

/**
 * Exits at court (England 2009 process points 10 to 14): the court production with the kind of court, the outcome as
 * the movement record shows it, the work of the court worker, the CJIT and the Substance Misuse Team around it, and
 * the Alert Form an action asks for (section 1.8 and Annex E).
 */
public class CourtSteps {
    private final CaseWorld world;

    public CourtSteps(CaseWorld world) {
        this.world = world;
    }

    // ----------------------------------------------------------------------------------------------- the production

    @Given("it became known at {moment} that the prisoner is due at {court}, where CJIT court workers are present")
    public void dueAtCourtWithWorkers(ZonedDateTime at, String court) {
        world.event(EventType.COURT_PRODUCTION_KNOWN, at,
                Map.of(EventAttribute.TO, court, EventAttribute.COURT_HAS_CJIT_WORKERS, true));
    }

    @Given("it became known at {moment} that the prisoner is due at {court}, where no CJIT court worker is present")
    public void dueAtCourtWithoutWorkers(ZonedDateTime at, String court) {
        world.event(EventType.COURT_PRODUCTION_KNOWN, at,
                Map.of(EventAttribute.TO, court, EventAttribute.COURT_HAS_CJIT_WORKERS, false));
    }

    @Given("it became known at {moment} that the court is outside the area of the prisoner's CJIT")
    public void outsideHomeArea(ZonedDateTime at) {
        world.event(EventType.COURT_OUTSIDE_HOME_CJIT_AREA, at);
    }

    @Given("the prisoner's custody status is sentenced")
    public void sentenced() {
        world.status = CustodyStatus.SENTENCED;
    }

    @Given("the movement record shows the prisoner released by the court at {moment}, with a CJIT court worker present")
    public void releasedWithWorker(ZonedDateTime at) {
        released(at, true);
    }

    @Given("the movement record shows the prisoner released by the court at {moment}, with no CJIT court worker present")
    public void releasedWithoutWorker(ZonedDateTime at) {
        released(at, false);
    }

    private void released(ZonedDateTime at, boolean worker) {
        world.status = CustodyStatus.RELEASED;
        world.event(EventType.RELEASED, at,
                Map.of(EventAttribute.PLACE, ReleasePlace.COURT, EventAttribute.CJIT_COURT_WORKER_PRESENT, worker));
    }

    // ----------------------------------------------------------------------------------------------- what was done

    @Given("the Substance Misuse Team gave the escort the clinical record and CARAT file at {moment}")
    public void filesToEscort(ZonedDateTime at) {
        world.event(EventType.COURT_ESCORT_GIVEN_FILES, at);
    }

    @Given("the Substance Misuse Team retrieved the CARAT files from the court escort at {moment}")
    public void filesFromEscort(ZonedDateTime at) {
        world.event(EventType.COURT_ESCORT_FILES_RETRIEVED, at);
    }

    @Given("a CJIT court worker saw the prisoner in the court cells at {moment}")
    public void sawInCells(ZonedDateTime at) {
        world.event(EventType.COURT_WORKER_SAW_PRISONER_IN_CELLS, at);
    }

    @Given("the court worker arranged an appointment at the local CJIT at {moment}")
    public void appointment(ZonedDateTime at) {
        world.event(EventType.COURT_WORKER_ARRANGED_APPOINTMENT, at);
    }

    @Given("the prisoner asked at {moment} to be picked up from court")
    public void pickUpRequested(ZonedDateTime at) {
        world.event(EventType.PICK_UP_REQUESTED, at);
    }

    @Given("a pick-up from court was arranged through the local CJIT at {moment}")
    public void pickUpArranged(ZonedDateTime at) {
        world.event(EventType.COURT_PICK_UP_ARRANGED, at);
    }

    @Given("the CJIT made contact with the client at {moment}")
    public void contact(ZonedDateTime at) {
        world.event(EventType.CJIT_MADE_CONTACT_AFTER_COURT_RELEASE, at);
    }

    @Given("the CJIT asked the prison's Substance Misuse Team for information on the client at {moment}")
    public void askedPrison(ZonedDateTime at) {
        world.event(EventType.CJIT_REQUESTED_PRISON_INFORMATION, at);
    }

    @Given("the Substance Misuse Team encouraged the prisoner at {moment} to contact their local CJIT if released")
    public void encouraged(ZonedDateTime at) {
        world.event(EventType.SMT_ENCOURAGED_CJIT_CONTACT, at);
    }

    @Given("the home CJIT contacted the CJIT where the court is at {moment}")
    public void homeCjitContacted(ZonedDateTime at) {
        world.event(EventType.HOME_CJIT_CONTACTED_COURT_AREA_CJIT, at);
    }

    @Given("the Substance Misuse Team established at {moment} that the prisoner did not return from court")
    public void nonReturn(ZonedDateTime at) {
        world.event(EventType.NON_RETURN_FROM_COURT_ESTABLISHED, at);
    }

    @Given("the Substance Misuse Team closed its caseload and sent an Activity Form at {moment}")
    public void smtClosed(ZonedDateTime at) {
        world.event(EventType.ACTIVITY_FORM_SENT, at,
                Map.of(EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM, EventAttribute.CASELOAD, CaseloadChange.CLOSED));
    }

    @Given("the prisoner's date of birth is {date}")
    public void born(LocalDate date) {
        world.dateOfBirth = date;
    }

    // ----------------------------------------------------------------------------------------------- the Alert Form

    private AlertForm form() {
        RequiredAction a = world.action();
        assertThat(a.alertForm()).as("the Alert Form of %s", a.code()).isNotNull();
        return a.alertForm();
    }

    @Then("its Alert Form ticks box {int}, {string}")
    public void box(int box, String label) {
        assertThat(form().box()).isEqualTo(box);
        assertThat(form().boxLabel()).isEqualTo(label);
        assertThat(world.action().instance()).as("the instance is the box").isEqualTo(form().change());
    }

    @Then("the Alert Form goes from {string} to {string}")
    public void fromTo(String from, String to) {
        assertThat(form().from()).isEqualTo(from);
        assertThat(form().to()).isEqualTo(to);
    }

    @Then("the Alert Form is {string}")
    public void telephone(String words) {
        assertThat(form().telephone()).isEqualTo(words);
    }

    @Then("the Alert Form fills {string} with {string}")
    public void filled(String field, String value) {
        assertThat(form().filled()).contains(new AlertForm.Field(field, value));
    }

    @Then("the Alert Form leaves these fields for the sender:")
    public void left(List<String> fields) {
        assertThat(form().leftForSender()).containsAll(fields);
    }

    @Then("the Alert Form leaves {string} for the sender")
    public void leftOne(String field) {
        assertThat(form().leftForSender()).contains(field);
    }

    @Then("the decision's JSON holds no date of birth")
    public void noDateOfBirth() {
        String json = ThroughcareJson.writeDecision(world.decision());
        assertThat(world.dateOfBirth).as("the scenario states a date of birth").isNotNull();
        assertThat(json).doesNotContain(world.dateOfBirth.toString());
    }

    @Then("the decision has no Alert Form for {word}")
    public void noAlertFor(String code) {
        assertThat(world.decision().requiredActions()).filteredOn(a -> a.code().equals(code))
                .allSatisfy(a -> assertThat(a.alertForm()).isNull());
    }
}
