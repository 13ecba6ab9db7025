package org.throughcare.core;

import java.time.LocalDate;

/**
 * The sentence imposed. Lengths are as imposed; the engine never derives release dates from them
 * (catalogue TC-14).
 *
 * @param imposedOn the date the sentence was imposed; may be null
 * @param days      length in days, or null when given in months
 * @param months    length in months, or null when given in days
 */
public record Sentence(LocalDate imposedOn, Integer days, Integer months) {
    public Sentence {
        if (days != null && days < 0) {
            throw new IllegalArgumentException("sentence days must not be negative");
        }
        if (months != null && months < 0) {
            throw new IllegalArgumentException("sentence months must not be negative");
        }
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Sentence[redacted]";
    }

    /** @return a sentence of {@code days} days imposed on {@code imposedOn} (which may be null) */
    public static Sentence ofDays(LocalDate imposedOn, int days) {
        return new Sentence(imposedOn, days, null);
    }

    /** @return a sentence of {@code months} months imposed on {@code imposedOn} (which may be null) */
    public static Sentence ofMonths(LocalDate imposedOn, int months) {
        return new Sentence(imposedOn, null, months);
    }
}
