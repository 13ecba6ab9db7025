package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.SC;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;
import static org.throughcare.core.calendar.DeadlineTestSupport.day;
import static org.throughcare.core.calendar.DeadlineTestSupport.endOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline calculator counts working days to the end of the day (TC-04)")
class DeadlineWorkingDaysToEndOfDayTest {

    @Test
    @DisplayName("3 working days from Thursday 2 April 2026 ends Thursday 9 April, skipping Good Friday to Easter Monday")
    void easter() {
        Derivation d = EW.plusWorkingDaysEndOfDay(at(2026, 4, 2, 16, 0), 3);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 4, 9));
        assertThat(d.unit()).isEqualTo(DueUnit.WORKING_DAYS);
        assertThat(d.amount()).isEqualTo(3);
        assertThat(d.basis()).isEqualTo("end of the 3rd working day after the trigger day (trigger day is day 0)");
        assertThat(d.skippedDays()).extracting(SkippedDay::date, SkippedDay::reason).containsExactly(
                tuple(day(2026, 4, 3), "Good Friday"),
                tuple(day(2026, 4, 4), "Saturday"),
                tuple(day(2026, 4, 5), "Sunday"),
                tuple(day(2026, 4, 6), "Easter Monday"));
        assertThat(d.relief()).isEqualTo(Relief.NOT_CONSIDERED);
    }

    @Test
    @DisplayName("in Scotland the same 3 working days end on Wednesday 8 April")
    void easterScotland() {
        assertThat(SC.plusWorkingDaysEndOfDay(at(2026, 4, 2, 16, 0), 3).dueAt()).isEqualTo(endOf(2026, 4, 8));
    }

    @Test
    @DisplayName("5 working days from Monday 9 March 2026 ends Monday 16 March; the trigger day is day 0")
    void fiveDays() {
        Derivation d = EW.plusWorkingDaysEndOfDay(at(2026, 3, 9, 8, 0), 5);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 3, 16));
        assertThat(d.basis()).isEqualTo("end of the 5th working day after the trigger day (trigger day is day 0)");
        assertThat(d.skippedDays()).extracting(SkippedDay::date).containsExactly(day(2026, 3, 14), day(2026, 3, 15));
    }

    @Test
    @DisplayName("0 working days ends the trigger day, even a Saturday")
    void zero() {
        Derivation d = EW.plusWorkingDaysEndOfDay(at(2026, 3, 7, 8, 0), 0);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 3, 7));
        assertThat(d.skippedDays()).isEmpty();
    }

    @Test
    @DisplayName("negative days, a null trigger and a date past 2100 are rejected")
    void badArguments() {
        assertThatThrownBy(() -> EW.plusWorkingDaysEndOfDay(at(2026, 3, 7, 8, 0), -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("days must be 0 or more but was -5");
        assertThatThrownBy(() -> EW.plusWorkingDaysEndOfDay(null, 5))
                .isInstanceOf(NullPointerException.class).hasMessage("trigger must not be null");
        assertThatThrownBy(() -> EW.plusWorkingDaysEndOfDay(at(2100, 12, 30, 8, 0), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100-12-31");
    }
}
