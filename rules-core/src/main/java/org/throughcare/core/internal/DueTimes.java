package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Due;
import org.throughcare.core.DueKind;
import org.throughcare.core.Settings;
import org.throughcare.core.calendar.Derivation;

/** An action's due time: the row's timescale counted from the trigger on the rule set's calendar (TC-02 to TC-10). */
final class DueTimes {
    private DueTimes() {
    }

    /**
     * The due time of an action raised at {@code triggerAt} under {@code row}, with its derivation; the settings that
     * shaped it are added to {@code interpretations}.
     *
     * @throws org.throughcare.core.calendar.CalendarRangeException when the count leaves the calendar's years
     */
    static Due due(LoadedRuleSet rs, ActionRow row, ZonedDateTime triggerAt, Settings settings,
                   List<String> interpretations) {
        if (row.unit() == ActionRow.Unit.NONE) {
            return new Due(null, DueKind.UNSPECIFIED, row.dueText(), null);
        }
        if (triggerAt == null) {
            return new Due(null, row.dueKind(), row.dueText() + " (from a trigger that has not happened)", null);
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
                    d = rs.deadlines().plusHoursWithWeekendRelief(triggerAt, row.amount(), settings.weekendReliefMode());
                } else {
                    d = rs.deadlines().plusHours(triggerAt, row.amount());
                }
            }
            case CALENDAR_DAYS -> d = rs.deadlines().plusCalendarDaysEndOfDay(triggerAt, row.amount());
            case WORKING_DAYS -> d = rs.deadlines().plusWorkingDaysEndOfDay(triggerAt, row.amount());
            case DAYS -> {
                interpretations.add("AMB-33");
                interpretations.add("dayBasis=" + settings.dayBasis());
                d = settings.dayBasis() == Settings.DayBasis.CALENDAR
                        ? rs.deadlines().plusCalendarDaysEndOfDay(triggerAt, row.amount())
                        : rs.deadlines().plusWorkingDaysEndOfDay(triggerAt, row.amount());
            }
            case DAY_N -> d = rs.deadlines().dayN(triggerAt.toLocalDate(), row.amount());
            default -> throw new IllegalStateException("unit " + row.unit());
        }
        // The relief's own wording ("must aim to", "should") governs only when the relief sets the due time; when the
        // plain hours are later (NEVER_SHORTER) the duty's own kind stands.
        boolean reliefSetsDue = d.relief().applied() && !d.dueAt().isEqual(d.relief().strictDueAt());
        DueKind kind = reliefSetsDue ? row.dueKindWithRelief() : row.dueKind();
        return new Due(d.dueAt(), kind, row.dueText(), d);
    }
}
