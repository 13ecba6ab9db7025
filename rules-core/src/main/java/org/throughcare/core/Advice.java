package org.throughcare.core;

import java.util.List;

/**
 * A practice an advisory document (the Home Office research report, HO-RPT) offers for this person. Advice is never a
 * required action: it has no due time and no status, and it can never be overdue or blocked (HO-RPT-GEN-01: the
 * report's practices are not recommended practice and add to the binding guidance, never replace it).
 *
 * @param ruleSet  the advisory rule set it comes from
 * @param code     a stable code (a row of that rule set's action table)
 * @param ruleIds  the catalogue IDs it rests on
 * @param owner    who the report says does it
 * @param advice   what the report suggests, in plain English
 * @param trigger  what made it relevant, and when
 * @param when     the report's time phrase ("as soon as possible after entry"), never a deadline
 * @param citation the report and its section
 */
public record Advice(String ruleSet, String code, List<String> ruleIds, Owner owner, String advice, Trigger trigger,
                     String when, Citation citation) {
    public Advice {
        ruleIds = List.copyOf(ruleIds);
    }
}
