package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;
import static org.throughcare.core.calendar.CalendarTestSupport.d;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A business calendar adds working days")
class CalendarAddWorkingDaysTest {

    @Test
    @DisplayName("3 working days from Thursday 2 April 2026 is Thursday 9 April, skipping Good Friday, the weekend and Easter Monday")
    void overEaster2026() {
        WorkingDays wd = EW.addWorkingDays(d(2026, 4, 2), 3);
        assertThat(wd.start()).isEqualTo(d(2026, 4, 2));
        assertThat(wd.days()).isEqualTo(3);
        assertThat(wd.result()).isEqualTo(d(2026, 4, 9));
        assertThat(wd.skipped()).extracting(SkippedDay::date, SkippedDay::reason).containsExactly(
                tuple(d(2026, 4, 3), "Good Friday"),
                tuple(d(2026, 4, 4), "Saturday"),
                tuple(d(2026, 4, 5), "Sunday"),
                tuple(d(2026, 4, 6), "Easter Monday"));
    }

    @Test
    @DisplayName("the same 3 working days end a day earlier in Scotland, where Easter Monday is worked")
    void overEaster2026Scotland() {
        WorkingDays wd = SC.addWorkingDays(d(2026, 4, 2), 3);
        assertThat(wd.result()).isEqualTo(d(2026, 4, 8));
        assertThat(wd.skipped()).extracting(SkippedDay::date)
                .containsExactly(d(2026, 4, 3), d(2026, 4, 4), d(2026, 4, 5));
    }

    @Test
    @DisplayName("the start is day 0 even when it is a working day")
    void startIsDayZero() {
        assertThat(EW.addWorkingDays(d(2026, 3, 9), 1).result()).isEqualTo(d(2026, 3, 10));
        assertThat(EW.addWorkingDays(d(2026, 3, 9), 1).skipped()).isEmpty();
        assertThat(EW.addWorkingDays(d(2026, 3, 7), 1).result()).isEqualTo(d(2026, 3, 9));
        assertThat(EW.addWorkingDays(d(2026, 3, 7), 1).skipped()).extracting(SkippedDay::date)
                .containsExactly(d(2026, 3, 8));
    }

    @Test
    @DisplayName("adding 0 working days returns the start, even on a Saturday")
    void zero() {
        WorkingDays wd = EW.addWorkingDays(d(2026, 4, 4), 0);
        assertThat(wd.result()).isEqualTo(d(2026, 4, 4));
        assertThat(wd.skipped()).isEmpty();
    }

    @Test
    @DisplayName("a negative count is rejected")
    void negative() {
        assertThatThrownBy(() -> EW.addWorkingDays(d(2026, 4, 4), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n (working days to add) must be 0 or more but was -1");
    }

    @Test
    @DisplayName("counting past 31 December 2100 is rejected")
    void pastEnd() {
        assertThat(EW.addWorkingDays(d(2100, 12, 30), 1).result()).isEqualTo(d(2100, 12, 31));
        assertThatThrownBy(() -> EW.addWorkingDays(d(2100, 12, 30), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs past 2100-12-31");
    }

    @Test
    @DisplayName("the skipped list cannot be modified")
    void unmodifiable() {
        List<SkippedDay> skipped = EW.addWorkingDays(d(2026, 4, 2), 3).skipped();
        assertThatThrownBy(() -> skipped.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
