package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.CalendarTestSupport.EW;
import static org.throughcare.core.calendar.CalendarTestSupport.SC;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A business calendar knows its identity")
class CalendarIdentityTest {

    @Test
    @DisplayName("knows its id and the bundled data version")
    void idAndVersion() {
        assertThat(EW.id()).isEqualTo(CalendarId.ENGLAND_AND_WALES);
        assertThat(SC.id()).isEqualTo(CalendarId.SCOTLAND);
        assertThat(EW.dataVersion()).isEqualTo("2026-11-24");
        assertThat(SC.dataVersion()).isEqualTo(Calendars.bundled().dataVersion());
    }

    @Test
    @DisplayName("calendar ids round-trip through their codes")
    void codes() {
        assertThat(CalendarId.ENGLAND_AND_WALES.code()).isEqualTo("england-and-wales");
        assertThat(CalendarId.SCOTLAND.code()).isEqualTo("scotland");
        for (CalendarId id : CalendarId.values()) {
            assertThat(CalendarId.fromCode(id.code())).isEqualTo(id);
        }
    }

    @Test
    @DisplayName("an unknown calendar code is rejected with a message listing the valid codes")
    void unknownCode() {
        assertThatThrownBy(() -> CalendarId.fromCode("wales"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown calendar code 'wales'; valid codes are england-and-wales, scotland");
        assertThatThrownBy(() -> CalendarId.fromCode("Scotland")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarId.fromCode(null)).isInstanceOf(NullPointerException.class);
    }
}
