package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.AlertChange;
import org.throughcare.core.Assessment;
import org.throughcare.core.CaseloadChange;
import org.throughcare.core.Criterion;
import org.throughcare.core.Determination;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.EvidenceSource;
import org.throughcare.core.NextPoint;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Routing;
import org.throughcare.core.Side;
import org.throughcare.core.TriState;

/**
 * The Givens and Thens of entry into prison from the community (England 2009 process points 3 and 4) and of the DIR:
 * the evidence of PPO status and problematic drug misuse, contact with the CJIT, the DIR received or raised, the
 * first five days, and the process point 3 answer.
 */
public class EntrySteps {
    private final CaseWorld world;

    public EntrySteps(CaseWorld world) {
        this.world = world;
    }

    // ------------------------------------------------------------------------------------ process point 3: evidence

    @Given("the prisoner said at {moment} that they are a PPO")
    public void selfIdentified(ZonedDateTime at) {
        world.determinations.set("ppoSelfIdentified", Determination.of(TriState.YES, at));
    }

    @Given("LIDS, checked at {moment}, flags the prisoner as a PPO")
    public void lidsFlag(ZonedDateTime at) {
        world.determinations.set("ppoFlaggedOnLids", Determination.of(TriState.YES, at));
    }

    @Given("LIDS, checked at {moment}, does not flag the prisoner as a PPO")
    public void lidsNoFlag(ZonedDateTime at) {
        world.determinations.set("ppoFlaggedOnLids", Determination.of(TriState.NO, at));
    }

    @Given("the Prisoner Escort Record seen at {moment} carries a PPO stamp")
    public void perStamp(ZonedDateTime at) {
        evidence(EvidenceSource.PER_PPO_STAMP, at);
    }

    @Given("the PPO Liaison Point notified the Substance Misuse Team at {moment} of the PPO's arrival")
    public void liaisonPoint(ZonedDateTime at) {
        evidence(EvidenceSource.PPO_LIAISON_POINT, at);
    }

    @Given("the warrant seen at {moment} shows problematic drug misuse")
    public void warrant(ZonedDateTime at) {
        evidence(EvidenceSource.WARRANT, at);
    }

    @Given("a clinical drug test at {moment} showed drug use")
    public void drugTest(ZonedDateTime at) {
        evidence(EvidenceSource.CLINICAL_DRUG_TEST, at);
    }

    @Given("the prisoner said at {moment} that they misuse drugs")
    public void reported(ZonedDateTime at) {
        evidence(EvidenceSource.PRISONER_REPORTED_DRUG_MISUSE, at);
    }

    @Given("the prisoner, asked at {moment}, denied being a PPO or a problematic drug misuser")
    public void denied(ZonedDateTime at) {
        evidence(EvidenceSource.PRISONER_DENIED, at);
    }

    @Given("the Substance Misuse Team told the PPO Liaison Point at {moment}")
    public void toldLiaisonPoint(ZonedDateTime at) {
        world.event(EventType.PPO_LIAISON_POINT_INFORMED, at);
    }

    @Given("the PPO Liaison Point confirmed at {moment} that the prisoner is a PPO")
    public void confirmed(ZonedDateTime at) {
        world.determinations.set("ppo", Determination.of(TriState.YES, at));
    }

    @Given("the PPO Liaison Point found at {moment} that the prisoner is not a PPO")
    public void notConfirmed(ZonedDateTime at) {
        world.determinations.set("ppo", Determination.of(TriState.NO, at));
    }

    private void evidence(EvidenceSource source, ZonedDateTime at) {
        world.event(EventType.PPO_OR_DRUG_MISUSE_EVIDENCE, at, Map.of(EventAttribute.EVIDENCE, source));
    }

    // ------------------------------------------------------------------------------------ process point 4: the CJIT

    @Given("the prisoner said at {moment} that they are in contact with their CJIT")
    public void inContactWithCjit(ZonedDateTime at) {
        world.determinations.set("inContactWithCjit", Determination.of(TriState.YES, at));
    }

    @Given("the prisoner said at {moment} that they do not know whether they are in contact with a CJIT")
    public void doesNotKnowCjit(ZonedDateTime at) {
        // "are not sure" / "do not know": process point 4 treats "no" and "don't know" alike (recorded as no).
        world.determinations.set("inContactWithCjit", Determination.of(TriState.NO, at));
    }

    @Given("the prisoner said at {moment} that they are not in contact with a CJIT")
    public void notInContact(ZonedDateTime at) {
        world.determinations.set("inContactWithCjit", Determination.of(TriState.NO, at));
    }

    @Given("the Substance Misuse Team asked the CJIT for the DIR at {moment}")
    public void askedCjit(ZonedDateTime at) {
        world.event(EventType.SMT_CONTACTED_CJIT_FOR_DIR, at);
    }

    @Given("the Substance Misuse Team checked at {moment} whether a CJIT had been in touch")
    public void checkedCjit(ZonedDateTime at) {
        world.event(EventType.CJIT_CONTACT_CHECKED, at);
    }

    // ------------------------------------------------------------------------------------ the DIR

    @Given("the DIR on file was completed on {date}")
    public void dirCompletedOn(LocalDate date) {
        world.dirCompletedOn = date;
    }

    @Given("the Substance Misuse Team opened a new DIR at {moment}")
    public void dirRaised(ZonedDateTime at) {
        world.event(EventType.DIR_RAISED_BY_PRISON, at);
        world.dirCompletedOn = at.toLocalDate();
    }

    @Given("the Substance Misuse Team sent the CJIT a copy of the DIR at {moment}")
    public void dirCopy(ZonedDateTime at) {
        world.event(EventType.DIR_COPY_SENT_TO_CJIT, at);
    }

    @Given("the worker and the prisoner signed the consent form attached to the DIR at {moment}")
    public void consentFormSigned(ZonedDateTime at) {
        world.event(EventType.DIR_CONSENT_FORM_SIGNED, at);
    }

    @Given("CARATs marked the CARAT file DIP at {moment}")
    public void markedDip(ZonedDateTime at) {
        world.event(EventType.CARAT_FILE_MARKED_DIP, at);
    }

    @Given("the Substance Misuse Team sent the CJIT an Alert Form at {moment} saying the prisoner is on its caseload")
    public void alertCaseload(ZonedDateTime at) {
        alert(AlertChange.OTHER, at);
    }

    @Given("the Substance Misuse Team sent the CJIT an Alert Form at {moment} about the transfer")
    public void alertTransfer(ZonedDateTime at) {
        alert(AlertChange.PRISON, at);
    }

    private void alert(AlertChange change, ZonedDateTime at) {
        world.event(EventType.ALERT_FORM_SENT, at,
                Map.of(EventAttribute.CHANGE, change, EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM));
    }

    // ------------------------------------------------------------------------------------ the first five days

    @Given("a CARAT key worker was appointed at {moment}")
    public void keyWorker(ZonedDateTime at) {
        world.event(EventType.CARAT_KEY_WORKER_APPOINTED, at);
    }

    @Given("the SMTA was completed and recorded in the DIR at {moment}")
    public void smta(ZonedDateTime at) {
        world.event(EventType.SMTA_COMPLETED, at);
    }

    @Given("the CSMA and care plan were completed at {moment}")
    public void csma(ZonedDateTime at) {
        world.event(EventType.CSMA_AND_CARE_PLAN_COMPLETED, at);
    }

    @Given("the prisoner refused to engage with CARATs at {moment}")
    public void refused(ZonedDateTime at) {
        world.event(EventType.REFUSED_TO_ENGAGE_WITH_CARATS, at);
    }

    @Given("a clinical lead took the role of key worker at {moment}")
    public void clinicalLead(ZonedDateTime at) {
        world.event(EventType.CLINICAL_LEAD_TOOK_KEY_WORKER_ROLE, at);
    }

    @Given("the Substance Misuse Team sent the Data Team an Activity Form at {moment} taking the case on")
    public void activityForm(ZonedDateTime at) {
        world.event(EventType.ACTIVITY_FORM_SENT, at,
                Map.of(EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM, EventAttribute.CASELOAD, CaseloadChange.TAKEN_ON));
    }

    // ------------------------------------------------------------------------------------ Thens

    @Then("the process point 3 answer is {word}")
    public void pp3Answer(String result) {
        assertThat(pp3().result()).as("process point 3 answer (%s)", pp3().explanation()).isEqualTo(result);
    }

    @Then("no process point 3 answer is given")
    public void noPp3Answer() {
        assertThat(world.decision().eligibility()).extracting(Assessment::code).doesNotContain("ENG_COC_PP3");
    }

    @Then("the process point 3 answer says {string}")
    public void pp3Says(String text) {
        assertThat(pp3().explanation()).contains(text);
    }

    @Then("the process point 3 criteria met are {ids}")
    public void pp3Met(List<String> codes) {
        assertThat(pp3().criteriaMet()).extracting(Criterion::code).containsExactlyElementsOf(codes);
    }

    @Then("the process point 3 criteria not yet determined are {ids}")
    public void pp3Undetermined(List<String> codes) {
        assertThat(pp3().criteriaUndetermined()).extracting(Criterion::code).containsExactlyElementsOf(codes);
    }

    @Then("the process point 3 answer rests on {ids}")
    public void pp3RestsOn(List<String> ids) {
        assertThat(pp3().ruleIds()).containsAll(ids);
    }

    @Then("this guidance asks nothing further")
    public void nothingFurther() {
        Routing r = world.decision().routing();
        assertThat(r.currentPoint()).as("current point (%s)", r.statement()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(r.nextPoint()).as("next point (%s)", r.statement()).isNull();
        assertThat(r.statement()).contains("this guidance asks nothing further");
    }

    @Then("the next point is process point 4 or no further action under this guidance")
    public void pp4OrNothing() {
        Routing r = world.decision().routing();
        assertThat(r.currentPoint()).as("current point (%s)", r.statement()).isEqualTo("PP3");
        assertThat(r.nextPoints()).extracting(NextPoint::point).as("next points (%s)", r.statement())
                .containsExactly("PP4", "NO_FURTHER_ACTION");
    }

    @Then("the due time is counted from {string}, {date}")
    public void countedFrom(String what, LocalDate date) {
        RequiredAction a = world.action();
        assertThat(a.anchor()).as("anchor of %s", a.code()).isNotNull();
        assertThat(a.anchor().description()).isEqualTo(what);
        assertThat(a.anchor().date()).isEqualTo(date);
    }

    private Assessment pp3() {
        return world.decision().eligibility().stream().filter(a -> a.code().equals("ENG_COC_PP3")).findFirst()
                .orElseThrow(() -> new AssertionError("no process point 3 answer in " + world.decision().eligibility()));
    }
}
