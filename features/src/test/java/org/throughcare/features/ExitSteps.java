package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Assessment;
import org.throughcare.core.CaseloadChange;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Side;
import org.throughcare.core.TriState;

/**
 * The Givens and Thens of the exits from prison of England 2009 (Part 4, process points 8 and 9) and of the Activity
 * Form, in the guidance's words: the sending team's preparations for a transfer, fitness for transfer, the pick-up at
 * the prison gate and its priority, the release at the gate, contact after release, and Activity Forms by each side.
 */
public class ExitSteps {
    private final CaseWorld world;

    public ExitSteps(CaseWorld world) {
        this.world = world;
    }

    // ----------------------------------------------------------------------------------------------- process point 8

    @Given("the Substance Misuse Team brought the clinical record up to date with the current prescription at {moment}")
    public void clinicalRecord(ZonedDateTime at) {
        world.event(EventType.CLINICAL_RECORD_UPDATED_FOR_TRANSFER, at);
    }

    @Given("the Transfer Plan was completed at {moment}")
    public void transferPlan(ZonedDateTime at) {
        world.event(EventType.TRANSFER_PLAN_COMPLETED, at);
    }

    @Given("the CARAT file went with the clinical file and the prisoner through the escort service at {moment}")
    public void caratFileWithPrisoner(ZonedDateTime at) {
        world.event(EventType.CARAT_FILE_SENT_WITH_PRISONER, at);
    }

    @Given("the DIR was put in the CARAT file at {moment}")
    public void dirInFile(ZonedDateTime at) {
        world.event(EventType.DIR_INCLUDED_IN_CARAT_FILE, at);
    }

    @Given("at {moment} the prisoner was found fit for transfer under the clinical transfer protocol")
    public void fit(ZonedDateTime at) {
        world.determinations.set("fitForTransfer", Determination.of(TriState.YES, at));
    }

    @Given("at {moment} the prisoner was found not fit for transfer under the clinical transfer protocol")
    public void notFit(ZonedDateTime at) {
        world.determinations.set("fitForTransfer", Determination.of(TriState.NO, at));
    }

    // ----------------------------------------------------------------------------------------------- process point 9

    @Given("the prisoner asked at {moment} to be picked up at the prison gate on release")
    public void pickUpRequested(ZonedDateTime at) {
        world.event(EventType.PICK_UP_REQUESTED, at);
    }

    @Given("at {moment} the CJIT and the Substance Misuse Team judged the prisoner at greater risk of re-offending or relapse on release")
    public void greaterRisk(ZonedDateTime at) {
        world.determinations.set("greaterRiskOnRelease", Determination.of(TriState.YES, at));
    }

    @Given("at {moment} the CJIT and the Substance Misuse Team judged the prisoner not at greater risk of re-offending or relapse on release")
    public void notGreaterRisk(ZonedDateTime at) {
        world.determinations.set("greaterRiskOnRelease", Determination.of(TriState.NO, at));
    }

    @Given("at {moment} the CJIT found personal-safety concerns about a pick-up at the gate")
    public void safetyConcerns(ZonedDateTime at) {
        world.determinations.set("personalSafetyConcerns", Determination.of(TriState.YES, at));
    }

    @Given("at {moment} the CJIT found no personal-safety concerns about a pick-up at the gate")
    public void noSafetyConcerns(ZonedDateTime at) {
        world.determinations.set("personalSafetyConcerns", Determination.of(TriState.NO, at));
    }

    @Given("the prisoner was released at the prison gate at {moment}")
    public void releasedAtGate(ZonedDateTime at) {
        world.status = CustodyStatus.RELEASED;
        world.event(EventType.RELEASED, at, Map.of(EventAttribute.PLACE, ReleasePlace.GATE));
    }

    @Given("the CJIT met the prisoner at the prison gate at {moment}")
    public void met(ZonedDateTime at) {
        world.event(EventType.PICK_UP_OUTCOME, at, Map.of(EventAttribute.MET, true));
    }

    @Given("the CJIT did not meet the prisoner at the prison gate at {moment}")
    public void notMet(ZonedDateTime at) {
        world.event(EventType.PICK_UP_OUTCOME, at, Map.of(EventAttribute.MET, false));
    }

    @Given("the CJIT saw the client face to face at {moment}")
    public void contact(ZonedDateTime at) {
        world.event(EventType.CONTACT, at, Map.of(EventAttribute.FACE_TO_FACE, true));
    }

    // ----------------------------------------------------------------------------------------------- Activity Forms

    @Given("the Substance Misuse Team sent the Data Team an Activity Form at {moment} closing its case")
    public void smtClosed(ZonedDateTime at) {
        activityForm(at, Side.SUBSTANCE_MISUSE_TEAM, CaseloadChange.CLOSED);
    }

    @Given("the CJIT sent the Data Team an Activity Form at {moment} taking the client on")
    public void cjitTookOn(ZonedDateTime at) {
        activityForm(at, Side.CJIT, CaseloadChange.TAKEN_ON);
    }

    private void activityForm(ZonedDateTime at, Side by, CaseloadChange caseload) {
        world.event(EventType.ACTIVITY_FORM_SENT, at, Map.of(EventAttribute.BY, by, EventAttribute.CASELOAD, caseload));
    }

    // ----------------------------------------------------------------------------------------------- Thens

    @Then("{action}, with no due time until the day of transfer is recorded")
    public void noDueYet(ActionPhrase phrase) {
        RequiredAction a = only(phrase);
        assertThat(a.due().at()).as("due time of %s (%s)", a.code(), a.due().text()).isNull();
    }

    @Then("{action}, with no due time until the day the prisoner goes to court is recorded")
    public void noDueBeforeCourt(ActionPhrase phrase) {
        noDueYet(phrase);
    }

    @Then("the journey has ended: the person has left custody")
    public void leftCustody() {
        org.throughcare.core.Routing r = world.decision().routing();
        assertThat(r.currentPoint()).as("current point (%s)", r.statement()).isEqualTo("LEFT_CUSTODY");
        assertThat(r.nextPoints()).as("next points (%s)", r.statement()).isEmpty();
    }

    @Then("the gate pick-up priority is {word}")
    public void pickUpPriority(String result) {
        List<Assessment> all = world.decision().priorities().stream()
                .filter(a -> a.code().equals("ENG_COC_GATE_PICK_UP_PRIORITY")).toList();
        assertThat(all).as("gate pick-up priority answers").hasSize(1);
        Assessment p = all.get(0);
        assertThat(p.result()).withFailMessage("gate pick-up priority is %s, not %s: %s", p.result(), result,
                p.explanation()).isEqualTo(result);
        world.priority = p;
    }

    @Then("no gate pick-up priority is given")
    public void noPickUpPriority() {
        assertThat(world.decision().priorities()).as("priorities")
                .noneMatch(a -> a.code().equals("ENG_COC_GATE_PICK_UP_PRIORITY"));
    }

    private RequiredAction only(ActionPhrase phrase) {
        List<RequiredAction> found = world.decision().requiredActions().stream()
                .filter(a -> a.code().equals(phrase.code())).toList();
        assertThat(found).as("actions %s", phrase.code()).hasSize(1);
        RequiredAction a = found.get(0);
        assertThat(a.modality()).as("modality of %s", a.code()).isEqualTo(phrase.modality());
        world.action = a;
        return a;
    }
}
