package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link BusinessCalendar#addWorkingDays(LocalDate, int)}.
 *
 * @param start the start date; it is day 0 whether or not it is a working day
 * @param days the number of working days added (0 or more)
 * @param result the {@code days}-th working day after {@code start}, or {@code start} itself when
 *     {@code days} is 0
 * @param skipped every non-working day strictly between {@code start} and {@code result}, in date
 *     order (an unmodifiable list, empty when none)
 */
public record WorkingDays(LocalDate start, int days, LocalDate result, List<SkippedDay> skipped) {

    /**
     * Creates the record, validating its components.
     *
     * @param start see {@link #start()}
     * @param days see {@link #days()}
     * @param result see {@link #result()}
     * @param skipped see {@link #skipped()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code days} is negative or {@code result} is before {@code start}
     */
    public WorkingDays {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(skipped, "skipped must not be null");
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more but was " + days);
        }
        if (result.isBefore(start)) {
            throw new IllegalArgumentException("result " + result + " must not be before start " + start);
        }
        skipped = List.copyOf(skipped);
    }
}
