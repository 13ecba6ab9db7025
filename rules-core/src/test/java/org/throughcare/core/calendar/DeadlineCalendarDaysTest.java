package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;
import static org.throughcare.core.calendar.DeadlineTestSupport.endOf;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline calculator counts calendar days to the end of the day (TC-03)")
class DeadlineCalendarDaysTest {

    @Test
    @DisplayName("3 days from Thursday 2 April 2026 16:00 ends at 23:59:59 on Sunday 5 April, holidays or not")
    void threeDays() {
        Derivation d = EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 3);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 4, 5));
        assertThat(d.unit()).isEqualTo(DueUnit.CALENDAR_DAYS);
        assertThat(d.basis()).isEqualTo("end of the 3rd calendar day after the trigger day (trigger day is day 0)");
        assertThat(d.skippedDays()).isEmpty();
        assertThat(d.relief()).isEqualTo(Relief.NOT_CONSIDERED);
    }

    @Test
    @DisplayName("0 days ends the trigger day; 1, 2, 11, 21 and 22 days get the right ordinal")
    void ordinals() {
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 0).dueAt()).isEqualTo(endOf(2026, 4, 2));
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 0).basis())
                .isEqualTo("end of the trigger day (trigger day is day 0)");
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 1).basis()).contains("the 1st calendar day");
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 2).basis()).contains("the 2nd calendar day");
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 11).basis()).contains("the 11th calendar day");
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 21).basis()).contains("the 21st calendar day");
        assertThat(EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), 22).basis()).contains("the 22nd calendar day");
        assertThat(DeadlineCalculator.ordinal(13)).isEqualTo("13th");
        assertThat(DeadlineCalculator.ordinal(103)).isEqualTo("103rd");
        assertThat(DeadlineCalculator.ordinal(112)).isEqualTo("112th");
    }

    @Test
    @DisplayName("the end of day follows the clock change: 1 day from Saturday 24 October 2026 ends 23:59:59 GMT on Sunday 25")
    void clockChange() {
        Derivation d = EW.plusCalendarDaysEndOfDay(at(2026, 10, 24, 12, 0), 1);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 10, 25));
        assertThat(d.dueAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @DisplayName("the trigger day is the London date: 22:59Z on 30 June is still 30 June, 23:30Z is already 1 July")
    void londonDate() {
        assertThat(EW.plusCalendarDaysEndOfDay(ZonedDateTime.of(2026, 6, 30, 22, 59, 0, 0, ZoneOffset.UTC), 0)
                .dueAt()).isEqualTo(endOf(2026, 6, 30));
        assertThat(EW.plusCalendarDaysEndOfDay(ZonedDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC), 0)
                .dueAt()).isEqualTo(endOf(2026, 7, 1));
    }

    @Test
    @DisplayName("negative days and a null trigger are rejected")
    void badArguments() {
        assertThatThrownBy(() -> EW.plusCalendarDaysEndOfDay(at(2026, 4, 2, 16, 0), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("days must be 0 or more but was -1");
        assertThatThrownBy(() -> EW.plusCalendarDaysEndOfDay(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("trigger must not be null");
    }
}
