package org.throughcare.core.validation;

import java.util.List;

/**
 * The machine-readable codes a {@link Problem} can carry. The codes are part of the public contract: they never
 * change meaning, and new ones are only added. Form codes come from
 * {@link org.throughcare.core.json.ThroughcareJson#readSnapshot(String)} (the JSON is not a well-formed snapshot);
 * meaning codes come from {@link SnapshotValidator} (the snapshot is well formed but impossible).
 */
public final class ProblemCodes {

    // ------------------------------------------------------------------------------------------------ form

    /** The document is larger than {@link org.throughcare.core.json.ThroughcareJson#MAX_DOCUMENT_BYTES}. */
    public static final String TOO_LARGE = "TOO_LARGE";
    /**
     * The document is not UTF-8 text (a stray byte, an overlong form, a code point above U+10FFFF, an encoded
     * surrogate) or, given as a Java string, holds an unpaired surrogate; the message gives line and column and the
     * pointer is "".
     */
    public static final String INVALID_ENCODING = "INVALID_ENCODING";
    /** The document is not well-formed JSON (the message gives line and column); the pointer is "". */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** An object holds the same field twice (the pointer names the field). */
    public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
    /** A required field is missing or null (or, from the validator, blank). */
    public static final String REQUIRED = "REQUIRED";
    /** A value has the wrong JSON type (for example a number where a string is expected). */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A field the format does not define (a typo, say); the message names the nearest known field. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** A value outside a closed list (an enum); the message lists the allowed values. */
    public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    /** A date-time that is not ISO 8601 ("2026-04-02T16:00", seconds optional, offset optional), or no such time. */
    public static final String MALFORMED_TIME = "MALFORMED_TIME";
    /** A date that is not an ISO 8601 calendar date ("2026-04-02"), or no such date. */
    public static final String MALFORMED_DATE = "MALFORMED_DATE";
    /** A local time without offset that happens twice in Europe/London (the autumn fall-back hour). */
    public static final String AMBIGUOUS_LOCAL_TIME = "AMBIGUOUS_LOCAL_TIME";
    /** A local time without offset that never happens in Europe/London (the spring gap). */
    public static final String NONEXISTENT_LOCAL_TIME = "NONEXISTENT_LOCAL_TIME";
    /** {@code schemaVersion} is present and is not a version this library reads. */
    public static final String UNSUPPORTED_SCHEMA_VERSION = "UNSUPPORTED_SCHEMA_VERSION";
    /** A number outside its range (a negative sentence length, or one too large to hold; a year the calendars do not cover). */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** More events than {@link SnapshotValidator#MAX_EVENTS}, or more targets or amendments than a contract holds. */
    public static final String TOO_MANY = "TOO_MANY";
    /** More problems than {@link org.throughcare.core.json.ThroughcareJson#MAX_PROBLEMS}; the rest are not listed. */
    public static final String TOO_MANY_PROBLEMS = "TOO_MANY_PROBLEMS";

    // ------------------------------------------------------------------------------------------------ meaning

    /** A text is longer than allowed (the id, the establishment, the other-exception reason, a contract's target). */
    public static final String TOO_LONG = "TOO_LONG";
    /**
     * The id is not a pseudonymous code of letters, digits and {@code . _ : -}; or a contract's target key is not a
     * short code of letters and digits.
     */
    public static final String INVALID_ID = "INVALID_ID";
    /** A dated fact lies after {@code asOf}: the history cannot hold the future (planned dates excepted). */
    public static final String AFTER_AS_OF = "AFTER_AS_OF";
    /** A companion field is given without the value it qualifies (a time without its determination, say). */
    public static final String WITHOUT_VALUE = "WITHOUT_VALUE";
    /** Something that happens at or after reception is dated before it, or given while there is no reception. */
    public static final String BEFORE_RECEPTION = "BEFORE_RECEPTION";
    /** A dated fact lies before the person's date of birth. */
    public static final String BEFORE_BIRTH = "BEFORE_BIRTH";
    /** The expected release date lies before the date the sentence was imposed. */
    public static final String BEFORE_SENTENCE = "BEFORE_SENTENCE";
    /**
     * Two fields say the same thing in two ways (a sentence in days and in months), or two entries that must differ
     * do not (two consent decisions at one instant, two targets of a contract with one key, one role a party twice).
     */
    public static final String AMBIGUOUS = "AMBIGUOUS";
    /** Another lawful exception to consent is given without its reason. */
    public static final String REASON_REQUIRED = "REASON_REQUIRED";
    /**
     * A period ends at or before it starts (an exception to consent that ends before it arose, a Going Straight
     * Contract that ends on or before the day it starts).
     */
    public static final String ENDS_BEFORE_START = "ENDS_BEFORE_START";
    /**
     * Two recorded facts contradict each other: a reception event after custody.receptionAt (which is the latest
     * reception), custody.origin and the kind of that reception, a return from court to another prison than the one
     * the person was produced from, a contract's target endorsed (or an amendment agreed) by someone the contract's
     * parties do not include. The pointer names one of them, the message the other.
     */
    public static final String CONTRADICTION = "CONTRADICTION";

    /** Every code, form codes first, in the order declared above. */
    public static final List<String> ALL = List.of(TOO_LARGE, INVALID_ENCODING, MALFORMED_JSON, DUPLICATE_FIELD, REQUIRED, WRONG_TYPE,
            UNKNOWN_FIELD, UNKNOWN_VALUE, MALFORMED_TIME, MALFORMED_DATE, AMBIGUOUS_LOCAL_TIME, NONEXISTENT_LOCAL_TIME,
            UNSUPPORTED_SCHEMA_VERSION, OUT_OF_RANGE, TOO_MANY, TOO_MANY_PROBLEMS, TOO_LONG, INVALID_ID, AFTER_AS_OF,
            WITHOUT_VALUE, BEFORE_RECEPTION, BEFORE_BIRTH, BEFORE_SENTENCE, AMBIGUOUS, REASON_REQUIRED,
            ENDS_BEFORE_START, CONTRADICTION);

    private ProblemCodes() {
    }
}
