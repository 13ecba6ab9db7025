package org.throughcare.core.internal;

import java.util.List;

/**
 * A rule's metadata, read once at start-up from its DRL annotations.
 *
 * @param name    the rule's name
 * @param pkg     its package (the folder under the rule set)
 * @param ruleIds {@code @ruleIds}: the catalogue IDs it encodes
 * @param section {@code @section}: the guidance section it encodes
 * @param action  {@code @action}: the action code it raises, or null for routing and classification rules
 */
public record RuleMeta(String name, String pkg, List<String> ruleIds, String section, String action) {
}
