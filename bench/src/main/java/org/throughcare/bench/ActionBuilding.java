package org.throughcare.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.Settings;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;

/**
 * Turns a raised action into the fields the comparison reads, as the engine's action building does
 * ({@code rules-core/.../internal/ActionBuilder}, {@code DueTimes}, {@code Anchors}, {@code Completions},
 * {@code RuleSetRun}): the rules in force at the trigger, the due time on the same {@link DeadlineCalculator}, the
 * earliest completion, the consent basis of a sharing action, and the status.
 */
final class ActionBuilding {
    /** The rule set's effective date (rulesets.json); also every row's effective_from (blank in actions.csv). */
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2009, 7, 1);
    /** The consent basis of an action that sends only de-personalised monitoring data. */
    private static final String MONITORING = "NOT_NEEDED: de-personalised monitoring data";

    private final Settings settings;
    private final DeadlineCalculator deadlines;

    ActionBuilding(Settings settings, DeadlineCalculator deadlines) {
        this.settings = settings;
        this.deadlines = deadlines;
    }

    /** @return the action, or null when it is not required (no rule in force at its trigger; a standing duty released) */
    HandWrittenThread.Action toAction(Case c, Raised r) {
        Row row = r.row();
        ZonedDateTime triggerAt = r.triggerAt();
        // Judged by the rules in force at the trigger; a pending action with no trigger by those in force when the
        // custody period began (before reception: at asOf).
        ZonedDateTime judgedAt = triggerAt != null ? triggerAt : c.received ? c.reception : c.s.asOf();
        if (judgedAt.toLocalDate().isBefore(EFFECTIVE_FROM)) {
            return null;                           // no row in force at the trigger
        }
        if (c.received && c.reception.toLocalDate().isBefore(EFFECTIVE_FROM) && triggerAt != null
                && !triggerAt.isBefore(c.reception)) {
            return null;                           // arises in a custody period outside the guidance's dates
        }
        boolean standing = row.kind == DueKind.STANDING;
        if (standing && !r.pending() && c.inCommunity) {
            return null;                           // a standing duty holds only while in custody
        }
        Derivation derivation = null;
        DueKind kind = row.kind;
        if (r.anchor() != null && row.unit == Row.Unit.WEEKS) {
            derivation = weeksBefore(r);                                 // Anchors: "at least N weeks before" it
        } else if (r.anchor() != null) {
            derivation = deadlines.dayN(r.anchor(), row.amount);         // Anchors: "by day N" of the anchor date
        } else if (row.unit != Row.Unit.NONE && triggerAt != null) {
            derivation = switch (row.unit) {
                case HOURS -> row.relief == Row.Relief.TEXT
                        || row.relief == Row.Relief.INTERPRETATION && settings.reliefByInterpretation()
                        ? deadlines.plusHoursWithWeekendRelief(triggerAt, row.amount, settings.weekendReliefMode())
                        : deadlines.plusHours(triggerAt, row.amount);
                case DAYS -> settings.dayBasis() == Settings.DayBasis.CALENDAR
                        ? deadlines.plusCalendarDaysEndOfDay(triggerAt, row.amount)
                        : deadlines.plusWorkingDaysEndOfDay(triggerAt, row.amount);
                default -> deadlines.dayN(triggerAt.toLocalDate(), row.amount);
            };
            // The relief's own kind governs only when the relief sets the due time (not when the plain hours are later).
            if (derivation.relief().applied() && !derivation.dueAt().isEqual(derivation.relief().strictDueAt())) {
                kind = row.kindWithRelief;
            }
        }
        ZonedDateTime dueAt = derivation == null ? null : derivation.dueAt();

        boolean shares = switch (row.sharing) {
            case YES, YES_OTHER_LAWFUL -> true;
            case WHEN_EXCEPTION_ONLY -> "EXCEPTION_ONLY".equals(settings.get(Settings.CARAT_FILE_CONSENT));
            default -> false;
        };
        String consentBasis = row.sharing == Row.Sharing.MONITORING ? MONITORING : null;
        boolean permitted = c.permitted;
        if (shares) {
            consentBasis = c.basis;
            if (row.sharing == Row.Sharing.YES_OTHER_LAWFUL && c.permitted && !c.exceptions.isEmpty()
                    && !c.basis.equals("CONSENT_GIVEN")) {
                // Each exception allows sharing only in relation to itself: this row rests only on another lawful one.
                if (!c.exceptions.contains("OTHER_LAWFUL_EXCEPTION")) {
                    consentBasis = "CONSENT_" + c.consent.name();
                    permitted = false;
                } else if (c.exceptions.size() > 1) {
                    consentBasis = "EXCEPTION: OTHER_LAWFUL_EXCEPTION";
                }
            }
        }

        ActionStatus status;
        ZonedDateTime completedAt = null;
        String completedBy = null;
        if (r.pending()) {
            status = ActionStatus.PENDING;
        } else if (standing) {
            status = ActionStatus.STANDING;
        } else {
            // The earliest way the action was completed (Completions.completion): any event of the custody period, even
            // one before the trigger; a determination or origin from the period's start (or the trigger, if earlier).
            // A row counted from the trigger (column counts_from): only what happened at or after it counts.
            boolean fromTrigger = row.countsFrom == Row.CountsFrom.TRIGGER && triggerAt != null;
            ZonedDateTime from = fromTrigger || !c.received || triggerAt.isBefore(c.reception) ? triggerAt
                    : c.reception;
            boolean done = false;
            for (Row.Requirement[] alternative : row.completedBy) {
                ZonedDateTime latest = null;
                boolean timeKnown = true;
                boolean satisfied = true;
                for (Row.Requirement q : alternative) {
                    ZonedDateTime when;
                    if (q.event != null) {
                        when = firstMatch(c, q, fromTrigger ? triggerAt : null);
                        if (when == null) {
                            satisfied = false;
                            break;
                        }
                    } else {
                        ZonedDateTime at;
                        if (q.determination == null) {
                            if (c.s.custody().origin() == null) {
                                satisfied = false;
                                break;
                            }
                            at = c.s.custody().originEstablishedAt();
                        } else {
                            Determination det = c.d.get(q.determination);
                            if (!det.value().isDetermined()) {
                                satisfied = false;
                                break;
                            }
                            at = det.determinedAt();
                        }
                        if (at != null && at.isBefore(from)) {
                            satisfied = false;
                            break;
                        }
                        when = at;
                    }
                    if (when == null) {
                        timeKnown = false;
                    } else if (latest == null || when.isAfter(latest)) {
                        latest = when;
                    }
                }
                if (satisfied) {
                    ZonedDateTime at = timeKnown ? latest : null;
                    if (!done || (at != null && (completedAt == null || at.isBefore(completedAt)))) {
                        completedAt = at;
                        completedBy = alternative.length == 1 ? alternative[0].text : join(alternative);
                    }
                    done = true;
                }
            }
            if (done) {
                status = dueAt != null && completedAt != null && completedAt.isAfter(dueAt)
                        ? ActionStatus.DONE_LATE : ActionStatus.DONE;
            } else if (shares && !permitted) {
                status = ActionStatus.BLOCKED;
            } else if (dueAt != null && c.s.asOf().isAfter(dueAt)) {
                // A best-effort time missed is not a breach; a hard one is OVERDUE (every HARD row is a MUST).
                status = kind == DueKind.BEST_EFFORT ? ActionStatus.BEST_EFFORT_MISSED
                        : kind == DueKind.HARD ? ActionStatus.OVERDUE : ActionStatus.TARGET_MISSED;
            } else {
                status = ActionStatus.OPEN;
            }
        }
        return new HandWrittenThread.Action(row.name(), r.triggerEvent(), r.pending() ? null : triggerAt, dueAt, kind,
                derivation, status, completedAt, completedBy, consentBasis);
    }

    /**
     * Anchors: "at least N weeks before" the anchor date (TC-06), the latest time named by what the date is; when
     * that time had passed at the trigger, as soon as practicable and before the date: the end of the day before it,
     * saying why (AMB-47).
     */
    private Derivation weeksBefore(Raised r) {
        LocalDate date = r.anchor();
        String what = r.anchorDescription() == null ? "the anchor date" : r.anchorDescription();
        Derivation counted = deadlines.daysBeforeEndOfDay(date, -7 * r.row().amount);
        ZonedDateTime trigger = r.triggerAt();
        if (trigger == null || !counted.dueAt().isBefore(trigger)) {
            return new Derivation(counted.triggerAt(), counted.amount(), counted.unit(),
                    counted.basis().replace(" (TC-06", ", " + what + " (TC-06"), counted.calendar(),
                    counted.calendarDataVersion(), counted.skippedDays(), counted.relief(), counted.dueAt());
        }
        LocalDate anchorDay = counted.triggerAt().toLocalDate();
        return deadlines.given(trigger, DeadlineCalculator.endOf(date.minusDays(1)), "short notice: the latest time"
                + " counted back from " + what + " (" + counted.basis() + ") had passed when the trigger came ("
                + r.triggerEvent() + ", " + Times.format(trigger) + "), so it is due as soon as practicable and in any"
                + " case before " + DeadlineCalculator.dayText(anchorDay) + ": by the end of "
                + DeadlineCalculator.dayText(anchorDay.minusDays(1)));
    }

    /** @return the earliest event of the period meeting the requirement, at or after {@code notBefore} if given */
    private static ZonedDateTime firstMatch(Case c, Row.Requirement q, ZonedDateTime notBefore) {
        for (Event e : c.period) {
            if (q.matches(e) && (notBefore == null || !e.at().isBefore(notBefore))) {
                return e.at();
            }
        }
        return null;
    }

    private static String join(Row.Requirement[] alternative) {
        StringBuilder b = new StringBuilder();
        for (Row.Requirement q : alternative) {
            if (b.length() > 0) {
                b.append(" + ");
            }
            b.append(q.text);
        }
        return b.toString();
    }
}
