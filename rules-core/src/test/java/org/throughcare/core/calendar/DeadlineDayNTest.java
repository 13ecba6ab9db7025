package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;
import static org.throughcare.core.calendar.DeadlineTestSupport.day;
import static org.throughcare.core.calendar.DeadlineTestSupport.endOf;

import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline calculator finds the end of day N (TC-05)")
class DeadlineDayNTest {

    @Test
    @DisplayName("day 1 is the entry date itself and day 14 ends 13 days later")
    void dayN() {
        Derivation one = EW.dayN(day(2026, 4, 1), 1);
        assertThat(one.dueAt()).isEqualTo(endOf(2026, 4, 1));
        assertThat(one.basis()).isEqualTo("end of day 1, the entry date itself (entry date is day 1)");
        Derivation fourteen = EW.dayN(day(2026, 4, 1), 14);
        assertThat(fourteen.dueAt()).isEqualTo(endOf(2026, 4, 14));
        assertThat(fourteen.unit()).isEqualTo(DueUnit.DAY_N);
        assertThat(fourteen.amount()).isEqualTo(14);
        assertThat(fourteen.triggerAt()).isEqualTo(at(2026, 4, 1, 0, 0));
        assertThat(fourteen.basis()).isEqualTo("end of day 14, counting the entry date as day 1");
        assertThat(fourteen.skippedDays()).isEmpty();
        assertThat(fourteen.relief()).isEqualTo(Relief.NOT_CONSIDERED);
    }

    @Test
    @DisplayName("day 10 from Friday 20 March 2026 ends on Sunday 29 March in summer time")
    void acrossClockChange() {
        Derivation d = EW.dayN(day(2026, 3, 20), 10);
        assertThat(d.dueAt()).isEqualTo(endOf(2026, 3, 29));
        assertThat(d.dueAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    @DisplayName("day 0, a negative day and a null entry date are rejected")
    void badArguments() {
        assertThatThrownBy(() -> EW.dayN(day(2026, 4, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be 1 or more (the entry date is day 1) but was 0");
        assertThatThrownBy(() -> EW.dayN(day(2026, 4, 1), -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EW.dayN(null, 3))
                .isInstanceOf(NullPointerException.class).hasMessage("entryDate must not be null");
    }
}
