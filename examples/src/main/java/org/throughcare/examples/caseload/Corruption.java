package org.throughcare.examples.caseload;

/** The ways a deliberately invalid line is wrong. None of them is a blank line. */
enum Corruption {
    /**
     * A date-time that is not one: a space for the "T", a date alone, an hour of 25, 30 February, or a local time in
     * a clock change written without its offset.
     */
    MALFORMED_TIME,
    /** A field the format does not have (a misspelling, or an extra field). */
    UNKNOWN_FIELD,
    /** A value outside its closed list (a lower-case jurisdiction, an invented event type or status). */
    UNKNOWN_VALUE,
    /** Something recorded after {@code asOf}: an event, the reception, a consent decision, the DIR, a determination. */
    AFTER_AS_OF,
    /** The line cut off part way through. */
    TRUNCATED,
    /** A field given twice in the top-level object. */
    DUPLICATE_FIELD,
    /** A value of the wrong JSON type (a number for the id, an object for the event list, ...). */
    WRONG_TYPE,
    /** A required field left out (the id, the jurisdiction, asOf, the custody facts or status, an event's time). */
    MISSING_REQUIRED,
    /**
     * Facts that contradict each other: consent without its date, a sentence in days and months, an origin before its
     * reception, a birth after asOf, a blank reason for an exception, an id that is not a pseudonymous code, ...
     */
    INCONSISTENT
}
