package org.throughcare.core;

/** The kind of a due time (catalogue TC-15). */
public enum DueKind {
    /** A hard deadline: a MUST past it is OVERDUE. */
    HARD,
    /** A hard duty whose outcome depends on effort ("must aim to", "must make every effort"). */
    BEST_EFFORT,
    /** A target: missing it is TARGET_MISSED, an exception rather than a violation. */
    TARGET,
    /** A window with a start and an end. */
    WINDOW,
    /** A minimum frequency of contact. */
    MIN_FREQUENCY,
    /** The guidance sets no time ("immediately", "at reception", "on discovery"): never overdue. */
    UNSPECIFIED
}
