package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.throughcare.core.Advice;
import org.throughcare.core.Assessment;
import org.throughcare.core.Citation;
import org.throughcare.core.Event;
import org.throughcare.core.Journey;
import org.throughcare.core.Notice;
import org.throughcare.core.Owner;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetRouting;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Trigger;
import org.throughcare.core.fact.AppliedRuleSet;
import org.throughcare.core.fact.Classification;
import org.throughcare.core.fact.RuleSetAnswer;
import org.throughcare.core.fact.Flag;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.fact.RouteEdge;
import org.throughcare.core.fact.SharingBasis;

/**
 * Turns one rule set's outcomes into the decision's parts. Rules carry their own dates ({@code @effectiveFrom},
 * {@code @effectiveTo}), applied here once for every kind of outcome: a raised action by the rules in force at its
 * trigger, a consent basis at the instant it judges, and classifications, flags and route edges at the evaluation
 * day (the caller's evaluation date, else asOf).
 */
final class RuleSetRun {

    /** What every rule set adds to, in order. */
    static final class Parts {
        final List<Notice> notices = new ArrayList<>();
        final List<Assessment> priorities = new ArrayList<>();
        final List<Assessment> eligibility = new ArrayList<>();
        final List<RequiredAction> actions = new ArrayList<>();
        final List<Advice> advice = new ArrayList<>();
        final List<RuleSetRouting> routings = new ArrayList<>();
        /** What the cross-document step reads: the rule sets in force, and their priority and eligibility answers. */
        final List<Object> crossDocumentFacts = new ArrayList<>();
        Routing routing;
        org.throughcare.core.PriorityOrder priorityOrder;
    }

    private RuleSetRun() {
    }

    /** What makes two raised actions one: the same action, trigger, instance and window. */
    private record RaisedKey(String action, String event, ZonedDateTime at, boolean pending, String instance,
                           ZonedDateTime windowStart) {
        /** Equal keys share the action, the trigger's instant and the instance: enough to spread them, and cheap. */
        @Override
        public int hashCode() {
            int h = action.hashCode();
            h = 31 * h + (at == null ? 0 : Long.hashCode(at.toEpochSecond()));
            return 31 * h + (instance == null ? 0 : instance.hashCode());
        }
    }

    static void collect(Applicability ap, SessionRunner.Run run, Snapshot snapshot, List<Event> period,
                        Journey journey, LocalDate evaluationDay, Settings settings, Parts parts) {
        LoadedRuleSet rs = ap.rs();
        parts.eligibility.add(ap.guidance());
        if (ap.notice() != null) {
            parts.notices.add(ap.notice());
        }
        if (rs.descriptor().notEncoded() != null && ap.inForce()) {
            parts.notices.add(new Notice("RULE_SET_PARTLY_ENCODED", rs.descriptor().notEncoded(), List.of()));
        }
        List<Outcome<SharingBasis>> bases = run.only(SharingBasis.class).stream()
                .filter(o -> o.rule().inForceOn(o.fact().getAt().toLocalDate())).toList();
        SharingBases sharing = new SharingBases(bases, snapshot.asOf());
        Set<String> notInForceCodes = new LinkedHashSet<>();
        Set<RaisedKey> raisedOnce = new HashSet<>();
        for (Outcome<RaisedAction> o : run.only(RaisedAction.class)) {
            // Identical events at the same instant are one trigger: an action arises once per trigger. Two instances
            // of one action (keys, windows) are separate actions.
            RaisedAction r = o.fact();
            if (!raisedOnce.add(new RaisedKey(o.rule().action(), r.getTriggerEvent(), r.getTriggerAt(), r.isPending(),
                    r.getInstance(), r.getWindowStart()))) {
                continue;
            }
            LocalDate judgedOn = (r.getTriggerAt() != null ? r.getTriggerAt()
                    : snapshot.custody().received() ? snapshot.custody().receptionAt() : snapshot.asOf()).toLocalDate();
            if (arisesInPeriodOutOfForce(ap, snapshot, r)) {
                // Guidance out of force for this custody period places the person at no process point, so no duty
                // arising in that period is required, even one triggered after the guidance's date (ENG-COC-GEN-02).
                if (notInForceCodes.add(o.rule().action())) {
                    parts.notices.add(new Notice("NOT_IN_FORCE_AT_TRIGGER", "Action " + o.rule().action()
                            + " is not required: it arises (" + r.getTriggerEvent() + ", " + judgedOn + ") in a custody"
                            + " period that began on " + snapshot.custody().receptionAt().toLocalDate() + ", before the "
                            + rs.info().id() + " rule set applied (" + ap.datesInWords() + "); no process point of it"
                            + " applies to that custody period.", o.rule().ruleIds()));
                }
                continue;
            }
            if (!o.rule().inForceOn(judgedOn) || !ap.coversTrigger(judgedOn)) {
                if (notInForceCodes.add(o.rule().action())) {
                    parts.notices.add(new Notice("NOT_IN_FORCE_AT_TRIGGER", "Action " + o.rule().action()
                            + " is not required: its trigger (" + r.getTriggerEvent() + ", " + judgedOn + ") falls"
                            + " outside the dates of the rule that raises it (" + o.rule().datesInWords() + ") or of"
                            + " the " + rs.info().id() + " rule set (" + ap.datesInWords() + ").", o.rule().ruleIds()));
                }
                continue;
            }
            if (rs.descriptor().isAdvisory()) {
                advice(rs, o, judgedOn).ifPresent(parts.advice::add);
                continue;
            }
            RequiredAction a = ActionBuilder.toAction(settings, rs, snapshot, period, o,
                    basesFor(rs, o.rule().action(), bases, sharing, snapshot), notInForceCodes, parts.notices);
            // A standing duty holds while the person is in custody: once released into the community it no longer
            // applies to them now, so it is not listed (a duty with a time, done or not, still is).
            if (a != null && !(a.status() == org.throughcare.core.ActionStatus.STANDING && journey != null
                    && journey.place() == org.throughcare.core.Place.IN_COMMUNITY)) {
                parts.actions.add(a);
            }
        }
        if (ap.inForce()) {
            parts.crossDocumentFacts.add(new AppliedRuleSet(rs.info().id(), rs.descriptor().standing()));
            for (Outcome<Classification> o : run.only(Classification.class)) {
                if (!o.rule().inForceOn(evaluationDay)) {
                    continue;
                }
                parts.crossDocumentFacts.add(new RuleSetAnswer(rs.info().id(), o.fact().getKind(), o.fact().getCode(),
                        o.fact().getResult()));
                Assessment a = Assessments.toAssessment(rs, o);
                if ("ELIGIBILITY".equals(o.fact().getKind())) {
                    parts.eligibility.add(a);
                } else {
                    parts.priorities.add(a);
                }
            }
            for (Outcome<Flag> o : run.only(Flag.class)) {
                if (o.rule().inForceOn(evaluationDay)) {
                    parts.notices.add(new Notice(o.fact().getCode(), o.fact().getMessage(), o.rule().ruleIds()));
                }
            }
        }
        if (rs.descriptor().routes()) {
            List<Outcome<RouteEdge>> edges = run.only(RouteEdge.class).stream()
                    .filter(o -> o.rule().inForceOn(evaluationDay)).toList();
            Routing routing = Router.route(rs, snapshot, edges, ap.inForce()).withJourney(journey);
            parts.routings.add(new RuleSetRouting(rs.info().id(), routing, routing.statement()));
            if (parts.routing == null) {
                parts.routing = routing;
            }
        } else {
            parts.routings.add(new RuleSetRouting(rs.info().id(), null, "The " + rs.info().id()
                    + " rule set has no process points: " + (rs.descriptor().isAdvisory()
                    ? "its practices are advice, listed apart from the required actions."
                    : "its duties and assessments apply wherever the person is in their journey.")));
        }
    }

    /**
     * @return the consent bases an action is judged by: all of them, except under a per-purpose regime, where only
     *         those judged for the purpose the rule set names for the action
     */
    private static SharingBases basesFor(LoadedRuleSet rs, String code, List<Outcome<SharingBasis>> bases,
                                         SharingBases all, Snapshot snapshot) {
        if (!"PER_PURPOSE".equals(rs.descriptor().consentRegime()) || rs.descriptor().sharingPurposes() == null) {
            return all;
        }
        org.throughcare.core.SharingPurpose purpose = rs.descriptor().sharingPurposes().get(code);
        return new SharingBases(bases.stream().filter(b -> b.fact().getPurpose() == purpose).toList(), snapshot.asOf());
    }

    /** @return the advice an advisory rule raised: its action row in force at the trigger, with no due time */
    private static Optional<Advice> advice(LoadedRuleSet rs, Outcome<RaisedAction> o, LocalDate judgedOn) {
        RaisedAction r = o.fact();
        return rs.actions().inForce(o.rule().action(), judgedOn).map(row -> new Advice(rs.info().id(), row.code(),
                row.ruleIds(), new Owner(row.ownerAgency(), row.ownerRole()), row.action(),
                new Trigger(r.getTriggerEvent(), r.isPending() ? null : r.getTriggerAt(), r.getTriggerDescription()),
                row.dueText(), new Citation(rs.info().title(), row.section())));
    }

    /**
     * @return true when the rule set is guidance out of force for the current custody period (its reception came
     *         outside the guidance's dates) and the action arises in that period (its trigger is at or after the
     *         reception): then no process point applies, so neither does the action, whatever its trigger's date
     */
    static boolean arisesInPeriodOutOfForce(Applicability ap, Snapshot snapshot, RaisedAction r) {
        return !ap.inForce() && ap.contract() == null && snapshot.custody().received()
                && ap.day().equals(snapshot.custody().receptionAt().toLocalDate()) && r.getTriggerAt() != null
                && !r.getTriggerAt().isBefore(snapshot.custody().receptionAt());
    }

    /** @return the day outcomes other than actions are judged on */
    static LocalDate evaluationDay(Snapshot s, LocalDate evaluationDate) {
        return evaluationDate != null ? evaluationDate : s.asOf().toLocalDate();
    }

}
