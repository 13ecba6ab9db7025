package org.throughcare.core.internal;

import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.DeadlineCalculator;

/**
 * A rule set ready to evaluate: immutable after start-up, shared by all threads.
 *
 * @param sessions how evaluations open sessions on the KieBase (null without a KieBase): a pool of working memories
 *                 and the fact classes the rules read
 * @param beforeReception the same for a person not yet received, on the descriptor's {@code kbaseBeforeReception}
 *                 (the rules that can apply before a reception, a part of the KieBase); null: {@code sessions} for
 *                 everyone
 */
public record LoadedRuleSet(RuleSetDescriptor descriptor, RuleSetInfo info, KieBase kieBase, Map<String, RuleMeta> rules,
                     ActionTable actions, Set<String> knownRuleIds, BusinessCalendar calendar,
                     DeadlineCalculator deadlines, SessionRunner.Sessions sessions,
                     SessionRunner.Sessions beforeReception) {

    /** A rule set whose sessions are opened on its KieBase, if any. */
    public LoadedRuleSet(RuleSetDescriptor descriptor, RuleSetInfo info, KieBase kieBase, Map<String, RuleMeta> rules,
                         ActionTable actions, Set<String> knownRuleIds, BusinessCalendar calendar,
                         DeadlineCalculator deadlines) {
        this(descriptor, info, kieBase, rules, actions, knownRuleIds, calendar, deadlines,
                kieBase == null ? null : new SessionRunner.Sessions(kieBase), null);
    }

    /**
     * @param received whether the person has been received into prison (the custody period's reception, stated or
     *                 derived from the movements)
     * @return the sessions that evaluate such a person: those of the rules before reception for a person not yet
     *         received, when the rule set has them, else those of its whole KieBase
     */
    SessionRunner.Sessions sessionsFor(boolean received) {
        return received || beforeReception == null ? sessions : beforeReception;
    }

    /** @return this rule set evaluating everyone on its whole KieBase (for the test that the part answers as the whole) */
    LoadedRuleSet withoutBeforeReception() {
        return new LoadedRuleSet(descriptor, info, kieBase, rules, actions, knownRuleIds, calendar, deadlines, sessions,
                null);
    }

    boolean appliesTo(Jurisdiction jurisdiction) {
        return info.jurisdictions().contains(jurisdiction);
    }

    /** @return this rule set counting its deadlines on another calendar (a service contract's) */
    LoadedRuleSet withCalendar(BusinessCalendar other) {
        return other == calendar ? this : new LoadedRuleSet(descriptor, info, kieBase, rules, actions, knownRuleIds,
                other, new DeadlineCalculator(other), sessions, beforeReception);
    }
}
