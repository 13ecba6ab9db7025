package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.throughcare.core.calendar.DeadlineTestSupport.EW;
import static org.throughcare.core.calendar.DeadlineTestSupport.LONDON;
import static org.throughcare.core.calendar.DeadlineTestSupport.SC;
import static org.throughcare.core.calendar.DeadlineTestSupport.at;
import static org.throughcare.core.calendar.DeadlineTestSupport.day;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The deadline calculator gives weekend and bank holiday relief on elapsed hours (TC-10)")
class DeadlineWeekendReliefTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReliefMode.class)
    @DisplayName("Thursday 2 April 2026 16:00 + 24 h over Easter is Tuesday 7 April 09:00 in England and Wales")
    void easter2026(ReliefMode mode) {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 4, 2, 16, 0), 24, mode);
        assertThat(d.dueAt()).isEqualTo(at(2026, 4, 7, 9, 0));
        assertThat(d.unit()).isEqualTo(DueUnit.HOURS);
        assertThat(d.amount()).isEqualTo(24);
        assertThat(d.skippedDays()).extracting(SkippedDay::date, SkippedDay::reason).containsExactly(
                tuple(day(2026, 4, 3), "Good Friday"),
                tuple(day(2026, 4, 4), "Saturday"),
                tuple(day(2026, 4, 5), "Sunday"),
                tuple(day(2026, 4, 6), "Easter Monday"));
        Relief r = d.relief();
        assertThat(r.applied()).isTrue();
        assertThat(r.considered()).isTrue();
        assertThat(r.mode()).isEqualTo(mode);
        assertThat(r.nextWorkingDay()).isEqualTo(day(2026, 4, 7));
        assertThat(r.strictDueAt()).isEqualTo(at(2026, 4, 3, 16, 0));
        assertThat(r.literalDueAt()).isEqualTo(at(2026, 4, 7, 9, 0));
        assertThat(r.nonWorkingDaysInWindow()).containsExactly(new SkippedDay(day(2026, 4, 3), "Good Friday"));
    }

    @Test
    @DisplayName("the NEVER_SHORTER basis for Easter 2026 is the catalogue's sentence")
    void easterBasis() {
        assertThat(EW.plusHoursWithWeekendRelief(at(2026, 4, 2, 16, 0), 24, ReliefMode.NEVER_SHORTER).basis())
                .isEqualTo("24 hours, but a weekend or bank holiday falls within them, so 09:00 on the next working"
                        + " day (Tuesday 7 April 2026), never earlier than 24 hours (TC-10, reading NEVER_SHORTER)");
        assertThat(EW.plusHoursWithWeekendRelief(at(2026, 4, 2, 16, 0), 24, ReliefMode.LITERAL).basis())
                .isEqualTo("24 hours, but a weekend or bank holiday falls within them, so 09:00 on the next working"
                        + " day (Tuesday 7 April 2026) (TC-10, reading LITERAL)");
    }

    @Test
    @DisplayName("the same Thursday in Scotland ends on Monday 6 April 09:00, Easter Monday being worked there")
    void easter2026Scotland() {
        for (ReliefMode mode : ReliefMode.values()) {
            Derivation d = SC.plusHoursWithWeekendRelief(at(2026, 4, 2, 16, 0), 24, mode);
            assertThat(d.dueAt()).isEqualTo(at(2026, 4, 6, 9, 0));
            assertThat(d.calendar()).isEqualTo(CalendarId.SCOTLAND);
            assertThat(d.skippedDays()).extracting(SkippedDay::date)
                    .containsExactly(day(2026, 4, 3), day(2026, 4, 4), day(2026, 4, 5));
        }
    }

    @Test
    @DisplayName("Sunday 20:00 + 24 h: LITERAL gives Monday 09:00, NEVER_SHORTER keeps Monday 20:00")
    void sundayEvening() {
        ZonedDateTime t = at(2026, 3, 8, 20, 0);
        Derivation literal = EW.plusHoursWithWeekendRelief(t, 24, ReliefMode.LITERAL);
        Derivation never = EW.plusHoursWithWeekendRelief(t, 24, ReliefMode.NEVER_SHORTER);
        assertThat(literal.dueAt()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(never.dueAt()).isEqualTo(at(2026, 3, 9, 20, 0));
        assertThat(literal.skippedDays()).containsExactly(new SkippedDay(day(2026, 3, 8), "Sunday"));
        assertThat(never.skippedDays()).containsExactly(new SkippedDay(day(2026, 3, 8), "Sunday"));
        assertThat(never.relief().applied()).isTrue();
        assertThat(never.relief().literalDueAt()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(never.relief().strictDueAt()).isEqualTo(at(2026, 3, 9, 20, 0));
        assertThat(never.basis()).isEqualTo("24 hours, but a weekend or bank holiday falls within them, so 09:00"
                + " on the next working day (Monday 9 March 2026), never earlier than 24 hours; here the 24 hours"
                + " end later, so they stand (TC-10, reading NEVER_SHORTER)");
        assertThat(literal.basis()).isEqualTo("24 hours, but a weekend or bank holiday falls within them, so 09:00"
                + " on the next working day (Monday 9 March 2026), even though that is earlier than 24 hours"
                + " (TC-10, reading LITERAL)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReliefMode.class)
    @DisplayName("Friday 09:00 + 24 h ends on Saturday, so the deadline is Monday 09:00")
    void fridayMorning(ReliefMode mode) {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 6, 9, 0), 24, mode);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(d.skippedDays()).extracting(SkippedDay::date).containsExactly(day(2026, 3, 7), day(2026, 3, 8));
        assertThat(d.relief().nonWorkingDaysInWindow()).extracting(SkippedDay::date).containsExactly(day(2026, 3, 7));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReliefMode.class)
    @DisplayName("Friday 00:00 exactly + 24 h ends at Saturday 00:00, which does not touch Saturday: no relief")
    void fridayMidnight(ReliefMode mode) {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 6, 0, 0), 24, mode);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 7, 0, 0));
        assertThat(d.relief().applied()).isFalse();
        assertThat(d.relief().mode()).isEqualTo(mode);
        assertThat(d.relief().strictDueAt()).isEqualTo(at(2026, 3, 7, 0, 0));
        assertThat(d.relief().nextWorkingDay()).isNull();
        assertThat(d.relief().literalDueAt()).isNull();
        assertThat(d.relief().nonWorkingDaysInWindow()).isEmpty();
        assertThat(d.skippedDays()).isEmpty();
        assertThat(d.basis()).isEqualTo("24 elapsed hours after the trigger; no weekend or bank holiday falls"
                + " within them, so no relief applies (TC-10, reading " + mode + ")");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReliefMode.class)
    @DisplayName("one minute later, Friday 00:01 + 24 h reaches into Saturday, so relief moves it to Monday 09:00")
    void fridayJustAfterMidnight(ReliefMode mode) {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 6, 0, 1), 24, mode);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(d.relief().applied()).isTrue();
    }

    @Test
    @DisplayName("Thursday 10:00 in an ordinary week + 24 h is Friday 10:00 with no relief")
    void ordinaryThursday() {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 5, 10, 0), 24, ReliefMode.NEVER_SHORTER);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 6, 10, 0));
        assertThat(d.relief().applied()).isFalse();
        assertThat(d.skippedDays()).isEmpty();
    }

    @Test
    @DisplayName("Saturday 4 April 2026 12:00 + 24 h: Tuesday 09:00 in England and Wales, Monday 09:00 in Scotland")
    void saturdayBeforeEasterMonday() {
        ZonedDateTime t = at(2026, 4, 4, 12, 0);
        for (ReliefMode mode : ReliefMode.values()) {
            Derivation ew = EW.plusHoursWithWeekendRelief(t, 24, mode);
            assertThat(ew.relief().nextWorkingDay()).isEqualTo(day(2026, 4, 7));
            assertThat(ew.dueAt()).isEqualTo(at(2026, 4, 7, 9, 0));
            assertThat(ew.skippedDays()).extracting(SkippedDay::date)
                    .containsExactly(day(2026, 4, 4), day(2026, 4, 5), day(2026, 4, 6));
        }
        Derivation literal = SC.plusHoursWithWeekendRelief(t, 24, ReliefMode.LITERAL);
        Derivation never = SC.plusHoursWithWeekendRelief(t, 24, ReliefMode.NEVER_SHORTER);
        assertThat(literal.relief().nextWorkingDay()).isEqualTo(day(2026, 4, 6));
        assertThat(literal.dueAt()).isEqualTo(at(2026, 4, 6, 9, 0));
        assertThat(never.relief().strictDueAt()).isEqualTo(at(2026, 4, 5, 12, 0));
        assertThat(never.dueAt()).isEqualTo(at(2026, 4, 6, 9, 0));
        assertThat(never.skippedDays()).extracting(SkippedDay::date).containsExactly(day(2026, 4, 4), day(2026, 4, 5));
    }

    @Test
    @DisplayName("when the hours run past the next working day, LITERAL can end before the hours do; NEVER_SHORTER cannot")
    void longWindow() {
        ZonedDateTime t = at(2026, 3, 6, 9, 0);
        Derivation literal = EW.plusHoursWithWeekendRelief(t, 96, ReliefMode.LITERAL);
        Derivation never = EW.plusHoursWithWeekendRelief(t, 96, ReliefMode.NEVER_SHORTER);
        assertThat(literal.dueAt()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(never.dueAt()).isEqualTo(at(2026, 3, 10, 9, 0));
        assertThat(never.skippedDays()).extracting(SkippedDay::date).containsExactly(day(2026, 3, 7), day(2026, 3, 8));
    }

    @Test
    @DisplayName("relief across the spring clock change: Saturday 28 March 2026 10:00 GMT + 24 h is Monday 30 March 09:00 BST")
    void reliefAcrossClockChange() {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 28, 10, 0), 24, ReliefMode.NEVER_SHORTER);
        assertThat(d.relief().strictDueAt()).isEqualTo(at(2026, 3, 29, 11, 0));
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 30, 9, 0));
        assertThat(d.dueAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    @DisplayName("the two-argument form uses NEVER_SHORTER")
    void defaultMode() {
        ZonedDateTime t = at(2026, 3, 8, 20, 0);
        assertThat(EW.plusHoursWithWeekendRelief(t, 24))
                .isEqualTo(EW.plusHoursWithWeekendRelief(t, 24, ReliefMode.NEVER_SHORTER));
    }

    @Test
    @DisplayName("0 hours from a Saturday is an empty window: no relief and the deadline is the trigger")
    void zeroHours() {
        Derivation d = EW.plusHoursWithWeekendRelief(at(2026, 3, 7, 12, 0), 0, ReliefMode.LITERAL);
        assertThat(d.dueAt()).isEqualTo(at(2026, 3, 7, 12, 0));
        assertThat(d.relief().applied()).isFalse();
    }

    @Test
    @DisplayName("a UTC trigger is read in London: 2 April 2026 15:00Z is 16:00 BST")
    void utcTrigger() {
        Derivation d = EW.plusHoursWithWeekendRelief(ZonedDateTime.of(2026, 4, 2, 15, 0, 0, 0, ZoneOffset.UTC), 24,
                ReliefMode.NEVER_SHORTER);
        assertThat(d.triggerAt()).isEqualTo(at(2026, 4, 2, 16, 0));
        assertThat(d.triggerAt().getZone()).isEqualTo(LONDON);
        assertThat(d.dueAt()).isEqualTo(at(2026, 4, 7, 9, 0));
    }

    @Test
    @DisplayName("bad arguments are rejected with precise messages")
    void badArguments() {
        assertThatThrownBy(() -> EW.plusHoursWithWeekendRelief(null, 24, ReliefMode.LITERAL))
                .isInstanceOf(NullPointerException.class).hasMessage("trigger must not be null");
        assertThatThrownBy(() -> EW.plusHoursWithWeekendRelief(at(2026, 3, 5, 10, 0), 24, null))
                .isInstanceOf(NullPointerException.class).hasMessage("mode must not be null");
        assertThatThrownBy(() -> EW.plusHoursWithWeekendRelief(at(2026, 3, 5, 10, 0), -24, ReliefMode.LITERAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hours must be 0 or more but was -24");
        assertThatThrownBy(() -> EW.plusHoursWithWeekendRelief(at(2100, 12, 31, 12, 0), 24, ReliefMode.LITERAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101-01-01");
    }
}
