package org.throughcare.examples.caseload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Days on which deadlines are interesting: the eves of bank holidays and weekends, and the Sundays the clocks
 * change. Computed from the calendar rules (not from the engine's holiday data), so that the generated caseload
 * does not change when the holiday data does.
 */
final class SpecialDays {
    private SpecialDays() {
    }

    /** @return Easter Sunday of {@code year} (the anonymous Gregorian computus) */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
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
