package org.throughcare.core.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule's metadata, read once at start-up from its DRL annotations.
 *
 * @param name          the rule's name
 * @param pkg           its package (the folder under the rule set)
 * @param ruleIds       {@code @ruleIds}: the catalogue IDs it encodes
 * @param section       {@code @section}: the guidance section it encodes
 * @param action        {@code @action}: the action code it raises, or null for routing and classification rules
 * @param effectiveFrom {@code @effectiveFrom}: the first day the rule is in force, or null (the rule set's date)
 * @param effectiveTo   {@code @effectiveTo}: the day it stops (exclusive), or null (still in force)
 */
public record RuleMeta(String name, String pkg, List<String> ruleIds, String section, String action,
                       LocalDate effectiveFrom, LocalDate effectiveTo) {

    /** A rule in force whenever its rule set is. */
    public RuleMeta(String name, String pkg, List<String> ruleIds, String section, String action) {
        this(name, pkg, ruleIds, section, action, null, null);
    }

    /** @return whether the rule is in force on this day (its own dates; the rule set's are checked apart) */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    /** @return its dates in words, e.g. "in force from 2005-07-01" or "in force before 2005-07-01" */
    public String datesInWords() {
        if (effectiveFrom != null && effectiveTo != null) {
            return "in force from " + effectiveFrom + " until " + effectiveTo;
        }
        return effectiveFrom != null ? "in force from " + effectiveFrom
                : effectiveTo != null ? "in force before " + effectiveTo : "in force whenever its rule set is";
    }
}
