package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;
import static org.throughcare.core.calendar.CalendarTestSupport.d;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A business calendar lists each year's bank holidays")
class CalendarListsTest {

    @Test
    @DisplayName("a year's holidays are sorted by date and cannot be modified")
    void sortedAndUnmodifiable() {
        for (int year = BusinessCalendar.MIN_SUPPORTED_YEAR; year <= BusinessCalendar.MAX_SUPPORTED_YEAR; year++) {
            int y = year;
            for (BusinessCalendar cal : List.of(EW, SC)) {
                List<BankHoliday> list = cal.holidays(y);
                assertThat(list).extracting(BankHoliday::date).isSorted();
                assertThat(list).allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(y));
            }
        }
        List<BankHoliday> list = EW.holidays(2026);
        assertThatThrownBy(() -> list.add(new BankHoliday(d(2026, 7, 1), "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("no bank holiday ever falls on a Saturday or Sunday in the bundled data")
    void neverAtWeekend() {
        for (int year = BusinessCalendar.MIN_SUPPORTED_YEAR; year <= BusinessCalendar.MAX_SUPPORTED_YEAR; year++) {
            for (BusinessCalendar cal : List.of(EW, SC)) {
                assertThat(cal.holidays(year)).extracting(h -> h.date().getDayOfWeek())
                        .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
    }

    @Test
    @DisplayName("years without one-off changes have 8 holidays, and Scotland 9 once St Andrew's Day arrives in 2007")
    void counts() {
        List<Integer> special = List.of(1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023, 2026);
        for (int year = BusinessCalendar.MIN_SUPPORTED_YEAR; year <= BusinessCalendar.MAX_SUPPORTED_YEAR; year++) {
            if (special.contains(year)) {
                continue;
            }
            assertThat(EW.holidays(year)).as("England and Wales %d", year).hasSize(8);
            assertThat(SC.holidays(year)).as("Scotland %d", year).hasSize(year >= 2007 ? 9 : 8);
            assertThat(SC.holidays(year)).extracting(BankHoliday::name).doesNotContain("Easter Monday");
        }
    }

    @Test
    @DisplayName("St Andrew's Day is a Scottish holiday from 2007, not in 2006")
    void stAndrewsDayStarts2007() {
        assertThat(SC.isWorkingDay(d(2006, 11, 30))).isTrue();
        assertThat(SC.holiday(d(2007, 11, 30))).map(BankHoliday::name).hasValue("St Andrew's Day");
        assertThat(EW.isWorkingDay(d(2007, 11, 30))).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @DisplayName("substitute days carry the published substitute names")
    @CsvSource(delimiter = '|', value = {
        "scotland          | 2021-01-04 | 2nd January (substitute day)",
        "scotland          | 2022-01-03 | New Year's Day (substitute day)",
        "scotland          | 2022-01-04 | 2nd January (substitute day)",
        "scotland          | 2023-01-02 | New Year's Day (substitute day)",
        "scotland          | 2023-01-03 | 2nd January (substitute day)",
        "scotland          | 2027-01-04 | 2nd January (substitute day)",
        "scotland          | 2008-12-01 | St Andrew's Day (substitute day)",
        "scotland          | 2019-12-02 | St Andrew's Day (substitute day)",
        "england-and-wales | 2022-01-03 | New Year's Day (substitute day)",
        "england-and-wales | 2023-01-02 | New Year's Day (substitute day)",
        "england-and-wales | 2020-12-28 | Boxing Day (substitute day)",
        "england-and-wales | 2021-12-27 | Christmas Day (substitute day)",
        "england-and-wales | 2021-12-28 | Boxing Day (substitute day)",
        "england-and-wales | 2022-12-26 | Boxing Day",
        "england-and-wales | 2022-12-27 | Christmas Day (substitute day)",
        "england-and-wales | 2026-12-28 | Boxing Day (substitute day)",
    })
    void substituteNames(String calendar, LocalDate date, String name) {
        BusinessCalendar cal = Calendars.bundled().get(CalendarId.fromCode(calendar));
        assertThat(cal.holiday(date)).map(BankHoliday::name).hasValue(name);
    }
}
