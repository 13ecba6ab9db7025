package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.throughcare.core.ActionStatus;
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
        List<String> interpretations = new ArrayList<>(row.interpretations());
        Due due;
        try {
            due = DueTimes.due(rs, row, triggerAt, settings, interpretations);
        } catch (CalendarRangeException e) {
            // A due time the calendar cannot count (its years end): said, never thrown.
            due = new Due(null, row.dueKind(), row.dueText() + " (not computed: it falls outside the years the "
                    + rs.info().calendar() + " calendar covers)", null);
            notices.add(new Notice("DUE_OUTSIDE_CALENDAR", "The due time of action " + code + " could not be computed:"
                    + " counting from " + Times.format(triggerAt) + " leaves the years the " + rs.info().calendar()
                    + " calendar covers (" + BusinessCalendar.MIN_SUPPORTED_YEAR + " to "
                    + BusinessCalendar.MAX_SUPPORTED_YEAR + ").", o.rule().ruleIds()));
        }
        Trigger trigger = new Trigger(raised.getTriggerEvent(), raised.isPending() ? null : triggerAt,
                raised.getTriggerDescription());

        ActionStatus status;
        String reason;
        ZonedDateTime completedAt = null;
        String completedBy = null;
        BlockedBy blockedBy = null;
        String consentBasis = null;
        Completions.Completion completion = raised.isPending() ? null : Completions.completion(row, s, period, triggerAt);
        if (row.sharesInformation()) {
            consentBasis = sharing == null ? "CONSENT_NOT_RECORDED" : sharing.getBasis();
        }
        if (raised.isPending()) {
            status = ActionStatus.PENDING;
            reason = "Arises only if " + raised.getTriggerDescription() + "; that has not happened.";
        } else if (completion != null) {
            completedAt = completion.at();
            completedBy = completion.by();
            boolean late = due.at() != null && completedAt != null && completedAt.isAfter(due.at());
            status = late ? ActionStatus.DONE_LATE : ActionStatus.DONE;
            reason = completedAt == null ? "Done (" + completion.by() + "; time not recorded)."
                    : (late ? "Done late: " : "Done: ") + completion.by() + " at " + Times.format(completedAt)
                    + (due.at() == null ? "." : (late ? ", after the due time " : ", by the due time ")
                    + Times.format(due.at()) + ".");
            Outcome<SharingBasis> then = row.sharesInformation() ? bases.at(completedAt) : null;
            String unconsented = then == null || then.fact().isPermitted() ? null
                    : withoutConsent(then.fact(), s, rs.descriptor().sharingPurpose());
            if (unconsented != null) {
                reason += " But it shared identifiable information " + unconsented + ", with no exception.";
                notices.add(new Notice("SHARED_WITHOUT_CONSENT", "Action " + code + " was done at "
                        + Times.format(completedAt) + ", " + unconsented + ", and no exception applies: information"
                        + " may be shared only with informed consent.", then.rule().ruleIds()));
            }
        } else if (row.sharesInformation() && sharing != null && !sharing.isPermitted()) {
            status = ActionStatus.BLOCKED;
            blockedBy = new BlockedBy(sharing.getBasis(), sharing.getSince(), sharingRule.ruleIds());
            if ("CONSENT_NOT_RECORDED".equals(sharing.getBasis())) {
                reason = "Held: this shares identifiable information and no consent decision is recorded; informed "
                        + "consent (or an exception under existing confidentiality arrangements) is needed first.";
            } else {
                reason = "Blocked: this shares identifiable information and the client's consent was "
                        + ("CONSENT_WITHDRAWN".equals(sharing.getBasis()) ? "withdrawn" : "refused")
                        + (sharing.getSince() == null ? "" : " on " + sharing.getSince())
                        + ", with no exception under existing confidentiality arrangements.";
            }
            if (due.at() != null && sharing.getSince() != null
                    && due.at().toLocalDate().isBefore(sharing.getSince())) {
                reason += " It was already past its due time (" + Times.format(due.at()) + ") before then.";
            } else if (due.at() != null && sharing.getSince() == null && s.asOf().isAfter(due.at())) {
                reason += " Its due time (" + Times.format(due.at()) + ") has passed.";
            }
        } else if (due.at() != null && s.asOf().isAfter(due.at())) {
            boolean hard = row.modality().isHard() && due.kind() != DueKind.TARGET;
            status = hard ? ActionStatus.OVERDUE : ActionStatus.TARGET_MISSED;
            reason = (hard ? "Overdue: a " + row.modality() + " duty" : "Target missed: a " + due.kind() + " time")
                    + " of " + Times.format(due.at()) + ", not done by " + Times.format(s.asOf()) + ".";
        } else {
            status = ActionStatus.OPEN;
            reason = due.at() == null ? "Open: the guidance sets no time for it (" + row.dueText() + ")."
                    : "Open: due " + Times.format(due.at()) + ".";
        }
        Citation citation = new Citation(rs.info().title(), row.section());
        return new RequiredAction(code, row.ruleIds(), new Owner(row.ownerAgency(), row.ownerRole()), row.action(),
                trigger, due, row.modality(), row.modalityText(), status, reason, completedAt, completedBy, blockedBy,
                consentBasis, citation, interpretations);
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
