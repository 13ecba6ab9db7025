package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An exception under existing confidentiality arrangements that allows sharing without consent (England 2009
 * Annex A, principle 1; catalogue ENG-COC-CONS-07), with the instant it arose and, if it ended, when.
 *
 * @param kind   which exception
 * @param from   when it arose (Europe/London); null only in the one-decision form of a snapshot, which records that
 *               an exception applies without its time: it is then taken to apply throughout
 * @param until  when it stopped applying (exclusive), or null while it still applies
 * @param reason for {@link Kind#OTHER_LAWFUL_EXCEPTION} only, the reason (free text: personal data, never logged or
 *               printed); null for the other kinds
 */
public record ExceptionToConsent(Kind kind, ZonedDateTime from, ZonedDateTime until, String reason) {

    /** The exceptions the guidance names; its list is open ("e.g."), so any other has its reason recorded. */
    public enum Kind {
        /** The client may be likely to harm themselves or another person: covers sharing about that risk. */
        RISK_OF_HARM,
        /** A Required Assessment (Drugs Act 2005) applies: covers the assessment. */
        REQUIRED_ASSESSMENT,
        /**
         * A Restriction on Bail applies and the CJIT oversees its conditions: covers sharing for the bail conditions,
         * and only while the person is in the community, never while they are remanded in or serving a sentence in
         * custody.
         */
        RESTRICTION_ON_BAIL,
        /** Another lawful exception under existing confidentiality arrangements: covers what its reason says. */
        OTHER_LAWFUL_EXCEPTION
    }

    public ExceptionToConsent {
        Objects.requireNonNull(kind, "kind");
        from = from == null ? null : Times.london(from);
        until = until == null ? null : Times.london(until);
    }

    /** @return an exception of this kind arising at {@code from}, still applying */
    public static ExceptionToConsent arose(Kind kind, ZonedDateTime from) {
        return new ExceptionToConsent(kind, from, null, null);
    }

    /** @return true when the exception applies at {@code t} */
    public boolean appliesAt(ZonedDateTime t) {
        return (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
    }

    /** Never prints the reason: it is free text. */
    @Override
    public String toString() {
        return "ExceptionToConsent[" + kind + "]";
    }
}
