package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The engine's answer for one snapshot. It holds no wall-clock time: the same snapshot with the same rule sets,
 * calendars and settings always gives an equal decision and byte-identical JSON.
 *
 * @param schemaVersion   the version of the decision JSON schema ({@link #SCHEMA_VERSION})
 * @param snapshotId      the snapshot's pseudonymous id
 * @param asOf            the snapshot's {@code asOf}: it sets every status
 * @param evaluationDate  the date whose rules the caller asked for (eligibility, priority and routing are judged by
 *                        the rules in force on it), or null for {@code asOf}'s date
 * @param provenance      engine, rule-set and calendar versions and the settings used
 * @param notices         things to know that are not actions (rule sets not encoded, rules not in force, flags)
 * @param priorities      priority answers (e.g. the England 2009 treatment priority tier)
 * @param priorityOrder   where the person stands in the consolidated ordering of the documents that apply (XDOC-04,
 *                        from the cross-document step); null when no ordering applies or no step is loaded
 * @param eligibility     eligibility answers (which guidance and services apply)
 * @param routing         the English guidance's routing (the first rule set that applies and has process points),
 *                        kept for callers of schema 1.1; {@code routings} has every rule set's
 * @param routings        one entry per rule set that applies, each with its own routing or none
 * @param requiredActions every required action, ordered by due time (unspecified last), then rule ID, then code
 * @param advice          the practices of advisory documents (HO-RPT) that fit this person: never required actions
 */
public record Decision(String schemaVersion, String snapshotId, ZonedDateTime asOf, java.time.LocalDate evaluationDate,
                       Provenance provenance, List<Notice> notices, List<Assessment> priorities,
                       PriorityOrder priorityOrder, List<Assessment> eligibility, Routing routing,
                       List<RuleSetRouting> routings, List<RequiredAction> requiredActions, List<Advice> advice) {

    /** The decision schema version this library writes. */
    public static final String SCHEMA_VERSION = "1.4";

    /**
     * Orders decisions by priority, highest first ({@link PriorityOrder#ORDER}), a decision with no priority order
     * last, and ties by snapshot id, so that a caseload sorted by it is in the same order on every run.
     */
    public static final java.util.Comparator<Decision> BY_PRIORITY = java.util.Comparator
            .comparing(Decision::priorityOrder, java.util.Comparator.nullsLast(PriorityOrder.ORDER))
            .thenComparing(Decision::snapshotId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    public Decision {
        notices = List.copyOf(notices);
        priorities = List.copyOf(priorities);
        eligibility = List.copyOf(eligibility);
        routings = routings == null ? List.of() : List.copyOf(routings);
        requiredActions = List.copyOf(requiredActions);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A decision of one rule set's routing, with no advice (the shape of schema 1.1). */
    public Decision(String schemaVersion, String snapshotId, ZonedDateTime asOf, Provenance provenance,
                    List<Notice> notices, List<Assessment> priorities, List<Assessment> eligibility,
                    Routing routing, List<RequiredAction> requiredActions) {
        this(schemaVersion, snapshotId, asOf, null, provenance, notices, priorities, null, eligibility, routing, null,
                requiredActions, null);
    }

    /** @return this decision with other required actions (for filtering views) */
    public Decision withRequiredActions(List<RequiredAction> actions) {
        return new Decision(schemaVersion, snapshotId, asOf, evaluationDate, provenance, notices, priorities,
                priorityOrder, eligibility, routing, routings, actions, advice);
    }

    @Override
    public String toString() {
        return "Decision[snapshotId=" + snapshotId + ", actions=" + requiredActions.size() + "]";
    }
}
