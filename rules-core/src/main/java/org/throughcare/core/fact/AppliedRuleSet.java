package org.throughcare.core.fact;

/**
 * Input fact of the cross-document step: a rule set that applies to the person and is in force on the day judged,
 * with its standing. The step's rules match it by id ({@code AppliedRuleSet(ruleSet == "service-4")}); the ids they
 * name are checked against the loaded rule sets at start-up. Immutable.
 */
public final class AppliedRuleSet {
    private final String ruleSet;
    private final String standing;

    /**
     * @param ruleSet  the rule set's id, e.g. "england-2009"
     * @param standing BINDING, CONTRACTUAL or ADVISORY
     */
    public AppliedRuleSet(String ruleSet, String standing) {
        this.ruleSet = ruleSet;
        this.standing = standing;
    }

    public String getRuleSet() { return ruleSet; }

    public String getStanding() { return standing; }

    @Override
    public String toString() {
        return "AppliedRuleSet[" + ruleSet + ", " + standing + "]";
    }
}
