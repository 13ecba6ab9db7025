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
    RELEASE_OR_COURT_DATE("change of release or court date"),
    /** Change of key worker or case worker. */
    KEY_OR_CASE_WORKER("change of key or case worker"),
    /** Change of prison. */
    PRISON("change of prison"),
    /** Change of court appearance venue. */
    COURT_VENUE("change of court appearance venue"),
    /** Change of release status (from remand to sentenced, or released). */
    RELEASE_STATUS("change of release status"),
    /** The client disengaged from treatment. */
    DISENGAGED("client disengaged from treatment"),
    /** The client re-engaged with treatment. */
    RE_ENGAGED("client re-engaged with treatment"),
    /** Change of the treatment delivered. */
    TREATMENT_DELIVERED("change of treatment delivered"),
    /** Change in the release plan. */
    RELEASE_PLAN("change in release plan"),
    /** Death. */
    DEATH("death"),
    /** Any other change of circumstance (also the events that have no box of their own, catalogue AMB-56). */
    OTHER("other change of circumstance");

    private final String description;

    AlertChange(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
