package org.throughcare.core;

import java.util.List;

/**
 * Something the reader of a decision must know that is not an action: a rule set not encoded, rules not in force
 * at a trigger time, an interpretation flag.
 *
 * @param code    a stable code, e.g. "RULE_SET_NOT_ENCODED", "NOT_IN_FORCE_AT_TRIGGER"
 * @param message plain English
 * @param ruleIds related catalogue IDs (may be empty)
 */
public record Notice(String code, String message, List<String> ruleIds) {
    public Notice {
        ruleIds = List.copyOf(ruleIds);
    }
}
