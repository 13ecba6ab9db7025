package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;
import static org.throughcare.core.calendar.CalendarTestSupport.d;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A business calendar tells working days from weekends and bank holidays")
class CalendarWorkingDayQueriesTest {

    @Test
    @DisplayName("Easter Monday is a holiday in England and Wales but a working day in Scotland")
    void easterMonday() {
        assertThat(EW.isWorkingDay(d(2026, 4, 6))).isFalse();
        assertThat(SC.isWorkingDay(d(2026, 4, 6))).isTrue();
        assertThat(EW.isWorkingDay(d(2026, 4, 7))).isTrue();
        assertThat(SC.isWorkingDay(d(2026, 4, 7))).isTrue();
    }

    @Test
    @DisplayName("a Friday is a working day and the Saturday and Sunday after it are not")
    void weekend() {
        assertThat(EW.isWorkingDay(d(2026, 3, 6))).isTrue();
        assertThat(EW.isWorkingDay(d(2026, 3, 7))).isFalse();
        assertThat(EW.isWorkingDay(d(2026, 3, 8))).isFalse();
        assertThat(EW.isWorkingDay(d(2026, 3, 9))).isTrue();
    }

    @Test
    @DisplayName("the reason for a non-working day is the holiday name, else Saturday or Sunday, else empty")
    void reasons() {
        assertThat(EW.nonWorkingReason(d(2026, 4, 3))).hasValue("Good Friday");
        assertThat(EW.nonWorkingReason(d(2026, 4, 4))).hasValue("Saturday");
        assertThat(EW.nonWorkingReason(d(2026, 4, 5))).hasValue("Sunday");
        assertThat(EW.nonWorkingReason(d(2026, 4, 6))).hasValue("Easter Monday");
        assertThat(EW.nonWorkingReason(d(2026, 4, 7))).isEmpty();
        assertThat(SC.nonWorkingReason(d(2026, 4, 6))).isEmpty();
    }

    @Test
    @DisplayName("a holiday moved away leaves an ordinary working day behind (Spring 2022 moved from 30 May to 2 June)")
    void movedHoliday() {
        assertThat(EW.isWorkingDay(d(2022, 5, 30))).isTrue();
        assertThat(EW.holiday(d(2022, 5, 30))).isEmpty();
        assertThat(EW.holiday(d(2022, 6, 2))).map(BankHoliday::name).hasValue("Spring bank holiday");
        assertThat(SC.holiday(d(2022, 6, 2))).map(BankHoliday::name).hasValue("Spring bank holiday");
    }

    @Test
    @DisplayName("the one-off World Cup holiday of 15 June 2026 is Scottish only")
    void worldCup() {
        assertThat(SC.isWorkingDay(d(2026, 6, 15))).isFalse();
        assertThat(EW.isWorkingDay(d(2026, 6, 15))).isTrue();
        assertThat(SC.isWorkingDay(d(2026, 6, 16))).isTrue();
    }
}
