package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.throughcare.core.ActionAnchor;
import org.throughcare.core.Due;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarRangeException;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.fact.RaisedAction;

/**
 * Due times counted from an anchor date the rule gives rather than from the trigger (column {@code anchor} = DATE),
 * with a signed amount: "at least six weeks before the release date" is -6 WEEKS (TC-06). When that time had already
 * passed at the trigger (the date became known too late), the action is due as soon as practicable and in any case
 * before the anchor date: at the end of the day before it, and the anchor is marked short notice (AMB-47 for the
 * release plan).
 */
final class Anchors {
    private Anchors() {
    }

    static DueTimes.Timing timing(DeadlineCalculator deadlines, ActionRow row, RaisedAction raised) {
        LocalDate date = raised.getAnchorDate();
        if (date == null) {
            return new DueTimes.Timing(new Due(null, row.dueKind(), row.dueText()
                    + " (the date it is counted from is not recorded)", null), null, null);
        }
        if (date.getYear() < BusinessCalendar.MIN_SUPPORTED_YEAR || date.getYear() > BusinessCalendar.MAX_SUPPORTED_YEAR) {
            // Counted from a date the calendars do not cover (a release date recorded as 1850, say): said, never
            // computed, as for any due time outside the calendar's years (ActionBuilder turns this into the notice
            // DUE_OUTSIDE_CALENDAR). Counting back from it could reach a date no decision can be written with.
            throw new CalendarRangeException("the date an anchored action is counted from lies outside the years "
                    + BusinessCalendar.MIN_SUPPORTED_YEAR + " to " + BusinessCalendar.MAX_SUPPORTED_YEAR);
        }
        String what = raised.getAnchorDescription() == null ? "the anchor date" : raised.getAnchorDescription();
        if (row.unit() == ActionRow.Unit.DAY_N) {
            // "By day N" counted from the anchor date as day 1 (TC-05): the date of entry into prison, when an
            // action arises later than the entry but is still due by day N of it.
            Derivation d = deadlines.dayN(date, row.amount());
            return new DueTimes.Timing(new Due(d.dueAt(), row.dueKind(), row.dueText(), d), null,
                    new ActionAnchor(date, what, false));
        }
        int days = row.unit() == ActionRow.Unit.WEEKS ? 7 * row.amount() : row.amount();
        if (days >= 0) {
            Derivation d = deadlines.plusCalendarDaysEndOfDay(date.atStartOfDay(Times.LONDON), days);
            return new DueTimes.Timing(new Due(d.dueAt(), row.dueKind(), row.dueText(), d), null,
                    new ActionAnchor(date, what, false));
        }
        Derivation counted = deadlines.daysBeforeEndOfDay(date, -days);
        ZonedDateTime trigger = raised.getTriggerAt();
        if (trigger == null || !counted.dueAt().isBefore(trigger)) {
            return new DueTimes.Timing(new Due(counted.dueAt(), row.dueKind(), row.dueText(), named(counted, what)),
                    null, new ActionAnchor(date, what, false));
        }
        ZonedDateTime before = DeadlineCalculator.endOf(date.minusDays(1));
        Derivation d = deadlines.given(trigger, before, shortNoticeReason(counted, what, raised));
        return new DueTimes.Timing(new Due(before, row.dueKind(), row.dueText() + "; as soon as practicable and before "
                + what + " when that time had passed before the trigger", d), null, new ActionAnchor(date, what, true));
    }

    /** @return the derivation with what the anchor date is added to its basis */
    private static Derivation named(Derivation d, String what) {
        return new Derivation(d.triggerAt(), d.amount(), d.unit(), d.basis().replace(" (TC-06", ", " + what + " (TC-06"),
                d.calendar(), d.calendarDataVersion(), d.skippedDays(), d.relief(), d.dueAt());
    }

    /** @return why an anchored action is due as soon as practicable, in words */
    static String shortNoticeReason(Derivation counted, String what, RaisedAction raised) {
        return "short notice: the latest time counted back from " + what + " (" + counted.basis() + ") had passed when"
                + " the trigger came (" + raised.getTriggerEvent() + ", " + Times.format(raised.getTriggerAt())
                + "), so it is due as soon as practicable and in any case before "
                + DeadlineCalculator.dayText(counted.triggerAt().toLocalDate()) + ": by the end of "
                + DeadlineCalculator.dayText(counted.triggerAt().toLocalDate().minusDays(1));
    }
}
