package org.throughcare.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The recurring (rule-based) bank holidays of each jurisdiction, before one-off changes from the
 * data file are applied. Stateless.
 */
final class HolidayRules {

    static final String SUBSTITUTE = " (substitute day)";
    static final String NEW_YEARS_DAY = "New Year's Day";
    static final String SECOND_JANUARY = "2nd January";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String ST_ANDREWS_DAY = "St Andrew's Day";
    static final String CHRISTMAS_DAY = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";

    /** The St Andrew's Day Bank Holiday (Scotland) Act 2007 applies from this year. */
    static final int FIRST_ST_ANDREWS_DAY_YEAR = 2007;

    private HolidayRules() {
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher).
     */
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

    /** The rule-based holidays of one calendar and year, sorted by date. */
    static List<BankHoliday> ruleBased(CalendarId id, int year) {
        List<BankHoliday> out = new ArrayList<>();
        if (id == CalendarId.SCOTLAND) {
            newYearScotland(year, out);
        } else {
            newYearEnglandAndWales(year, out);
        }
        LocalDate easter = easterSunday(year);
        out.add(new BankHoliday(easter.minusDays(2), GOOD_FRIDAY));
        if (id == CalendarId.ENGLAND_AND_WALES) {
            out.add(new BankHoliday(easter.plusDays(1), EASTER_MONDAY));
        }
        out.add(new BankHoliday(firstMonday(year, Month.MAY), EARLY_MAY));
        out.add(new BankHoliday(lastMonday(year, Month.MAY), SPRING));
        out.add(new BankHoliday(id == CalendarId.SCOTLAND
                ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST), SUMMER));
        if (id == CalendarId.SCOTLAND && year >= FIRST_ST_ANDREWS_DAY_YEAR) {
            out.add(mondayIfWeekend(LocalDate.of(year, Month.NOVEMBER, 30), ST_ANDREWS_DAY));
        }
        christmas(year, out);
        out.sort((x, y) -> x.date().compareTo(y.date()));
        return out;
    }

    /** 1 January; at a weekend, the following Monday. */
    private static void newYearEnglandAndWales(int year, List<BankHoliday> out) {
        out.add(mondayIfWeekend(LocalDate.of(year, 1, 1), NEW_YEARS_DAY));
    }

    /** 1 and 2 January, moved past the weekend in order, each to the next free weekday. */
    private static void newYearScotland(int year, List<BankHoliday> out) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        switch (jan1.getDayOfWeek()) {
            case FRIDAY -> {
                out.add(new BankHoliday(jan1, NEW_YEARS_DAY));
                out.add(new BankHoliday(LocalDate.of(year, 1, 4), SECOND_JANUARY + SUBSTITUTE));
            }
            case SATURDAY -> {
                out.add(new BankHoliday(LocalDate.of(year, 1, 3), NEW_YEARS_DAY + SUBSTITUTE));
                out.add(new BankHoliday(LocalDate.of(year, 1, 4), SECOND_JANUARY + SUBSTITUTE));
            }
            case SUNDAY -> {
                out.add(new BankHoliday(LocalDate.of(year, 1, 2), NEW_YEARS_DAY + SUBSTITUTE));
                out.add(new BankHoliday(LocalDate.of(year, 1, 3), SECOND_JANUARY + SUBSTITUTE));
            }
            default -> {
                out.add(new BankHoliday(jan1, NEW_YEARS_DAY));
                out.add(new BankHoliday(LocalDate.of(year, 1, 2), SECOND_JANUARY));
            }
        }
    }

    /** Christmas Day and Boxing Day with the substitute days used in both jurisdictions. */
    private static void christmas(int year, List<BankHoliday> out) {
        LocalDate dec25 = LocalDate.of(year, 12, 25);
        switch (dec25.getDayOfWeek()) {
            case FRIDAY -> {
                out.add(new BankHoliday(dec25, CHRISTMAS_DAY));
                out.add(new BankHoliday(LocalDate.of(year, 12, 28), BOXING_DAY + SUBSTITUTE));
            }
            case SATURDAY -> {
                out.add(new BankHoliday(LocalDate.of(year, 12, 27), CHRISTMAS_DAY + SUBSTITUTE));
                out.add(new BankHoliday(LocalDate.of(year, 12, 28), BOXING_DAY + SUBSTITUTE));
            }
            case SUNDAY -> {
                out.add(new BankHoliday(LocalDate.of(year, 12, 26), BOXING_DAY));
                out.add(new BankHoliday(LocalDate.of(year, 12, 27), CHRISTMAS_DAY + SUBSTITUTE));
            }
            default -> {
                out.add(new BankHoliday(dec25, CHRISTMAS_DAY));
                out.add(new BankHoliday(LocalDate.of(year, 12, 26), BOXING_DAY));
            }
        }
    }

    private static BankHoliday mondayIfWeekend(LocalDate date, String name) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return new BankHoliday(date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), name + SUBSTITUTE);
        }
        return new BankHoliday(date, name);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
