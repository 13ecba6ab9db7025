package org.throughcare.core;

/**
 * The closed list of events a snapshot's history may hold. Each constant documents what happened and which
 * guidance step it belongs to. Events marked "pre-entry" happen in the community before reception (England 2009
 * Part 1); they belong to the custody period that the next reception starts (see {@link Snapshot}). So does
 * information that reaches the prison while the person is on the way ({@link #leadsIntoCustody()}): a DIR the
 * Substance Misuse Team receives hours before the prisoner arrives counts as received for that custody period.
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
    /** The person was released from custody (ends a custody period). */
    RELEASED(false, "the person was released from custody");

    private final boolean preEntry;
    private final boolean leadsIntoCustody;
    private final String description;

    EventType(boolean preEntry, String description) {
        this(preEntry, preEntry, description);
    }

    EventType(boolean preEntry, boolean leadsIntoCustody, String description) {
        this.preEntry = preEntry;
        this.leadsIntoCustody = leadsIntoCustody;
        this.description = description;
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

    /** @return a plain-English description of the event. */
    public String description() {
        return description;
    }
}
