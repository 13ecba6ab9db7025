package org.throughcare.core;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One consent decision on the timeline: consent given, refused or withdrawn at an instant.
 *
 * @param status   GIVEN, REFUSED or WITHDRAWN (never NOT_RECORDED: that is the absence of a decision)
 * @param at       when the decision was made (Europe/London); a decision recorded by day only is taken at the start
 *                 of that day, so that a share on the day consent was given is covered, and one on the day it was
 *                 refused or withdrawn is not
 * @param purposes what the decision covers where a rule set scopes consent; empty: every purpose
 */
public record ConsentDecision(ConsentStatus status, ZonedDateTime at, List<SharingPurpose> purposes) {
    public ConsentDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if (status == ConsentStatus.NOT_RECORDED) {
            throw new IllegalArgumentException("NOT_RECORDED is not a decision: leave the decision out");
        }
        at = Times.london(at);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    /** @return a decision covering every purpose */
    public static ConsentDecision of(ConsentStatus status, ZonedDateTime at) {
        return new ConsentDecision(status, at, List.of());
    }

    /** @return a decision recorded by day only: taken at the start of that day (Europe/London) */
    public static ConsentDecision onDay(ConsentStatus status, LocalDate day) {
        return new ConsentDecision(status, day.atStartOfDay(Times.LONDON), List.of());
    }

    /** @return true when the decision covers this purpose (always when it names none, or the purpose is null) */
    public boolean covers(SharingPurpose purpose) {
        return purposes.isEmpty() || purpose == null || purposes.contains(purpose);
    }
}
