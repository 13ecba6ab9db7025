package org.throughcare.core;

/** The status of a required action at the snapshot's {@code asOf}. */
public enum ActionStatus {
    /** Triggered, not done, not past its due time (or no due time). */
    OPEN,
    /** Its trigger is conditional and has not been reached (it may never arise). */
    PENDING,
    /** Done on time (or done where no due time applies). */
    DONE,
    /** Done after its due time. */
    DONE_LATE,
    /** A MUST past its due time and not done. */
    OVERDUE,
    /** A SHOULD or TARGET past its time and not done. */
    TARGET_MISSED,
    /** Consent refused or withdrawn and no exception applies; see {@link RequiredAction#blockedBy()}. */
    BLOCKED
}
