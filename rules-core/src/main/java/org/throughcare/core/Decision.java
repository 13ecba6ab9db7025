package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The engine's answer for one snapshot. It holds no wall-clock time: the same snapshot with the same rule sets,
 * calendars and settings always gives an equal decision and byte-identical JSON.
 *
 * @param schemaVersion   the version of the decision JSON schema ({@link #SCHEMA_VERSION})
 * @param snapshotId      the snapshot's pseudonymous id
 * @param asOf            the snapshot's {@code asOf}
 * @param provenance      engine, rule-set and calendar versions and the settings used
 * @param notices         things to know that are not actions (rule sets not encoded, rules not in force, flags)
 * @param priorities      priority answers (e.g. the England 2009 treatment priority tier)
 * @param eligibility     eligibility answers (which guidance and services apply)
 * @param routing         where the person is in the journey and what comes next
 * @param requiredActions every required action, ordered by due time (unspecified last), then rule ID, then code
 */
public record Decision(String schemaVersion, String snapshotId, ZonedDateTime asOf, Provenance provenance,
                       List<Notice> notices, List<Assessment> priorities, List<Assessment> eligibility,
                       Routing routing, List<RequiredAction> requiredActions) {

    /** The decision schema version this library writes. */
    public static final String SCHEMA_VERSION = "1.2";

    public Decision {
        notices = List.copyOf(notices);
        priorities = List.copyOf(priorities);
        eligibility = List.copyOf(eligibility);
        requiredActions = List.copyOf(requiredActions);
    }

    @Override
    public String toString() {
        return "Decision[snapshotId=" + snapshotId + ", actions=" + requiredActions.size() + "]";
    }
}
