package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;
import static org.throughcare.core.calendar.CalendarTestSupport.d;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A business calendar finds the next working day")
class CalendarNextWorkingDayTest {

    @Test
    @DisplayName("is strictly after the given day even when that day is a working day")
    void strictlyAfter() {
        assertThat(EW.nextWorkingDay(d(2026, 4, 7))).isEqualTo(d(2026, 4, 8));
        assertThat(EW.nextWorkingDay(d(2026, 3, 6))).isEqualTo(d(2026, 3, 9));
    }

    @Test
    @DisplayName("from Thursday before Easter 2026 is Tuesday in England and Wales and Monday in Scotland")
    void overEaster() {
        assertThat(EW.nextWorkingDay(d(2026, 4, 2))).isEqualTo(d(2026, 4, 7));
        assertThat(SC.nextWorkingDay(d(2026, 4, 2))).isEqualTo(d(2026, 4, 6));
    }

    @Test
    @DisplayName("can reach the last supported day but not go past it")
    void upperBoundary() {
        assertThat(EW.nextWorkingDay(d(2100, 12, 30))).isEqualTo(d(2100, 12, 31));
        assertThatThrownBy(() -> EW.nextWorkingDay(d(2100, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2100-12-31")
                .hasMessageContaining("1990-2100");
    }
}
