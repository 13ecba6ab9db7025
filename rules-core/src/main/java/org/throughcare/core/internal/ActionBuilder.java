package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.throughcare.core.ActionCount;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.ActionWindow;
import org.throughcare.core.BlockedBy;
import org.throughcare.core.Citation;
import org.throughcare.core.Due;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.Notice;
import org.throughcare.core.Owner;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Settings;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.Trigger;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarRangeException;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.fact.SharingBasis;

/**
 * Turns an action a rule raised into the decision's required action: the action table's row in force at the
 * trigger (owner, wording, timescale, modality, citation), the due time, completion, consent and status. The
 * mechanisms live here once, for every rule.
 */
final class ActionBuilder {
    private ActionBuilder() {
    }

    /**
     * @return the required action a rule raised, with its row in force at the trigger, due time, completion,
     *         consent and status; null (with a notice) when no row was in force at its trigger
     */
    static RequiredAction toAction(Settings settings, LoadedRuleSet rs, Snapshot s, List<Event> period, Outcome<RaisedAction> o,
                                    SharingBases bases, Set<String> notInForceCodes,
                                    List<Notice> notices) {
        RaisedAction raised = o.fact();
        Outcome<SharingBasis> current = bases.current();
        SharingBasis sharing = current == null ? null : current.fact();
        RuleMeta sharingRule = current == null ? null : current.rule();
        String code = o.rule().action();
        String outOfScope = null;
        if (code == null) {
            throw new IllegalStateException("rule '" + o.rule().name() + "' raised an action but has no @action metadata");
        }
        ZonedDateTime triggerAt = raised.getTriggerAt();
        // An action is judged by the rules in force at its trigger; a pending action with no trigger yet by those in
        // force when its custody period began (or, before reception, at asOf).
        ZonedDateTime judgedAt = triggerAt != null ? triggerAt
                : s.custody().received() ? s.custody().receptionAt() : s.asOf();
        LocalDate judgedOn = judgedAt.toLocalDate();
        Optional<ActionRow> found = rs.actions().inForce(code, judgedOn);
        if (found.isEmpty()) {
            if (notInForceCodes.add(code)) {
                String when = raised.isPending() && triggerAt == null
                        ? "it could arise only in a custody period that began on " + judgedOn
                        : "its trigger (" + raised.getTriggerEvent() + ", " + judgedOn + ") comes";
                notices.add(new Notice("NOT_IN_FORCE_AT_TRIGGER", "Action " + code + " is not required: " + when
                        + " before any rule for it was in force (the " + rs.info().id() + " rules apply from "
                        + rs.info().effectiveFrom() + ").", o.rule().ruleIds()));
            }
            return null;
        }
        ActionRow row = found.get();
        if (row.sharesInformation() && sharing != null) {
            outOfScope = outOfScope(sharing, row);
            sharing = inScope(sharing, row);
        }
        List<String> interpretations = new ArrayList<>(row.interpretations());
        DueTimes.Timing timing;
        try {
            timing = DueTimes.timing(rs, row, raised, settings, interpretations);
        } catch (CalendarRangeException e) {
            // A due time the calendar cannot count (its years end): said, never thrown.
            timing = new DueTimes.Timing(new Due(null, row.dueKind(), row.dueText() + " (not computed: it falls outside"
                    + " the years the " + rs.info().calendar() + " calendar covers)", null), null, null);
            notices.add(new Notice("DUE_OUTSIDE_CALENDAR", "The due time of action " + code + " could not be computed:"
                    + " counting from " + Times.format(triggerAt) + " leaves the years the " + rs.info().calendar()
                    + " calendar covers (" + BusinessCalendar.MIN_SUPPORTED_YEAR + " to "
                    + BusinessCalendar.MAX_SUPPORTED_YEAR + ").", o.rule().ruleIds()));
        }
        Due due = timing.due();
        ActionWindow window = timing.window();
        if (timing.anchor() != null && timing.anchor().shortNotice()) {
            notices.add(new Notice(row.shortNotice(), "Action " + code + (raised.getInstance() == null ? ""
                    : " (" + raised.getInstance() + ")") + " is due at short notice: " + due.derivation().basis()
                    + ".", row.ruleIds()));
        }
        Trigger trigger = new Trigger(raised.getTriggerEvent(), raised.isPending() ? null : triggerAt,
                raised.getTriggerDescription());

        ActionStatus status;
        String reason;
        ZonedDateTime completedAt = null;
        String completedBy = null;
        BlockedBy blockedBy = null;
        String consentBasis = null;
        int required = row.dueKind() != DueKind.MIN_FREQUENCY ? 0
                : raised.getRequiredCount() > 0 ? raised.getRequiredCount() : row.count();
        Completions.Completion completion = null;
        ActionCount count = null;
        if (!raised.isPending() && row.dueKind() != DueKind.STANDING) {
            // The row says which completions count (column counts_from): those of the whole custody period, or only
            // those at or after the trigger (an Alert Form reports one change, a reply answers one request).
            Completions.Scope scope = window != null
                    ? new Completions.Scope(window.start(), window.end(), true, raised.getInstance())
                    : row.countsFrom() == ActionRow.CountsFrom.TRIGGER && triggerAt != null
                    ? new Completions.Scope(triggerAt, null, true, raised.getInstance())
                    : new Completions.Scope(periodStart(s, triggerAt), null, false, raised.getInstance());
            if (required > 0) {
                completion = Completions.counted(row, period, scope, required);
                count = new ActionCount(required, completion.seen());
                completion = completion.by() == null ? null : completion;
            } else {
                completion = Completions.completion(row, s, period, scope);
            }
        }
        String seen = count == null ? "" : " (" + count.seen() + " of the " + count.required() + " needed seen)";
        if (row.sharesInformation(settings)) {
            consentBasis = sharing == null ? "CONSENT_NOT_RECORDED" : sharing.getBasis();
        } else if (row.monitoringOnly()) {
            consentBasis = MONITORING_BASIS;
        }
        if (raised.isPending()) {
            status = ActionStatus.PENDING;
            reason = "Arises only if " + raised.getTriggerDescription() + "; that has not happened.";
        } else if (row.dueKind() == DueKind.STANDING) {
            status = ActionStatus.STANDING;
            reason = "Standing: it applies throughout (" + row.dueText() + "); it is never done once and for all and"
                    + " never overdue.";
        } else if (completion != null) {
            completedAt = completion.at();
            completedBy = completion.by();
            boolean late = due.at() != null && completedAt != null && completedAt.isAfter(due.at());
            status = late ? ActionStatus.DONE_LATE : ActionStatus.DONE;
            reason = completedAt == null ? "Done (" + completion.by() + "; time not recorded)."
                    : (late ? "Done late: " : "Done: ") + completion.by() + " at " + Times.format(completedAt)
                    + (triggerAt != null && completedAt.isBefore(triggerAt) ? ", before the trigger ("
                    + Times.format(triggerAt) + "), within the custody period" : "")
                    + (due.at() == null ? "" : (late ? ", after the due time " : ", by the due time ")
                    + Times.format(due.at())) + seen + ".";
            Outcome<SharingBasis> then = row.sharesInformation(settings) ? bases.at(completedAt) : null;
            SharingBasis thenBasis = then == null ? null : inScope(then.fact(), row);
            String unconsented = thenBasis == null || thenBasis.isPermitted() ? null
                    : withoutConsent(thenBasis, s, rs.descriptor().sharingPurpose());
            if (unconsented != null) {
                reason += " But it shared identifiable information " + unconsented + ", with no exception.";
                notices.add(new Notice("SHARED_WITHOUT_CONSENT", "Action " + code + " was done at "
                        + Times.format(completedAt) + ", " + unconsented + ", and no exception applies: information"
                        + " may be shared only with informed consent.", then.rule().ruleIds()));
            }
        } else if (row.sharesInformation(settings) && sharing != null && !sharing.isPermitted()) {
            status = ActionStatus.BLOCKED;
            blockedBy = new BlockedBy(sharing.getBasis(), sharing.getSince(), sharingRule.ruleIds());
            reason = outOfScope == null ? blockedReason(sharing, due, s)
                    : blockedReason(sharing, due, s).replace(", with no exception under existing confidentiality"
                    + " arrangements.", ", and no exception covers this share.") + " " + outOfScope;
        } else if (window != null && s.asOf().isBefore(window.start())) {
            status = ActionStatus.UPCOMING;
            reason = "Upcoming: the window opens " + Times.format(window.start()) + " and closes "
                    + Times.format(window.end()) + seen + ".";
        } else if (due.at() != null && s.asOf().isAfter(due.at())) {
            status = missed(row, due);
            reason = switch (status) {
                case OVERDUE -> "Overdue: a " + row.modality() + " duty";
                case BEST_EFFORT_MISSED -> "Time missed on a best-effort duty (the duty is to try; not in itself a"
                        + " breach): a " + due.kind() + " time";
                default -> "Target missed: a " + due.kind() + " time";
            } + " of " + Times.format(due.at()) + ", not done by " + Times.format(s.asOf()) + seen + ".";
        } else {
            status = ActionStatus.OPEN;
            reason = due.at() == null ? "Open: the guidance sets no time for it (" + row.dueText() + ")."
                    : window != null ? "Open: the window runs from " + Times.format(window.start()) + " to "
                    + Times.format(window.end()) + seen + "."
                    : "Open: due " + Times.format(due.at()) + ".";
        }
        Citation citation = new Citation(rs.info().title(), row.section());
        return new RequiredAction(code, row.ruleIds(), owner(row, s, raised.getInstance()), row.action(),
                trigger, due, row.modality(), row.modalityText(), status, reason, completedAt, completedBy, blockedBy,
                consentBasis, citation, interpretations, raised.getInstance(), window, count, timing.anchor(),
                AlertForms.of(row, raised, s, period));
    }

    /**
     * @return the row's owner; for owner role {@value ActionRow#TARGET_RESPONSIBLE} (instances are contract targets),
     *         the roles the target's "Who is responsible?" names, in its order ("PRISONER, TRAINING"), or "not
     *         recorded"
     */
    static Owner owner(ActionRow row, Snapshot s, String instance) {
        if (!ActionRow.TARGET_RESPONSIBLE.equals(row.ownerRole())) {
            return new Owner(row.ownerAgency(), row.ownerRole());
        }
        org.throughcare.core.GoingStraightContract gsc = s.goingStraightContract();
        List<String> roles = gsc == null || instance == null ? List.of() : gsc.targets().stream()
                .filter(t -> t.key().equals(instance)).findFirst()
                .map(t -> t.responsible().stream().distinct().map(Enum::name).toList()).orElse(List.of());
        return new Owner(row.ownerAgency(), roles.isEmpty() ? "not recorded" : String.join(", ", roles));
    }

    /**
     * @return how an action past its time stands: a hard duty is OVERDUE; a best-effort one (due kind BEST_EFFORT,
     *         or modality MUST_BEST_EFFORT) BEST_EFFORT_MISSED; a SHOULD or a TARGET time TARGET_MISSED
     */
    static ActionStatus missed(ActionRow row, Due due) {
        if (due.kind() == DueKind.BEST_EFFORT || row.modality() == org.throughcare.core.Modality.MUST_BEST_EFFORT) {
            return ActionStatus.BEST_EFFORT_MISSED;
        }
        return row.modality().isHard() && due.kind() != DueKind.TARGET ? ActionStatus.OVERDUE
                : ActionStatus.TARGET_MISSED;
    }

    /** @return the earliest a determination or origin completes an action: the custody period's start, or the trigger */
    private static ZonedDateTime periodStart(Snapshot s, ZonedDateTime triggerAt) {
        ZonedDateTime reception = s.custody().received() ? s.custody().receptionAt() : null;
        return reception == null || (triggerAt != null && triggerAt.isBefore(reception)) ? triggerAt : reception;
    }

    /** The consent basis of an action that sends only de-personalised monitoring data. */
    static final String MONITORING_BASIS = "NOT_NEEDED: de-personalised monitoring data";

    /**
     * @return the basis that applies to this row: a basis that permits sharing only by exceptions keeps the
     *         exceptions the row may rest on (column {@code exceptions}); with none of them, the basis without
     *         exceptions (each exception allows sharing only in relation to itself)
     */
    static SharingBasis inScope(SharingBasis basis, ActionRow row) {
        if (!basis.isPermitted() || basis.getExceptions().isEmpty()) {
            return basis;
        }
        List<String> kept = basis.getExceptions().stream().filter(row.exceptionScope()::contains).toList();
        if (kept.size() == basis.getExceptions().size()) {
            return basis;
        }
        if (!kept.isEmpty()) {
            return new SharingBasis(true, "EXCEPTION: " + String.join(", ", kept), basis.getSince(), basis.getAt(),
                    basis.getPurpose(), kept, basis.getWithoutExceptions());
        }
        return new SharingBasis(false, basis.getWithoutExceptions(), basis.getSince(), basis.getAt(),
                basis.getPurpose());
    }

    /** @return in words, the exceptions that apply but do not cover this row's sharing, or null */
    private static String outOfScope(SharingBasis basis, ActionRow row) {
        if (!basis.isPermitted() || basis.getExceptions().isEmpty()) {
            return null;
        }
        List<String> outside = basis.getExceptions().stream().filter(e -> !row.exceptionScope().contains(e)).toList();
        if (outside.isEmpty() || outside.size() < basis.getExceptions().size()) {
            return null;
        }
        return "The exception that applies (" + String.join(", ", outside) + ") allows sharing only in relation to"
                + " itself, and this share is not.";
    }

    private static String blockedReason(SharingBasis sharing, Due due, Snapshot s) {
        String reason;
        if ("CONSENT_NOT_RECORDED".equals(sharing.getBasis())) {
            reason = "Held: this shares identifiable information and no consent decision is recorded; informed "
                    + "consent (or an exception under existing confidentiality arrangements) is needed first.";
        } else {
            reason = "Blocked: this shares identifiable information and the client's consent was "
                    + ("CONSENT_WITHDRAWN".equals(sharing.getBasis()) ? "withdrawn" : "refused")
                    + (sharing.getSince() == null ? "" : " on " + sharing.getSince())
                    + ", with no exception under existing confidentiality arrangements.";
        }
        if (due.at() != null && sharing.getSince() != null && due.at().toLocalDate().isBefore(sharing.getSince())) {
            reason += " It was already past its due time (" + Times.format(due.at()) + ") before then.";
        } else if (due.at() != null && sharing.getSince() == null && s.asOf().isAfter(due.at())) {
            reason += " Its due time (" + Times.format(due.at()) + ") has passed.";
        }
        return reason;
    }

    /**
     * @return in words, how a share the consent rules did not permit at its instant went without consent: "with no
     *         consent decision recorded", "before consent was given (date)", "after consent was refused (date)" or
     *         "after consent was withdrawn (date)"
     */
    static String withoutConsent(SharingBasis basis, Snapshot s, SharingPurpose purpose) {
        return switch (basis.getBasis()) {
            case "CONSENT_REFUSED" -> "after consent was refused (" + basis.getSince() + ")";
            case "CONSENT_WITHDRAWN" -> "after consent was withdrawn (" + basis.getSince() + ")";
            default -> s.consent().givenAfter(basis.getAt(), purpose)
                    .map(g -> "before consent was given (" + g.at().toLocalDate() + ")")
                    .orElse("with no consent decision recorded");
        };
    }
}
