package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.ActionAnchor;
import org.throughcare.core.ActionWindow;
import org.throughcare.core.Due;
import org.throughcare.core.DueKind;
import org.throughcare.core.Settings;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.fact.RaisedAction;

/**
 * An action's due time: the row's timescale counted from the trigger (or the window's start, or the anchor date the
 * rule gives) on the rule set's calendar (TC-02 to TC-10), or the date the case's data gives; and its window.
 */
final class DueTimes {
    private DueTimes() {
    }

    /**
     * When an action is due, and, for a window, from when; for an anchored action, the anchor.
     *
     * @param due    the due time
     * @param window the window, for due kind WINDOW or MIN_FREQUENCY with a known end; else null
     * @param anchor the anchor date, for a row anchored on DATE; else null
     */
    record Timing(Due due, ActionWindow window, ActionAnchor anchor) {
    }

    /**
     * The timing of an action raised under {@code row}, with its derivation; the settings that shaped it are added
     * to {@code interpretations}.
     *
     * @throws org.throughcare.core.calendar.CalendarRangeException when the count leaves the calendar's years
     */
    static Timing timing(LoadedRuleSet rs, ActionRow row, RaisedAction raised, Settings settings,
                         List<String> interpretations) {
        ZonedDateTime triggerAt = raised.getTriggerAt();
        if (row.dueKind() == DueKind.STANDING) {
            return new Timing(new Due(null, DueKind.STANDING, row.dueText(), null), null, null);
        }
        if (row.unit() == ActionRow.Unit.NONE) {
            return new Timing(new Due(null, DueKind.UNSPECIFIED, row.dueText(), null), null, null);
        }
        boolean windowed = row.dueKind() == DueKind.WINDOW || row.dueKind() == DueKind.MIN_FREQUENCY;
        ZonedDateTime from = windowed && raised.getWindowStart() != null ? raised.getWindowStart() : triggerAt;
        if (from == null) {
            return new Timing(new Due(null, row.dueKind(), row.dueText() + " (from a trigger that has not happened)",
                    null), null, null);
        }
        DeadlineCalculator deadlines = rs.deadlines();
        if (windowed && raised.getWindowEnd() != null) {
            Derivation d = deadlines.given(from, raised.getWindowEnd(), "the window the rule gives: from "
                    + Times.format(from) + " to " + Times.format(raised.getWindowEnd()));
            return new Timing(new Due(d.dueAt(), row.dueKind(), row.dueText(), d), new ActionWindow(from, d.dueAt()),
                    null);
        }
        if (row.unit() == ActionRow.Unit.GIVEN) {
            if (raised.getDueOn() == null) {
                return new Timing(new Due(null, row.dueKind(), row.dueText() + " (no date recorded)", null), null, null);
            }
            ZonedDateTime end = DeadlineCalculator.endOf(raised.getDueOn());
            Derivation d = deadlines.given(from, end, "end of " + DeadlineCalculator.dayText(raised.getDueOn()) + ", "
                    + (raised.getDueOnDescription() == null ? "the date the case records" : raised.getDueOnDescription()));
            return withWindow(new Due(end, row.dueKind(), row.dueText(), d), windowed, from, null);
        }
        if (row.anchor() == ActionRow.Anchor.DATE) {
            return Anchors.timing(deadlines, row, raised);
        }
        Derivation d;
        switch (row.unit()) {
            case HOURS -> {
                boolean relief = row.relief() == ActionRow.Relief.TEXT
                        || (row.relief() == ActionRow.Relief.INTERPRETATION && settings.reliefByInterpretation());
                if (row.relief() != ActionRow.Relief.NONE) {
                    interpretations.add("TC-10");
                    interpretations.add("AMB-31");
                    if (row.relief() == ActionRow.Relief.INTERPRETATION) {
                        interpretations.add("reliefByInterpretation=" + settings.reliefByInterpretation());
                    }
                }
                if (relief) {
                    interpretations.add("weekendReliefMode=" + settings.weekendReliefMode());
                    d = deadlines.plusHoursWithWeekendRelief(from, row.amount(), settings.weekendReliefMode());
                } else {
                    d = deadlines.plusHours(from, row.amount());
                }
            }
            case CALENDAR_DAYS -> d = deadlines.plusCalendarDaysEndOfDay(from, row.amount());
            case WEEKS -> d = deadlines.plusCalendarDaysEndOfDay(from, 7 * row.amount());
            case WORKING_DAYS -> d = deadlines.plusWorkingDaysEndOfDay(from, row.amount());
            case DAYS -> {
                interpretations.add("AMB-33");
                interpretations.add("dayBasis=" + settings.dayBasis());
                d = settings.dayBasis() == Settings.DayBasis.CALENDAR
                        ? deadlines.plusCalendarDaysEndOfDay(from, row.amount())
                        : deadlines.plusWorkingDaysEndOfDay(from, row.amount());
            }
            case DAY_N -> d = deadlines.dayN(from.toLocalDate(), row.amount());
            default -> throw new IllegalStateException("unit " + row.unit());
        }
        // The relief's own wording ("must aim to", "should") governs only when the relief sets the due time; when the
        // plain hours are later (NEVER_SHORTER) the duty's own kind stands.
        boolean reliefSetsDue = d.relief().applied() && !d.dueAt().isEqual(d.relief().strictDueAt());
        DueKind kind = reliefSetsDue ? row.dueKindWithRelief() : row.dueKind();
        return withWindow(new Due(d.dueAt(), kind, row.dueText(), d), windowed, from, null);
    }

    private static Timing withWindow(Due due, boolean windowed, ZonedDateTime from, ActionAnchor anchor) {
        ActionWindow window = windowed && due.at() != null && !due.at().isBefore(from) ? new ActionWindow(from, due.at())
                : null;
        return new Timing(due, window, anchor);
    }
}
