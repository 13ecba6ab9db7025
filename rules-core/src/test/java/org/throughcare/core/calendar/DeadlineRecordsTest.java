package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;
import static org.throughcare.core.calendar.DeadlineTestSupport.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline result records validate and protect their contents")
class DeadlineRecordsTest {

    @Test
    @DisplayName("a relief that is not applied cannot carry a next working day")
    void reliefValidation() {
        assertThatThrownBy(() -> new Relief(false, ReliefMode.LITERAL, day(2026, 3, 9), null, null,
                java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relief(true, ReliefMode.LITERAL, null, null, null, java.util.List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("a derivation's skipped days cannot be modified")
    void unmodifiable() {
        Derivation d = EW.plusWorkingDaysEndOfDay(at(2026, 4, 2, 16, 0), 3);
        assertThatThrownBy(() -> d.skippedDays().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
