package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-working day that a computation passed over, and why it is not a working day.
 *
 * @param date the day, never null
 * @param reason {@code "Saturday"}, {@code "Sunday"} or the bank holiday's name (e.g. {@code
 *     "Good Friday"}); a holiday's name is given in preference to the weekday name; never blank
 */
public record SkippedDay(LocalDate date, String reason) {

    /**
     * Creates the record, validating its components.
     *
     * @param date see {@link #date()}
     * @param reason see {@link #reason()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public SkippedDay {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
