package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * How the weekend/bank-holiday relief of catalogue convention TC-10 affected an hour-based
 * deadline.
 *
 * @param applied whether the relief changed (or could have changed) the deadline, i.e. whether the
 *     hours overlapped at least one non-working day
 * @param mode the reading used; null only for {@link #NOT_CONSIDERED}
 * @param nextWorkingDay the first working day after the last non-working day the hours overlap;
 *     null when not applied
 * @param strictDueAt the plain elapsed-hours deadline (trigger + hours); null only for {@link
 *     #NOT_CONSIDERED}
 * @param literalDueAt 09:00 on {@code nextWorkingDay}; null when not applied
 * @param nonWorkingDaysInWindow the non-working days the hours overlap, in date order; empty when
 *     not applied (unmodifiable)
 */
public record Relief(boolean applied, ReliefMode mode, LocalDate nextWorkingDay, ZonedDateTime strictDueAt,
        ZonedDateTime literalDueAt, List<SkippedDay> nonWorkingDaysInWindow) {

    /** The relief value of a derivation whose method does not consider TC-10 relief at all. */
    public static final Relief NOT_CONSIDERED = new Relief(false, null, null, null, null, List.of());

    /**
     * Creates the record, validating its components.
     *
     * @param applied see {@link #applied()}
     * @param mode see {@link #mode()}
     * @param nextWorkingDay see {@link #nextWorkingDay()}
     * @param strictDueAt see {@link #strictDueAt()}
     * @param literalDueAt see {@link #literalDueAt()}
     * @param nonWorkingDaysInWindow see {@link #nonWorkingDaysInWindow()}
     * @throws NullPointerException if the list is null, or {@code applied} is true and another
     *     component is null
     * @throws IllegalArgumentException if {@code applied} is false but a next working day, a
     *     literal deadline or non-working days are given
     */
    public Relief {
        Objects.requireNonNull(nonWorkingDaysInWindow, "nonWorkingDaysInWindow must not be null");
        nonWorkingDaysInWindow = List.copyOf(nonWorkingDaysInWindow);
        if (applied) {
            Objects.requireNonNull(mode, "mode must not be null when relief is applied");
            Objects.requireNonNull(nextWorkingDay, "nextWorkingDay must not be null when relief is applied");
            Objects.requireNonNull(strictDueAt, "strictDueAt must not be null when relief is applied");
            Objects.requireNonNull(literalDueAt, "literalDueAt must not be null when relief is applied");
        } else if (nextWorkingDay != null || literalDueAt != null || !nonWorkingDaysInWindow.isEmpty()) {
            throw new IllegalArgumentException(
                    "a relief that is not applied has no next working day, literal deadline or non-working days");
        }
    }

    /**
     * A relief that was considered (in the given reading) but did not apply because the hours
     * overlap no non-working day.
     *
     * @param mode the reading that was requested
     * @param strictDueAt the plain elapsed-hours deadline, which stands
     * @return the relief value
     * @throws NullPointerException if an argument is null
     */
    public static Relief notApplied(ReliefMode mode, ZonedDateTime strictDueAt) {
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(strictDueAt, "strictDueAt must not be null");
        return new Relief(false, mode, null, strictDueAt, null, List.of());
    }

    /**
     * Whether the computation considered TC-10 relief at all (false only for {@link #NOT_CONSIDERED}).
     *
     * @return true if a reading was chosen
     */
    public boolean considered() {
        return mode != null;
    }
}
