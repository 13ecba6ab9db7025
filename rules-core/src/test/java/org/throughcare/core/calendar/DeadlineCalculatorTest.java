package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.LONDON;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline calculator")
class DeadlineCalculatorTest {

    @Test
    @DisplayName("works in Europe/London and reports its calendar")
    void basics() {
        assertThat(DeadlineCalculator.LONDON).isEqualTo(LONDON);
        assertThat(EW.calendar().id()).isEqualTo(CalendarId.ENGLAND_AND_WALES);
        assertThatThrownBy(() -> new DeadlineCalculator(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("calendar must not be null");
    }
}
