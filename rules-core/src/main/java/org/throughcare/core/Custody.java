package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Custody facts at {@code asOf}.
 *
 * @param status              remand / sentenced / released; never null
 * @param establishment       the prison (name or code) holding or about to receive the person; may be null
 * @param origin              where the person arrived from at the latest reception, or null while not established
 *                            (process point 1 asks reception staff to establish it)
 * @param originEstablishedAt when reception staff established the origin, or null
 * @param receptionAt         the latest reception into prison; null while the person has not yet arrived
 *                            (Part 1: the CJIT is still tracking them). The current custody period starts here.
 * @param sentence            the sentence imposed, or null (remand, or not recorded)
 * @param planned             planned dates; never null ({@link PlannedDates#none()} when there are none)
 */
public record Custody(CustodyStatus status, String establishment, Origin origin, ZonedDateTime originEstablishedAt,
                      ZonedDateTime receptionAt, Sentence sentence, PlannedDates planned) {
    public Custody {
        Objects.requireNonNull(status, "status");
        planned = planned == null ? PlannedDates.none() : planned;
        originEstablishedAt = Times.london(originEstablishedAt);
        receptionAt = Times.london(receptionAt);
    }

    /** @return true when the person has been received into prison. */
    public boolean received() {
        return receptionAt != null;
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Custody[redacted]";
    }
}
