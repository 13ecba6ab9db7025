package org.throughcare.core;

import java.util.List;

/**
 * One rule that fired during an evaluation, for {@code explain}.
 *
 * @param ruleSet  the rule set's id
 * @param rule     the rule's name
 * @param ruleIds  the catalogue IDs it encodes
 * @param section  the guidance section it encodes
 * @param matched  the facts it matched, described without personal data
 * @param produced the outcome facts it inserted
 */
public record FiredRule(String ruleSet, String rule, List<String> ruleIds, String section, List<String> matched,
                        List<String> produced) {
    public FiredRule {
        ruleIds = List.copyOf(ruleIds);
        matched = List.copyOf(matched);
        produced = List.copyOf(produced);
    }
}
