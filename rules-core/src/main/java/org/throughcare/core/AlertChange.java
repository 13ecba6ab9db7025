package org.throughcare.core;

/**
 * The change of circumstance an Alert Form reports: the {@code change} attribute of an
 * {@link EventType#ALERT_FORM_SENT} event. One constant per tick box of the form in Annex E of the England 2009
 * guidance, in its order (catalogue ENG-COC-ALERT-08). A form with several boxes ticked is recorded as one event per
 * box, at the same time. The detail a box asks for (a new date, worker, prison or court) is not recorded here: the
 * snapshot states it elsewhere (planned dates, movements), and free text never goes into an event.
 */
public enum AlertChange {
    /** Change of release or court date. */
    RELEASE_OR_COURT_DATE("change of release or court date", "Change of release / court date", "the new date"),
    /** Change of key worker or case worker. */
    KEY_OR_CASE_WORKER("change of key or case worker", "Change of Key / Case worker", "the new key or case worker"),
    /** Change of prison. */
    PRISON("change of prison", "Change of Prison", "the new prison and its code"),
    /** Change of court appearance venue. */
    COURT_VENUE("change of court appearance venue", "Change of court appearance venue", "the new court and its code"),
    /** Change of release status (from remand to sentenced, or released). */
    RELEASE_STATUS("change of release status", "Change of release status", "from remand to sentenced, or released"),
    /** The client disengaged from treatment. */
    DISENGAGED("client disengaged from treatment", "Client disengaged from treatment", null),
    /** The client re-engaged with treatment. */
    RE_ENGAGED("client re-engaged with treatment", "Client re-engaged with treatment", null),
    /** Change of the treatment delivered. */
    TREATMENT_DELIVERED("change of treatment delivered", "Change of treatment delivered", "the details of the change in treatment delivered"),
    /** Change in the release plan. */
    RELEASE_PLAN("change in release plan", "Change in release plan", "the details of the change in the release plan"),
    /** Death. */
    DEATH("death", "Death", null),
    /** Any other change of circumstance (also the events that have no box of their own, catalogue AMB-56). */
    OTHER("other change of circumstance", "Other", "the details of the other change in circumstance");

    private final String description;
    private final String boxLabel;
    private final String detail;

    AlertChange(String description, String boxLabel, String detail) {
        this.description = description;
        this.boxLabel = boxLabel;
        this.detail = detail;
    }

    /** @return the tick box's number on the form in Annex E, 1 to 11, in the form's order (catalogue ENG-COC-ALERT-08) */
    public int box() {
        return ordinal() + 1;
    }

    /** @return the tick box's words on the form */
    public String boxLabel() {
        return boxLabel;
    }

    /**
     * @return what the box's detail field asks for, in words ("the new date"); null for the three boxes that have no
     *         detail field (disengaged, re-engaged, death)
     */
    public String detail() {
        return detail;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
