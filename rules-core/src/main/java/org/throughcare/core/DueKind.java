package org.throughcare.core;

/** The kind of a due time (catalogue TC-15). */
public enum DueKind {
    /** A hard deadline: a MUST past it is OVERDUE. */
    HARD,
    /** A hard duty whose outcome depends on effort ("must aim to", "must make every effort"). */
    BEST_EFFORT,
    /** A target: missing it is TARGET_MISSED, an exception rather than a violation. */
    TARGET,
    /** A window with a start and an end: done only by an event inside it; OVERDUE once it has ended without one. */
    WINDOW,
    /** A minimum frequency of contact: at least N qualifying events inside a window. */
    MIN_FREQUENCY,
    /** A standing duty that applies throughout ("should establish good links"): never overdue, never done. */
    STANDING,
    /** The guidance sets no time ("immediately", "at reception", "on discovery"): never overdue. */
    UNSPECIFIED
}
