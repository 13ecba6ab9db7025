package org.throughcare.examples.caseload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;

/**
 * Days on which deadlines are interesting: the eves of bank holidays and weekends, and the Sundays the clocks
 * change. The usual holidays are computed from their rules (Easter from the library's calendar), not from the
 * one-off entries of the holiday data, so that the generated caseload does not change when those do.
 */
final class SpecialDays {
    private SpecialDays() {
    }

    /** The library's own England and Wales calendar: Easter comes from it, not from a second computus. */
    private static final BusinessCalendar ENGLAND_AND_WALES = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);

    /** @return Easter Sunday of {@code year}: two days after the calendar's Good Friday */
    static LocalDate easterSunday(int year) {
        return ENGLAND_AND_WALES.holidays(year).stream().filter(h -> h.name().equals("Good Friday")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Good Friday in " + year)).date().plusDays(2);
    }

    /**
     * @return the working days before the usual bank holidays of England and Wales in {@code year}: the Thursday
     *         before Good Friday, the Fridays before the May and August bank holiday Mondays, Christmas Eve and New
     *         Year's Eve
     */
    static List<LocalDate> holidayEves(int year) {
        LocalDate easter = easterSunday(year);
        return List.of(
                easter.minusDays(3),
                firstMonday(year, Month.MAY).minusDays(3),
                lastMonday(year, Month.MAY).minusDays(3),
                lastMonday(year, Month.AUGUST).minusDays(3),
                LocalDate.of(year, Month.DECEMBER, 24),
                LocalDate.of(year, Month.DECEMBER, 31));
    }

    /** @return true on Christmas Day, Boxing Day, New Year's Day, Good Friday and Easter Monday, when no court sits */
    static boolean noCourtSits(LocalDate day) {
        int month = day.getMonthValue();
        int dom = day.getDayOfMonth();
        if ((month == 12 && (dom == 25 || dom == 26)) || (month == 1 && dom == 1)) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1));
    }

    /** @return the last Sunday of March (clocks go forward) or of October (clocks go back) of {@code year} */
    static LocalDate clockChange(int year, boolean spring) {
        return LocalDate.of(year, spring ? Month.MARCH : Month.OCTOBER, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
