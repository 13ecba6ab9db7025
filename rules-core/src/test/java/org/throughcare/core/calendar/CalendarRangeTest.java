package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;
import static org.throughcare.core.calendar.CalendarTestSupport.d;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A business calendar supports the years 1990 to 2100 only")
class CalendarRangeTest {

    @Test
    @DisplayName("1 January 1990 and 31 December 2100 are accepted")
    void insideAccepted() {
        assertThat(EW.isWorkingDay(d(1990, 1, 1))).isFalse();
        assertThat(EW.holiday(d(1990, 1, 1))).map(BankHoliday::name).hasValue("New Year's Day");
        assertThat(SC.isWorkingDay(d(2100, 12, 31))).isTrue();
        assertThat(EW.holidays(1990)).hasSize(8);
        assertThat(EW.holidays(2100)).hasSize(8);
    }

    @Test
    @DisplayName("31 December 1989 and 1 January 2101 are rejected with a clear message")
    void outsideRejected() {
        assertThatThrownBy(() -> EW.isWorkingDay(d(1989, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date 1989-12-31 is outside the years supported by the england-and-wales calendar"
                        + " (1990-2100)");
        assertThatThrownBy(() -> SC.holiday(d(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2101-01-01").hasMessageContaining("scotland");
        assertThatThrownBy(() -> SC.nonWorkingReason(d(2101, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EW.addWorkingDays(d(1989, 12, 29), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start 1989-12-29");
        assertThatThrownBy(() -> EW.nextWorkingDay(d(1989, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("years 1989 and 2101 are rejected by the holiday list")
    void yearsOutsideRejected() {
        assertThatThrownBy(() -> EW.holidays(1989))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 1989 is outside the years supported by the england-and-wales calendar (1990-2100)");
        assertThatThrownBy(() -> SC.holidays(2101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("null dates are rejected with a named NullPointerException")
    void nulls() {
        assertThatThrownBy(() -> EW.isWorkingDay(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> EW.addWorkingDays(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("start must not be null");
    }
}
