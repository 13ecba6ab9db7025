package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.LONDON;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deadline calculator counts elapsed hours (TC-02)")
class DeadlineHoursTest {

    @Test
    @DisplayName("24 hours from Thursday 10:00 is Friday 10:00, with the calendar and data version recorded")
    void plain() {
        Derivation d = EW.plusHours(at(2026, 3, 5, 10, 0), 24);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 6, 10, 0));
        assertThat(d.triggerAt()).isEqualTo(at(2026, 3, 5, 10, 0));
        assertThat(d.amount()).isEqualTo(24);
        assertThat(d.unit()).isEqualTo(DueUnit.HOURS);
        assertThat(d.basis()).isEqualTo("24 elapsed hours after the trigger");
        assertThat(d.calendar()).isEqualTo(CalendarId.ENGLAND_AND_WALES);
        assertThat(d.calendarDataVersion()).isEqualTo("2026-11-24");
        assertThat(d.skippedDays()).isEmpty();
        assertThat(d.relief()).isEqualTo(Relief.NOT_CONSIDERED);
        assertThat(d.relief().considered()).isFalse();
    }

    @Test
    @DisplayName("hours run straight through a weekend without relief")
    void throughWeekend() {
        assertThat(EW.plusHours(at(2026, 3, 6, 9, 0), 24).dueAt()).isEqualTo(at(2026, 3, 7, 9, 0));
    }

    @Test
    @DisplayName("across the spring clock change Saturday 28 March 2026 10:00 GMT + 24 h is Sunday 11:00 BST")
    void springForward() {
        Derivation d = EW.plusHours(at(2026, 3, 28, 10, 0), 24);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 29, 11, 0));
        assertThat(d.dueAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(d.triggerAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @DisplayName("across the autumn clock change Saturday 24 October 2026 12:00 BST + 24 h is Sunday 11:00 GMT")
    void fallBack() {
        Derivation d = EW.plusHours(at(2026, 10, 24, 12, 0), 24);
        assertThat(d.dueAt()).isEqualTo(at(2026, 10, 25, 11, 0));
        assertThat(d.dueAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @DisplayName("a trigger in another zone is converted to London first; 1 hour is singular")
    void otherZone() {
        Derivation d = EW.plusHours(ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC), 1);
        assertThat(d.triggerAt().getZone()).isEqualTo(LONDON);
        assertThat(d.triggerAt().toLocalDateTime()).isEqualTo(at(2026, 7, 1, 13, 0).toLocalDateTime());
        assertThat(d.dueAt()).isEqualTo(at(2026, 7, 1, 14, 0));
        assertThat(d.dueAt().getZone()).isEqualTo(LONDON);
        assertThat(d.basis()).isEqualTo("1 elapsed hour after the trigger");
    }

    @Test
    @DisplayName("0 hours is the trigger itself; negative hours and a null trigger are rejected")
    void edges() {
        assertThat(EW.plusHours(at(2026, 3, 5, 10, 0), 0).dueAt()).isEqualTo(at(2026, 3, 5, 10, 0));
        assertThatThrownBy(() -> EW.plusHours(at(2026, 3, 5, 10, 0), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hours must be 0 or more but was -1");
        assertThatThrownBy(() -> EW.plusHours(null, 24))
                .isInstanceOf(NullPointerException.class).hasMessage("trigger must not be null");
    }
}
