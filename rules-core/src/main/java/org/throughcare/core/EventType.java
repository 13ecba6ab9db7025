package org.throughcare.core;

import static org.throughcare.core.EventAttribute.CJIT_COURT_WORKER_PRESENT;
import static org.throughcare.core.EventAttribute.FROM;
import static org.throughcare.core.EventAttribute.KIND;
import static org.throughcare.core.EventAttribute.PLACE;
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
            CJIT_COURT_WORKER_PRESENT.optional());

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
