package org.throughcare.core.fact;

import java.util.List;

/**
 * Outcome fact: a priority or eligibility answer with its criteria, as stable codes whose descriptions the engine
 * adds. Immutable.
 */
public final class Classification {
    private final String kind;
    private final String code;
    private final String result;
    private final String explanation;
    private final List<String> met;
    private final List<String> notMet;
    private final List<String> undetermined;

    /**
     * @param kind         "PRIORITY" or "ELIGIBILITY"
     * @param code         what was assessed, e.g. "ENG_COC_TREATMENT_PRIORITY"
     * @param result       the answer, e.g. "TIER_1"
     * @param explanation  one sentence
     * @param met          criterion codes that hold
     * @param notMet       criterion codes that do not hold
     * @param undetermined criterion codes not yet determined
     */
    public Classification(String kind, String code, String result, String explanation, List<String> met,
                          List<String> notMet, List<String> undetermined) {
        this.kind = kind;
        this.code = code;
        this.result = result;
        this.explanation = explanation;
        this.met = List.copyOf(met);
        this.notMet = List.copyOf(notMet);
        this.undetermined = List.copyOf(undetermined);
    }

    public String getKind() { return kind; }

    public String getCode() { return code; }

    public String getResult() { return result; }

    public String getExplanation() { return explanation; }

    public List<String> getMet() { return met; }

    public List<String> getNotMet() { return notMet; }

    public List<String> getUndetermined() { return undetermined; }

    @Override
    public String toString() {
        return "Classification[" + code + "=" + result + "]";
    }
}
