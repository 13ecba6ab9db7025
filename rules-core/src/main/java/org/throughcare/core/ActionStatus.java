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
    /**
     * A best-effort duty ("must aim to", "must make every effort": due kind BEST_EFFORT or modality MUST_BEST_EFFORT)
     * past its time and not done: the time was missed, which is not in itself a breach, since the duty is to try.
     */
    BEST_EFFORT_MISSED,
    /** A window (or count) that has not opened yet at {@code asOf}: nothing is expected of anyone yet. */
    UPCOMING,
    /** A standing duty (due kind STANDING): it applies throughout, is never done once and for all, never overdue. */
    STANDING,
    /** Consent refused or withdrawn and no exception applies; see {@link RequiredAction#blockedBy()}. */
    BLOCKED
}
