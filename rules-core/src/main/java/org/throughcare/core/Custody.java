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

    /** @return a builder for custody facts with this status; nothing else is recorded until set */
    public static Builder builder(CustodyStatus status) {
        return new Builder(status);
    }

    /** Builds {@link Custody} by naming each fact. Not thread-safe. */
    public static final class Builder {
        private final CustodyStatus status;
        private String establishment;
        private Origin origin;
        private ZonedDateTime originEstablishedAt;
        private ZonedDateTime receptionAt;
        private Sentence sentence;
        private PlannedDates planned;

        private Builder(CustodyStatus status) {
            this.status = java.util.Objects.requireNonNull(status, "status");
        }

        /** The prison (name or code) holding or about to receive the person. */
        public Builder establishment(String establishment) {
            this.establishment = establishment;
            return this;
        }

        /** The latest reception into prison: the current custody period starts here. */
        public Builder receivedAt(ZonedDateTime receptionAt) {
            this.receptionAt = receptionAt;
            return this;
        }

        /** Where the person arrived from at the latest reception, and when reception staff established it. */
        public Builder origin(Origin origin, ZonedDateTime establishedAt) {
            this.origin = origin;
            this.originEstablishedAt = establishedAt;
            return this;
        }

        /** The sentence imposed. */
        public Builder sentence(Sentence sentence) {
            this.sentence = sentence;
            return this;
        }

        /** The planned dates (expected release, HDC eligibility, end of custody licence). */
        public Builder planned(PlannedDates planned) {
            this.planned = planned;
            return this;
        }

        /** @return the custody facts */
        public Custody build() {
            return new Custody(status, establishment, origin, originEstablishedAt, receptionAt, sentence, planned);
        }
    }
}
