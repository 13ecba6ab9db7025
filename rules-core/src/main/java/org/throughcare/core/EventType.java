package org.throughcare.core;

import static org.throughcare.core.EventAttribute.BY;
import static org.throughcare.core.EventAttribute.CASELOAD;
import static org.throughcare.core.EventAttribute.CHANGE;
import static org.throughcare.core.EventAttribute.CJIT_COURT_WORKER_PRESENT;
import static org.throughcare.core.EventAttribute.COURT_HAS_CJIT_WORKERS;
import static org.throughcare.core.EventAttribute.EVIDENCE;
import static org.throughcare.core.EventAttribute.FACE_TO_FACE;
import static org.throughcare.core.EventAttribute.FROM;
import static org.throughcare.core.EventAttribute.KIND;
import static org.throughcare.core.EventAttribute.MEANS;
import static org.throughcare.core.EventAttribute.MET;
import static org.throughcare.core.EventAttribute.PARTY;
import static org.throughcare.core.EventAttribute.PLACE;
import static org.throughcare.core.EventAttribute.PLAN_AGREED;
import static org.throughcare.core.EventAttribute.PURPOSE;
import static org.throughcare.core.EventAttribute.ROUTE;
import static org.throughcare.core.EventAttribute.SERVICE;
import static org.throughcare.core.EventAttribute.TO;

import java.util.List;

/**
 * The closed list of events a snapshot's history may hold. Each constant documents what happened and which
 * guidance step it belongs to. Events marked "pre-entry" happen in the community before reception (England 2009
 * Part 1); they belong to the custody period that the next reception starts (see {@link Snapshot}). So does
 * information that reaches the prison while the person is on the way ({@link #leadsIntoCustody()}): a DIR the
 * Substance Misuse Team receives hours before the prisoner arrives counts as received for that custody period.
 *
 * <p><b>Movements</b> ({@link #movement()}) record where the person went: a reception, a transfer out, a production
 * at court, a return from court, a release. The custody period, the arrival's origin and the person's current place
 * are derived from them and from the custody facts (see {@link Journey}). Each constant declares the attributes its
 * events take and which of them they need ({@link #attributes()}, from {@link EventAttribute}): the one place the
 * JSON reader, the writer, the validator and the snapshot schema read them from.
 *
 * <p>After the movements come the events the later process points of England 2009, the Scottish Throughcare Addiction
 * Service and voluntary assistance, and the Service 4 specification need (see {@code docs/vocabulary.md}, "Events for
 * the other documents"). None of them is a movement; only {@link #CLIENT_ADVISED_OF_POSSIBLE_DELAY} leads into custody
 * (Annex A binds the CJIT's workers too, so advice given in the community counts for the custody period it leads
 * into). Whether one happened before or after the release is not an attribute: it follows from the {@link #RELEASED}
 * movement.
 */
public enum EventType {
    /** Pre-entry. A new referral into the Drug Interventions Programme (DIP); the CJIT completes a DIR. */
    DIP_REFERRAL(true, "new referral into the Drug Interventions Programme"),
    /** Pre-entry. The CJIT completed the DIR for the referral. */
    DIR_COMPLETED(true, "the CJIT completed the DIR"),
    /** Pre-entry. A court remanded or sentenced a CJIT client to custody. */
    COURT_REMAND_OR_SENTENCE(true, "the court remanded or sentenced the client to custody"),
    /** Pre-entry. The CJIT learned which prison the client is being sent to. */
    CJIT_AWARE_OF_DESTINATION(true, "the CJIT learned the prison the client is being sent to"),
    /** Pre-entry. The CJIT sent the DIR and other relevant information to the prison's Substance Misuse Team by fax or e-mail. */
    DIR_SENT_TO_PRISON(true, "the CJIT sent the DIR and other information to the prison's Substance Misuse Team"),
    /** Pre-entry. The CJIT followed the fax or e-mail up with a phone call to the Substance Misuse Team. */
    CJIT_PHONE_FOLLOW_UP(true, "the CJIT phoned the Substance Misuse Team"),
    /** The CJIT closed the case on its caseload and sent an Activity Form to the regional Data Team. */
    CJIT_CASE_CLOSED(false, "the CJIT closed its case and sent an Activity Form"),
    /**
     * The prison's Substance Misuse Team received the DIR from the CJIT; before the reception, it belongs to the
     * custody period that reception starts.
     */
    DIR_RECEIVED_BY_PRISON(false, true, "the prison received the DIR"),
    /** The Substance Misuse Team contacted the CJIT because the DIR was missing at assessment. */
    SMT_CONTACTED_CJIT_FOR_DIR(false, "the Substance Misuse Team contacted the CJIT about the missing DIR"),
    /** The clinical and CARAT files were retrieved from the escort documents that came with a transferred prisoner. */
    ESCORT_FILES_RETRIEVED(false, "the clinical and CARAT files were taken from the escort documents"),
    /** The escort documents of a transferred prisoner did not include the CARAT file. */
    CARAT_FILE_MISSING(false, "the CARAT file was not with the escort documents"),
    /** The receiving CARAT team asked the sending CARAT team for the CARAT file. */
    CARAT_FILE_REQUESTED(false, "the receiving CARAT team asked the sending team for the CARAT file"),
    /** The sending CARAT team forwarded the CARAT file to the receiving team. */
    CARAT_FILE_FORWARDED(false, "the sending CARAT team forwarded the CARAT file"),
    /** Substance Misuse Team (clinical) completed the assessment of clinical needs. */
    CLINICAL_ASSESSMENT_COMPLETED(false, "the clinical needs assessment was completed"),
    /** CARATs received a referral from the Substance Misuse Team (clinical). */
    REFERRED_TO_CARATS(false, "CARATs received the referral from the Substance Misuse Team (clinical)"),
    /** CARATs made first contact with the prisoner and reviewed the case file with them. */
    CARATS_FIRST_CONTACT(false, "CARATs made first contact and reviewed the case file with the prisoner"),
    /**
     * Movement. The person was received into a prison: a reception, which starts a custody period (process point 1).
     * A transfer in is a reception of kind {@link ReceptionKind#TRANSFER}. Attributes: {@code kind} (how they came,
     * which says the origin), {@code from} (the prison or court they came from), {@code to} (the receiving prison).
     */
    RECEIVED_INTO_PRISON(Move.RECEPTION, "the person was received into prison", KIND.optional(), FROM.optional(),
            TO.optional()),
    /**
     * Movement. The person left the prison on transfer directly to another prison (process point 8); the next
     * reception, at the receiving prison, starts a new custody period. Attributes: {@code from} (the sending prison),
     * {@code to} (the receiving prison; required).
     */
    TRANSFERRED_OUT(Move.DEPARTURE, "the person left the prison on transfer to another prison", FROM.optional(),
            TO.required()),
    /**
     * Movement. The person was taken from prison to court (process point 10). What follows says the court's outcome:
     * a return from court (process point 12), a reception at another prison (process point 11) or a release by the
     * court (process points 13 and 14). Attributes: {@code from} (the prison), {@code to} (the court; required).
     */
    PRODUCED_AT_COURT(Move.DEPARTURE, "the person was taken from prison to court", FROM.optional(), TO.required()),
    /**
     * Movement. The person came back from court to the prison they were produced from (process point 12): the
     * journey resumes in the same custody period; it is not a new reception. Attributes: {@code from} (the court),
     * {@code to} (the prison).
     */
    RETURNED_FROM_COURT(Move.RETURN, "the person came back from court to the same prison", FROM.optional(),
            TO.optional()),
    /**
     * Movement. The person was released from custody (ends a custody period). Attributes: {@code place} (at the
     * gate or by the court; optional), {@code cjitCourtWorkerPresent} (for a release by the court).
     */
    RELEASED(Move.RELEASE, "the person was released from custody", PLACE.optional(),
            CJIT_COURT_WORKER_PRESENT.optional()),

    // ------------------------------------------------------------ later process points of England 2009

    /**
     * The prisoner's release date became known to the Substance Misuse Team: CARATs must then draw up a release plan
     * (process point 7). The date itself is {@code custody.planned}; this records when it became known.
     */
    RELEASE_DATE_KNOWN("the release date became known to the Substance Misuse Team"),
    /**
     * A meeting to agree the release plan was held (process point 7), ideally between the prisoner, the CJIT key
     * worker and the Substance Misuse Team. Attributes: {@code means} (face to face, video link or telephone),
     * {@code planAgreed} (whether the plan was agreed there).
     */
    RELEASE_PLAN_MEETING("a release-plan meeting was held", MEANS.optional(), PLAN_AGREED.optional()),
    /**
     * The release plan changed after the meeting and before release (process point 7): the side that did not change
     * it must be told within 24 hours. Attribute: {@code by} (the side that changed it; required).
     */
    RELEASE_PLAN_CHANGED("the release plan changed after the meeting", BY.required()),
    /** The prisoner asked to be picked up on release (at the prison gate, process point 9, or at court, 13). */
    PICK_UP_REQUESTED("the prisoner asked to be picked up on release"),
    /**
     * What came of a requested pick-up: the CJIT met the person on release, or did not (process points 9 and 13).
     * Attribute: {@code met} (required). Where it took place follows from the release.
     */
    PICK_UP_OUTCOME("the outcome of a requested pick-up on release", MET.required()),
    /**
     * An Alert Form was sent, reporting one change of circumstance (England 2009 section 1.8 and Annex E; a form
     * with several boxes ticked is one event per box). Attributes: {@code change} (the tick box) and {@code by} (the
     * side that sent it), both required.
     */
    ALERT_FORM_SENT("an Alert Form was sent", CHANGE.required(), BY.required()),
    /**
     * An Activity Form was sent to the regional Data Team. Attributes: {@code by} (the side that sent it) and
     * {@code caseload} (taken onto its active caseload, or its case closed), both required. The CJIT's close-down
     * when its client enters prison stays {@link #CJIT_CASE_CLOSED}.
     */
    ACTIVITY_FORM_SENT("an Activity Form was sent to the regional Data Team", BY.required(), CASELOAD.required()),
    /**
     * It became known that the prisoner is due to go to court (process point 10, at any time in custody: catalogue
     * AMB-46). Attributes: {@code to} (the court), {@code courtHasCjitWorkers} (process point 13 or 14).
     */
    COURT_PRODUCTION_KNOWN("it became known that the prisoner is due at court", TO.optional(),
            COURT_HAS_CJIT_WORKERS.optional()),
    /**
     * The Substance Misuse Team established that the prisoner did not come back from court (process points 11 and
     * 13): it must close its case. Why (released, or sent to another prison) is the movement after the production.
     */
    NON_RETURN_FROM_COURT_ESTABLISHED("the Substance Misuse Team established a non-return from court"),
    /**
     * Evidence, at reception, of whether the prisoner is a PPO or a problematic drug misuser (process points 2 and 3).
     * Attribute: {@code evidence} (where it came from; required).
     */
    PPO_OR_DRUG_MISUSE_EVIDENCE("evidence of PPO status or problematic drug misuse was found", EVIDENCE.required()),

    // ------------------------------------------------------------ Scottish TAS and voluntary assistance

    /**
     * The person asked for help. Attribute: {@code service} (the Throughcare Addiction Service or voluntary
     * assistance; required).
     */
    HELP_REQUESTED("the person asked for help", SERVICE.required()),
    /** The prisoner was referred to the Throughcare Addiction Service. */
    REFERRED_TO_TAS("the prisoner was referred to the Throughcare Addiction Service"),
    /**
     * A worker had contact with the person (the Scottish TAS contact log; in England, the CJIT's contact with its
     * client). Attributes: {@code faceToFace} (required), {@code purpose}.
     */
    CONTACT("a worker had contact with the person", FACE_TO_FACE.required(), PURPOSE.optional()),
    /** The person did not keep an appointment (non-response, which must be acted on). */
    APPOINTMENT_MISSED("the person did not keep an appointment"),
    /**
     * One party agreed the community integration plan. Attribute: {@code party} (required). The plan is agreed when
     * every party has agreed.
     */
    COMMUNITY_INTEGRATION_PLAN_AGREED("a party agreed the community integration plan", PARTY.required()),

    // ------------------------------------------------------------ Service 4

    /**
     * The person was referred to the Service 4 substance use service. Attribute: {@code route} (how the referral
     * came; required).
     */
    REFERRED_TO_SUBSTANCE_USE_SERVICE("the person was referred to the substance use service", ROUTE.required()),
    /** A positive drug test was confirmed: it refers the person to the service automatically. */
    POSITIVE_DRUG_TEST_CONFIRMED("a positive drug test was confirmed"),
    /**
     * The provider screened the person for substance use. What the screening found is the determination
     * {@code needsStructuredTreatment}, decided at the screening.
     */
    SCREENING_COMPLETED("the provider screened the person for substance use"),
    /** The provider completed the comprehensive assessment of a person screened as needing structured treatment. */
    COMPREHENSIVE_ASSESSMENT_COMPLETED("the comprehensive assessment was completed"),
    /** The person's recovery care plan was agreed with them. */
    CARE_PLAN_AGREED("the recovery care plan was agreed"),
    /** The provider offered the person an appointment. */
    APPOINTMENT_OFFERED("an appointment was offered"),
    /** The person declined an offered appointment (the decline is recorded). */
    APPOINTMENT_DECLINED("the person declined an appointment"),

    // ------------------------------------------------------------ England 2009, process points 3 and 4, and the DIR

    /**
     * The Substance Misuse Team told the PPO Liaison Point of a prisoner who may be a PPO but is not flagged on LIDS
     * (process point 3, the note: a self-identified PPO, or one a CJIT referred), so that it can confirm the status.
     */
    PPO_LIAISON_POINT_INFORMED("the Substance Misuse Team told the PPO Liaison Point of a possible PPO"),
    /**
     * The Substance Misuse Team (clinical) checked whether a CJIT had been in touch to say the prisoner was arriving
     * (process point 4, for a prisoner who says they are not, or do not know if they are, in contact with a CJIT).
     */
    CJIT_CONTACT_CHECKED("the Substance Misuse Team checked whether a CJIT had been in touch about the arrival"),
    /**
     * The prison's Substance Misuse Team opened a new DIR, because none came from the community (process point 4;
     * Annex D, healthcare starts the DIR). The DIR the prison received from a CJIT is {@link #DIR_RECEIVED_BY_PRISON}.
     */
    DIR_RAISED_BY_PRISON("the prison's Substance Misuse Team opened a new DIR"),
    /** The Substance Misuse Team sent the prisoner's CJIT a copy of the DIR it raised (process point 4, Scenario 2). */
    DIR_COPY_SENT_TO_CJIT("the Substance Misuse Team sent the CJIT a copy of the DIR it raised"),
    /** The worker and the prisoner signed the consent form attached to the DIR (Annex A, principle 2). */
    DIR_CONSENT_FORM_SIGNED("the worker and the prisoner signed the consent form attached to the DIR"),
    /** CARATs marked the front of the CARAT file "DIP" (Annex D, the CARAT teams' role). */
    CARAT_FILE_MARKED_DIP("CARATs marked the front of the CARAT file DIP"),
    /** A CARAT key worker was appointed for the prisoner (process point 4, day 1). */
    CARAT_KEY_WORKER_APPOINTED("a CARAT key worker was appointed"),
    /**
     * The Substance Misuse Triage Assessment (SMTA) was completed and its findings recorded in the relevant sections
     * of the DIR (process point 4).
     */
    SMTA_COMPLETED("the Substance Misuse Triage Assessment was completed and recorded in the DIR"),
    /** The Comprehensive Substance Misuse Assessment (CSMA) and the care plan were completed (process point 4). */
    CSMA_AND_CARE_PLAN_COMPLETED("the Comprehensive Substance Misuse Assessment and care plan were completed"),
    /** The prisoner refused to engage with CARATs (process point 4, days 2 to 5). */
    REFUSED_TO_ENGAGE_WITH_CARATS("the prisoner refused to engage with CARATs"),
    /** A clinical lead took the role of key worker for a prisoner who refused to engage with CARATs (process point 4). */
    CLINICAL_LEAD_TOOK_KEY_WORKER_ROLE("a clinical lead took the role of key worker"),

    // ------------------------------------------------------------ England 2009, process points 5 to 7 and Annex A

    /**
     * The Substance Misuse Team told the prisoner's CJIT the expected date of release (process point 5; Annex D, the
     * CARAT teams' role: release and HDC dates).
     */
    CJIT_TOLD_RELEASE_DATE("the Substance Misuse Team told the prisoner's CJIT the expected release date"),
    /**
     * A significant change in the prisoner's circumstances while in prison (process point 6: a change of release or
     * court date, of court appearance, of case management, of treatment, a death, and others): CARATs must tell the
     * CJIT by Alert Form. Attribute: {@code change} (the Alert Form's tick box it falls under; required).
     */
    CIRCUMSTANCES_CHANGED("the prisoner's circumstances changed significantly", CHANGE.required()),
    /**
     * It became known that the prisoner is to be transferred to another prison (process point 7: an exit by
     * transfer, process point 8). Attribute: {@code to} (the prison, optional). The transfer itself is the
     * movement {@link #TRANSFERRED_OUT}.
     */
    TRANSFER_KNOWN("it became known that the prisoner is to be transferred to another prison", TO.optional()),
    /**
     * A telephone call followed up an Alert Form about a change to the release plan (process point 7: the side that
     * changed the plan tells the other by Alert Form "followed up by telephone call"). Attribute: {@code by} (the
     * side that phoned; required).
     */
    ALERT_PHONE_FOLLOW_UP("a telephone call followed up the Alert Form", BY.required()),
    /**
     * The CJIT nominated a case worker to oversee the release arrangements and be the prisoner's contact on release
     * (process point 7).
     */
    CJIT_CASE_WORKER_NOMINATED("the CJIT nominated a case worker for the release"),
    /**
     * A worker explained to the client how the information will be used and when confidentiality may be broken
     * (Annex A, principle 2, and the paragraph on local confidentiality arrangements).
     */
    INFORMATION_SHARING_EXPLAINED("a worker explained to the client how information is used and when it may be shared"),
    /**
     * The client who refused consent was told that treatment or support may be delayed, because questions and
     * assessments may have to be repeated by each agency (Annex A). It leads into custody: a CJIT worker who advised
     * the client in the community, before the reception, has done it for the custody period that reception starts.
     */
    CLIENT_ADVISED_OF_POSSIBLE_DELAY(false, true,
            "the client was told treatment or support may be delayed without consent"),
    /**
     * CARATs told the other prison departments that the prisoner agreed to information being shared with the local
     * CJIT (Annex D, the CARAT teams' role).
     */
    PRISON_DEPARTMENTS_TOLD_OF_CONSENT("CARATs told the other prison departments the prisoner agreed to sharing"),

    // Exits B: court, process points 10 to 14
    /**
     * The clinical record and the CARAT file were referenced in the Prisoner Escort Record and given to the escort
     * taking the prisoner to court (process point 10).
     */
    COURT_ESCORT_GIVEN_FILES("the clinical record and CARAT file were given to the escort taking the prisoner to court"),
    /**
     * Back from court to the original prison, the Substance Misuse Team retrieved the CARAT files from the prisoner
     * escort service (process point 12).
     */
    COURT_ESCORT_FILES_RETRIEVED("the CARAT files were retrieved from the escort that brought the prisoner back from court"),
    /** A CJIT court worker saw the prisoner in the court cells before the hearing (process point 13). */
    COURT_WORKER_SAW_PRISONER_IN_CELLS("a CJIT court worker saw the prisoner in the court cells before the hearing"),
    /**
     * The CJIT court worker arranged an appointment at the local CJIT for the prisoner to attend if released (process
     * point 13).
     */
    COURT_WORKER_ARRANGED_APPOINTMENT("the court worker arranged an appointment at the local CJIT in case of release"),
    /** A pick-up from court was arranged through the local CJIT (process point 13). */
    COURT_PICK_UP_ARRANGED("a pick-up from court was arranged through the local CJIT"),
    /** The CJIT made contact with the client after the release by the court (process points 13 and 14). */
    CJIT_MADE_CONTACT_AFTER_COURT_RELEASE("the CJIT made contact with the client released by the court"),
    /**
     * The CJIT asked the prison's Substance Misuse Team for relevant information on the client released by the court,
     * including the DIR if less than six months old (process points 13 and 14).
     */
    CJIT_REQUESTED_PRISON_INFORMATION("the CJIT asked the prison's Substance Misuse Team for information on the client"),
    /**
     * The Substance Misuse Team encouraged the prisoner, due at a court with no CJIT court workers, to contact their
     * local CJIT if released (process point 14).
     */
    SMT_ENCOURAGED_CJIT_CONTACT("the Substance Misuse Team encouraged the prisoner to contact their CJIT if released"),
    /**
     * It became known that the court the prisoner is due at is outside the area of the prisoner's CJIT (process point
     * 13, Local issues).
     */
    COURT_OUTSIDE_HOME_CJIT_AREA("the court is outside the area of the prisoner's CJIT"),
    /** The prisoner's CJIT contacted the CJIT where the court is located (process point 13, Local issues). */
    HOME_CJIT_CONTACTED_COURT_AREA_CJIT("the prisoner's CJIT contacted the CJIT where the court is located"),

    // Exits A: process points 8 and 9
    /**
     * The sending Substance Misuse Team brought the prisoner's clinical record up to date, with the current
     * prescription record, for a transfer to another prison (process point 8).
     */
    CLINICAL_RECORD_UPDATED_FOR_TRANSFER("the clinical record was brought up to date with the current prescription for the transfer"),
    /** The sending Substance Misuse Team completed the "Transfer Plan" (process point 8). */
    TRANSFER_PLAN_COMPLETED("the Transfer Plan was completed"),
    /**
     * The CARAT file went with the clinical file and the prisoner through the prisoner escort service (process
     * point 8). A file that did not go, and is later asked for, is {@link #CARAT_FILE_REQUESTED}.
     */
    CARAT_FILE_SENT_WITH_PRISONER("the CARAT file went with the clinical file and the prisoner through the escort service"),
    /** The DIR was put in the CARAT file that goes with a transferred prisoner (process point 8). */
    DIR_INCLUDED_IN_CARAT_FILE("the DIR was put in the CARAT file that goes with the prisoner");

    /** What kind of movement an event type records, if any. */
    public enum Move {
        /** Not a movement. */
        NONE,
        /** A reception into prison: starts a custody period. */
        RECEPTION,
        /** Leaving a prison, for another prison or for court, within custody. */
        DEPARTURE,
        /** Back from court to the same prison: the custody period goes on. */
        RETURN,
        /** A release: leaves custody. */
        RELEASE
    }

    private final boolean preEntry;
    private final boolean leadsIntoCustody;
    private final Move move;
    private final String description;
    private final List<EventAttribute.Use> attributes;

    EventType(boolean preEntry, String description) {
        this(preEntry, preEntry, description);
    }

    EventType(boolean preEntry, boolean leadsIntoCustody, String description) {
        this.preEntry = preEntry;
        this.leadsIntoCustody = leadsIntoCustody;
        this.move = Move.NONE;
        this.description = description;
        this.attributes = List.of();
    }

    EventType(String description, EventAttribute.Use... attributes) {
        this.preEntry = false;
        this.leadsIntoCustody = false;
        this.move = Move.NONE;
        this.description = description;
        this.attributes = List.of(attributes);
    }

    EventType(Move move, String description, EventAttribute.Use... attributes) {
        this.preEntry = false;
        this.leadsIntoCustody = false;
        this.move = move;
        this.description = description;
        this.attributes = List.of(attributes);
    }

    /** @return true when the event happens in the community before reception (Part 1). */
    public boolean preEntry() {
        return preEntry;
    }

    /**
     * @return true when the event, dated before a reception and after the last release before it, belongs to the
     *         custody period that reception starts: the pre-entry events, and information that reached the prison
     *         while the person was on the way (a DIR received before the reception)
     */
    public boolean leadsIntoCustody() {
        return leadsIntoCustody;
    }

    /** @return true when the event records a movement of the person (a reception, a transfer out, ...) */
    public boolean movement() {
        return move != Move.NONE;
    }

    /** @return what kind of movement the event records ({@link Move#NONE} for other events) */
    public Move move() {
        return move;
    }

    /** @return the attributes an event of this type takes, in the order they are written, each marked if required */
    public List<EventAttribute.Use> attributes() {
        return attributes;
    }

    /** @return true when an event of this type may carry {@code attribute} */
    public boolean takes(EventAttribute attribute) {
        for (EventAttribute.Use u : attributes) {
            if (u.attribute() == attribute) {
                return true;
            }
        }
        return false;
    }

    /** @return true when an event of this type needs {@code attribute} */
    public boolean requires(EventAttribute attribute) {
        for (EventAttribute.Use u : attributes) {
            if (u.attribute() == attribute) {
                return u.required();
            }
        }
        return false;
    }

    /** @return a plain-English description of the event. */
    public String description() {
        return description;
    }
}
