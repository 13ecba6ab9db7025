package org.throughcare.features;

import io.cucumber.java.Scenario;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.TriState;

/**
 * The Givens, written like case notes: each states one fact or one dated event exactly, and the one shared action,
 * "When the engine evaluates the case".
 */
public class CaseSteps {
    private final CaseWorld world;
    private String scenarioId = "feature-scenario";

    public CaseSteps(CaseWorld world) {
        this.world = world;
    }

    @Before
    public void name(Scenario scenario) {
        // A pseudonymous snapshot id made from the feature file and line: never a name.
        String uri = scenario.getUri().toString();
        String file = uri.substring(uri.lastIndexOf('/') + 1).replace(".feature", "");
        scenarioId = file + ":" + scenario.getLine();
    }

    // ----------------------------------------------------------------------------------------------- setting

    @Given("the prison is in England")
    public void england() {
        world.jurisdiction = Jurisdiction.ENGLAND;
    }

    @Given("the prison is in Scotland")
    public void scotland() {
        world.jurisdiction = Jurisdiction.SCOTLAND;
    }

    @Given("the prison is in Wales")
    public void wales() {
        world.jurisdiction = Jurisdiction.WALES;
    }

    @Given("the interpretation setting {word} is {word}")
    public void setting(String name, String value) {
        world.settings = world.settings.with(name, value);
    }

    @Given("it is {moment}")
    public void itIs(ZonedDateTime at) {
        world.asOf = at;
    }

    // ----------------------------------------------------------------------------------------------- Part 1

    @Given("the offender was referred into the Drug Interventions Programme at {moment}")
    public void dipReferral(ZonedDateTime at) {
        world.event(EventType.DIP_REFERRAL, at);
    }

    @Given("the CJIT completed the DIR at {moment}")
    public void dirCompleted(ZonedDateTime at) {
        world.event(EventType.DIR_COMPLETED, at);
        world.dirCompletedOn = at.toLocalDate();
    }

    @Given("the court {custodyVerb} the offender to custody at {moment}")
    public void court(String verb, ZonedDateTime at) {
        world.status = verb.equals("sentenced") ? CustodyStatus.SENTENCED : CustodyStatus.REMAND;
        world.event(EventType.COURT_REMAND_OR_SENTENCE, at);
    }

    @Given("the CJIT learns at {moment} that the offender has been {custodyVerb} to {prison}")
    public void cjitAware(ZonedDateTime at, String verb, String prison) {
        world.status = verb.equals("sentenced") ? CustodyStatus.SENTENCED : CustodyStatus.REMAND;
        world.establishment = prison;
        world.event(EventType.CJIT_AWARE_OF_DESTINATION, at);
    }

    @Given("the CJIT sent the DIR to the prison's Substance Misuse Team at {moment}")
    public void dirSent(ZonedDateTime at) {
        world.event(EventType.DIR_SENT_TO_PRISON, at);
    }

    @Given("the CJIT phoned the Substance Misuse Team at {moment}")
    public void phoned(ZonedDateTime at) {
        world.event(EventType.CJIT_PHONE_FOLLOW_UP, at);
    }

    @Given("the offender is on the CJIT's caseload")
    public void onCaseload() {
        world.determinations.set("inContactWithCjit", Determination.of(TriState.YES, null));
    }

    @Given("the CJIT closed its case and sent an Activity Form at {moment}")
    public void caseClosed(ZonedDateTime at) {
        world.event(EventType.CJIT_CASE_CLOSED, at);
    }

    // ----------------------------------------------------------------------------------------------- reception

    @Given("the prisoner was received into {prison} at {moment}")
    public void received(String prison, ZonedDateTime at) {
        world.establishment = prison;
        world.receptionAt = at;
    }

    @Given("reception established at {moment} that the prisoner came {origin}")
    public void origin(ZonedDateTime at, Origin origin) {
        world.origin = origin;
        world.originEstablishedAt = at;
    }

    @Given("reception found at {moment} that the prisoner is a problematic drug misuser")
    public void pdu(ZonedDateTime at) {
        world.determinations.set("problematicDrugUse", Determination.of(TriState.YES, at));
    }

    @Given("reception found at {moment} that the prisoner is not a problematic drug misuser")
    public void notPdu(ZonedDateTime at) {
        world.determinations.set("problematicDrugUse", Determination.of(TriState.NO, at));
    }

    @Given("reception found at {moment} that the prisoner is a PPO")
    public void ppo(ZonedDateTime at) {
        world.determinations.set("ppo", Determination.of(TriState.YES, at));
    }

    @Given("reception found at {moment} that the prisoner is not a PPO")
    public void notPpo(ZonedDateTime at) {
        world.determinations.set("ppo", Determination.of(TriState.NO, at));
    }

    @Given("the prisoner said at {moment} that they were in contact with the Substance Misuse Team at the previous prison")
    public void inContact(ZonedDateTime at) {
        world.determinations.set("inContactWithPreviousPrisonTeam", Determination.of(TriState.YES, at));
    }

    @Given("the prisoner said at {moment} that they were not in contact with the Substance Misuse Team at the previous prison")
    public void notInContact(ZonedDateTime at) {
        world.determinations.set("inContactWithPreviousPrisonTeam", Determination.of(TriState.NO, at));
    }

    @Given("the prisoner was stable at the initial reception health screen at {moment}")
    public void stable(ZonedDateTime at) {
        world.determinations.set("stableAtReceptionScreen", Determination.of(TriState.YES, at));
    }

    @Given("the prisoner was not stable at the initial reception health screen at {moment}")
    public void unstable(ZonedDateTime at) {
        world.determinations.set("stableAtReceptionScreen", Determination.of(TriState.NO, at));
    }

    @Given("the clinical needs assessment was completed at {moment}")
    public void assessed(ZonedDateTime at) {
        world.event(EventType.CLINICAL_ASSESSMENT_COMPLETED, at);
    }

    @Given("the clinical needs assessment completed at {moment} found a substance misuse need")
    public void assessedWithNeed(ZonedDateTime at) {
        world.event(EventType.CLINICAL_ASSESSMENT_COMPLETED, at);
        world.determinations.set("substanceMisuseNeed", Determination.of(TriState.YES, at));
    }

    @Given("the clinical needs assessment completed at {moment} found no substance misuse need")
    public void assessedWithoutNeed(ZonedDateTime at) {
        world.event(EventType.CLINICAL_ASSESSMENT_COMPLETED, at);
        world.determinations.set("substanceMisuseNeed", Determination.of(TriState.NO, at));
    }

    @Given("the prison received the DIR at {moment}")
    public void dirReceived(ZonedDateTime at) {
        world.event(EventType.DIR_RECEIVED_BY_PRISON, at);
    }

    @Given("the Substance Misuse Team contacted the CJIT about the missing DIR at {moment}")
    public void contactedCjit(ZonedDateTime at) {
        world.event(EventType.SMT_CONTACTED_CJIT_FOR_DIR, at);
    }

    @Given("at {moment} the answer to \"is the prisoner a PPO?\" is {answer}")
    public void ppoAnswer(ZonedDateTime at, TriState answer) {
        world.determinations.set("ppo", answer(answer, at));
    }

    @Given("at {moment} the answer to \"is the prisoner a problematic drug misuser?\" is {answer}")
    public void pduAnswer(ZonedDateTime at, TriState answer) {
        world.determinations.set("problematicDrugUse", answer(answer, at));
    }

    @Given("at {moment} the answer to \"did the clinical assessment find a substance misuse need?\" is {answer}")
    public void needAnswer(ZonedDateTime at, TriState answer) {
        world.determinations.set("substanceMisuseNeed", answer(answer, at));
    }

    private static Determination answer(TriState answer, ZonedDateTime at) {
        return answer == TriState.NOT_DETERMINED ? Determination.notDetermined() : Determination.of(answer, at);
    }

    // ----------------------------------------------------------------------------------------------- transfer

    @Given("the clinical and CARAT files were taken from the escort documents at {moment}")
    public void filesRetrieved(ZonedDateTime at) {
        world.event(EventType.ESCORT_FILES_RETRIEVED, at);
    }

    @Given("reception found at {moment} that the CARAT file was not with the escort documents")
    public void caratFileMissing(ZonedDateTime at) {
        world.event(EventType.CARAT_FILE_MISSING, at);
    }

    @Given("the receiving CARAT team asked the sending team for the CARAT file at {moment}")
    public void caratFileRequested(ZonedDateTime at) {
        world.event(EventType.CARAT_FILE_REQUESTED, at);
    }

    @Given("the sending CARAT team forwarded the CARAT file at {moment}")
    public void caratFileForwarded(ZonedDateTime at) {
        world.event(EventType.CARAT_FILE_FORWARDED, at);
    }

    @Given("CARATs received the referral from the Substance Misuse Team \\(clinical) at {moment}")
    public void referred(ZonedDateTime at) {
        world.event(EventType.REFERRED_TO_CARATS, at);
    }

    @Given("CARATs made first contact and reviewed the case file with the prisoner at {moment}")
    public void firstContact(ZonedDateTime at) {
        world.event(EventType.CARATS_FIRST_CONTACT, at);
    }

    @Given("the prisoner was released at {moment}")
    public void released(ZonedDateTime at) {
        world.event(EventType.RELEASED, at);
    }

    // ----------------------------------------------------------------------------------------------- consent

    @Given("the client gave informed consent to sharing on {date}")
    public void consentGiven(LocalDate date) {
        consent(ConsentStatus.GIVEN, date);
    }

    @Given("the client refused consent to sharing on {date}")
    public void consentRefused(LocalDate date) {
        consent(ConsentStatus.REFUSED, date);
    }

    @Given("the client withdrew consent to sharing on {date}")
    public void consentWithdrawn(LocalDate date) {
        consent(ConsentStatus.WITHDRAWN, date);
    }

    @Given("the client gave informed consent to sharing at {moment}")
    public void consentGivenAt(ZonedDateTime at) {
        world.consent = world.consent.then(ConsentDecision.of(ConsentStatus.GIVEN, at));
    }

    @Given("the client refused consent to sharing at {moment}")
    public void consentRefusedAt(ZonedDateTime at) {
        world.consent = world.consent.then(ConsentDecision.of(ConsentStatus.REFUSED, at));
    }

    @Given("the client withdrew consent to sharing at {moment}")
    public void consentWithdrawnAt(ZonedDateTime at) {
        world.consent = world.consent.then(ConsentDecision.of(ConsentStatus.WITHDRAWN, at));
    }

    @Given("the client may be likely to harm themselves or another person")
    public void riskOfHarm() {
        world.consent = world.consent.withRiskOfHarm();
    }

    @Given("from {moment} the client may be likely to harm themselves or another person")
    public void riskOfHarmFrom(ZonedDateTime from) {
        world.consent = world.consent.with(ExceptionToConsent.arose(ExceptionToConsent.Kind.RISK_OF_HARM, from));
    }

    @Given("from {moment} the client may be likely to harm themselves or another person, until {moment}")
    public void riskOfHarmBetween(ZonedDateTime from, ZonedDateTime until) {
        world.consent = world.consent.with(new ExceptionToConsent(ExceptionToConsent.Kind.RISK_OF_HARM, from, until,
                null));
    }

    @Given("a Required Assessment applies")
    public void requiredAssessment() {
        world.consent = world.consent.withRequiredAssessment();
    }

    @Given("a Restriction on Bail applies and the CJIT is responsible for its conditions")
    public void restrictionOnBail() {
        world.consent = world.consent.withRestrictionOnBail();
    }

    @Given("another exception under existing confidentiality arrangements applies: {string}")
    public void otherException(String reason) {
        world.consent = world.consent.withOtherLawfulException(reason);
    }

    /** A decision recorded by day: taken at the start of the day. */
    private void consent(ConsentStatus status, LocalDate date) {
        world.consent = world.consent.then(ConsentDecision.onDay(status, date));
    }

    // ----------------------------------------------------------------------------------------------- action

    @When("the engine evaluates the case")
    public void evaluate() {
        world.decision = Engines.with(world.settings, world.contracts)
                .evaluate(world.snapshot(scenarioId.replaceAll("[^A-Za-z0-9._:-]", "-")));
    }
}
