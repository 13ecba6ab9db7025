package org.throughcare.core;

/**
 * The routing of one rule set that applies to the person. Routing belongs to each rule set: the English guidance has
 * process points; the Scottish documents, the Service 4 specification and the research report have none, and then
 * {@code routing} is null and {@code statement} says so. No rule set's routing replaces another's.
 *
 * @param ruleSet   the rule set's id
 * @param routing   where the person is in its journey, or null when it has no process points
 * @param statement in words: its routing statement, or why it has none
 */
public record RuleSetRouting(String ruleSet, Routing routing, String statement) {
}
