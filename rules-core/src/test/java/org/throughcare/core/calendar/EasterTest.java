package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Easter Sunday by the anonymous Gregorian algorithm")
class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @DisplayName("Easter Sunday falls on the known date across the supported years")
    @CsvSource({
        "1990, 1990-04-15",
        "1995, 1995-04-16",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2038, 2038-04-25",
        "2100, 2100-03-28",
    })
    void easterSunday(int year, LocalDate expected) {
        assertThat(HolidayRules.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: Good Friday {1}, Easter Monday {2}")
    @DisplayName("Good Friday is two days before and Easter Monday the day after Easter Sunday in England and Wales")
    @CsvSource({
        "2008, 2008-03-21, 2008-03-24",
        "2038, 2038-04-23, 2038-04-26",
        "2100, 2100-03-26, 2100-03-29",
    })
    void goodFridayAndEasterMonday(int year, LocalDate goodFriday, LocalDate easterMonday) {
        BusinessCalendar ew = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);
        BusinessCalendar sc = Calendars.bundled().get(CalendarId.SCOTLAND);
        assertThat(ew.holiday(goodFriday)).map(BankHoliday::name).hasValue("Good Friday");
        assertThat(ew.holiday(easterMonday)).map(BankHoliday::name).hasValue("Easter Monday");
        assertThat(sc.holiday(goodFriday)).map(BankHoliday::name).hasValue("Good Friday");
        assertThat(sc.holiday(easterMonday)).isEmpty();
    }
}
