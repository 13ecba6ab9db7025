package org.throughcare.core.fact;

/**
 * Input fact of the cross-document step: one priority or eligibility answer a rule set's session gave (its
 * classification code and result, never criteria or free text). Immutable.
 */
public final class RuleSetAnswer {
    private final String ruleSet;
    private final String kind;
    private final String code;
    private final String result;

    /**
     * @param ruleSet the rule set that answered, e.g. "service-4"
     * @param kind    "PRIORITY" or "ELIGIBILITY"
     * @param code    what was assessed, e.g. "SPEC4_PRIORITY"
     * @param result  the answer, e.g. "LINKED"
     */
    public RuleSetAnswer(String ruleSet, String kind, String code, String result) {
        this.ruleSet = ruleSet;
        this.kind = kind;
        this.code = code;
        this.result = result;
    }

    public String getRuleSet() { return ruleSet; }

    public String getKind() { return kind; }

    public String getCode() { return code; }

    public String getResult() { return result; }

    @Override
    public String toString() {
        return "RuleSetAnswer[" + ruleSet + " " + code + "=" + result + "]";
    }
}
