package org.throughcare.core;

/**
 * What an Activity Form sent to the regional Data Team records: the {@code caseload} attribute of an
 * {@link EventType#ACTIVITY_FORM_SENT} event (England 2009: every Activity Form either takes a person onto the sender's
 * active caseload or closes the sender's case).
 */
public enum CaseloadChange {
    /** The sender took the person onto its active caseload (the case transferred to it). */
    TAKEN_ON("taken onto the sender's active caseload"),
    /** The sender closed its case (closed down its caseload, or transferred the case away). */
    CLOSED("the sender's case closed");

    private final String description;

    CaseloadChange(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
