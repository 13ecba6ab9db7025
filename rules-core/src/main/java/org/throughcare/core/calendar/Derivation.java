package org.throughcare.core.calendar;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A computed deadline together with everything needed to explain it.
 *
 * @param triggerAt the trigger instant in Europe/London (for {@link DueUnit#DAY_N}: the start of
 *     the entry date)
 * @param amount the number of hours or days (0 or more)
 * @param unit what {@code amount} counts
 * @param basis one plain-English sentence explaining the computation
 * @param calendar the calendar the calculator used
 * @param calendarDataVersion that calendar's {@linkplain BusinessCalendar#dataVersion() data version}
 * @param skippedDays the weekend days and bank holidays the computation skipped, in date order: for
 *     working days every non-working day between the trigger day and the due day; for TC-10 relief
 *     the non-working days the hours overlap plus any further ones passed on the way to the next
 *     working day; empty otherwise (unmodifiable)
 * @param relief the TC-10 relief, {@link Relief#NOT_CONSIDERED} for methods that have none
 * @param dueAt the deadline, in Europe/London
 */
public record Derivation(ZonedDateTime triggerAt, int amount, DueUnit unit, String basis, CalendarId calendar,
        String calendarDataVersion, List<SkippedDay> skippedDays, Relief relief, ZonedDateTime dueAt) {

    /**
     * Creates the record, validating its components.
     *
     * @param triggerAt see {@link #triggerAt()}
     * @param amount see {@link #amount()}
     * @param unit see {@link #unit()}
     * @param basis see {@link #basis()}
     * @param calendar see {@link #calendar()}
     * @param calendarDataVersion see {@link #calendarDataVersion()}
     * @param skippedDays see {@link #skippedDays()}
     * @param relief see {@link #relief()}
     * @param dueAt see {@link #dueAt()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code amount} is negative or {@code basis} is blank
     */
    public Derivation {
        Objects.requireNonNull(triggerAt, "triggerAt must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Objects.requireNonNull(calendarDataVersion, "calendarDataVersion must not be null");
        Objects.requireNonNull(skippedDays, "skippedDays must not be null");
        Objects.requireNonNull(relief, "relief must not be null");
        Objects.requireNonNull(dueAt, "dueAt must not be null");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must be 0 or more but was " + amount);
        }
        if (basis.isBlank()) {
            throw new IllegalArgumentException("basis must not be blank");
        }
        skippedDays = List.copyOf(skippedDays);
    }
}
