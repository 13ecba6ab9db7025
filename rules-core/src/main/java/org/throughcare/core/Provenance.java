package org.throughcare.core;

import java.util.List;
import java.util.Map;

/**
 * What produced a decision, so it can be reproduced: no wall-clock time is recorded.
 *
 * @param engineVersion       the library version
 * @param ruleSets            the rule sets consulted, with their versions
 * @param calendarDataVersion the version of the bank-holiday data
 * @param settings            the interpretation settings in force, by setting name (sorted): each value and the
 *                            catalogue IDs it settles, in separate fields
 */
public record Provenance(String engineVersion, List<RuleSetInfo> ruleSets, String calendarDataVersion,
                         Map<String, AppliedSetting> settings) {
    public Provenance {
        ruleSets = List.copyOf(ruleSets);
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
    }
}
