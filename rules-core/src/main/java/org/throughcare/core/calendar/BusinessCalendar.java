package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The working days of one jurisdiction: Monday to Friday, except bank holidays.
 *
 * <p>Obtain instances from {@link Calendars}. Implementations are immutable and thread-safe.
 * Every method that takes a date or year accepts only the supported years {@value
 * #MIN_SUPPORTED_YEAR}&ndash;{@value #MAX_SUPPORTED_YEAR} inclusive and throws {@link
 * IllegalArgumentException} (a {@link CalendarRangeException}, naming the date and the range) outside them; this
 * includes methods whose answer would lie beyond 31 December {@value #MAX_SUPPORTED_YEAR}.
 */
public interface BusinessCalendar {

    /** The first supported year. */
    int MIN_SUPPORTED_YEAR = 1990;

    /** The last supported year. */
    int MAX_SUPPORTED_YEAR = 2100;

    /**
     * Which jurisdiction this calendar is for.
     *
     * @return the calendar id, never null
     */
    CalendarId id();

    /**
     * The version of the holiday data this calendar was built from: the bundled data file's
     * {@code data-version}, followed by one {@code +source} part per extra data source (see
     * {@link Calendars#dataVersion()}).
     *
     * @return the data version, never null
     */
    String dataVersion();

    /**
     * Whether a day is a working day: Monday to Friday and not a bank holiday.
     *
     * @param date the day
     * @return true if it is a working day
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is outside the supported years
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The bank holiday on a day, if there is one.
     *
     * @param date the day
     * @return the holiday, or empty if the day is not a bank holiday
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is outside the supported years
     */
    Optional<BankHoliday> holiday(LocalDate date);

    /**
     * All bank holidays of a year.
     *
     * @param year the year
     * @return an unmodifiable list sorted by date
     * @throws IllegalArgumentException if {@code year} is outside the supported years
     */
    List<BankHoliday> holidays(int year);

    /**
     * Why a day is not a working day.
     *
     * @param date the day
     * @return the bank holiday's name if it is one (this takes precedence), otherwise {@code
     *     "Saturday"} or {@code "Sunday"}; empty if the day is a working day
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is outside the supported years
     */
    Optional<String> nonWorkingReason(LocalDate date);

    /**
     * The first working day strictly after a day.
     *
     * @param date the day (which may itself be a working day or not)
     * @return the next working day, always after {@code date}
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} or the answer is outside the supported years
     */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * Counts working days forward from a start date. The start date is day 0, even when it is a
     * working day; the result is the {@code n}-th working day after it. With {@code n == 0} the
     * result is {@code start} itself.
     *
     * @param start the start date (day 0)
     * @param n the number of working days to add, 0 or more
     * @return the result, with every non-working day strictly between {@code start} and the result
     * @throws NullPointerException if {@code start} is null
     * @throws IllegalArgumentException if {@code n} is negative, or {@code start} or the answer is
     *     outside the supported years
     */
    WorkingDays addWorkingDays(LocalDate start, int n);
}
