package org.throughcare.kb.scotland2005.tas;

import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Sex;
import org.throughcare.core.TriState;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.SettingsFact;

/**
 * The TAS criteria C1 to C4 (Scope of Service and Prioritisation, ¶4; catalogue SCOT-TAS-ELIG-02..05), read by the
 * rules of this package. Plain Java because the executable model does not resolve DRL functions called from
 * {@code eval}; the determination names are declared in the vocabulary and checked when the rules load.
 */
public final class TasCriteria {
    private TasCriteria() {
    }

    /** @return C3: a pattern of offending and a link between the offending and the drug misuse (both determinations) */
    public static TriState c3(CaseFacts c) {
        TriState a = c.determination("patternOfOffending");
        TriState b = c.determination("offendingLinkedToMisuse");
        if (a == TriState.NO || b == TriState.NO) {
            return TriState.NO;
        }
        return a == TriState.YES && b == TriState.YES ? TriState.YES : TriState.NOT_DETERMINED;
    }

    /** @return the codes of the criteria C1 to C4 whose answer is {@code want}, in order */
    public static List<String> criteria(CaseFacts c, TriState want) {
        List<String> out = new ArrayList<>();
        if (c.determination("problemWithAddictiveDrugs") == want) {
            out.add("C1_ADDICTIVE_DRUGS");
        }
        if (c.determination("establishedPatternOfMisuse") == want) {
            out.add("C2_ESTABLISHED_PATTERN");
        }
        if (c3(c) == want) {
            out.add("C3_OFFENDING_LINKED_TO_MISUSE");
        }
        if (c.determination("demonstrableWillToTackle") == want) {
            out.add("C4_WILL_TO_TACKLE");
        }
        return List.copyOf(out);
    }

    /** @return whether every criterion C1 to C4 is met */
    public static boolean allMet(CaseFacts c) {
        return criteria(c, TriState.YES).size() == 4;
    }

    /** @return whether some criterion is not met */
    public static boolean someNotMet(CaseFacts c) {
        return !criteria(c, TriState.NO).isEmpty();
    }

    /** @return whether none is unmet but some is not yet determined */
    public static boolean someUndetermined(CaseFacts c) {
        return criteria(c, TriState.NO).isEmpty() && !criteria(c, TriState.NOT_DETERMINED).isEmpty();
    }

    /**
     * @return whether the person is a TAS offender (decision table rows R3 and R4): a short-term sentenced prisoner
     *         with no statutory supervision, every criterion met, and a sentence of 31 days or more or the exception
     *         for young offenders and female offenders
     */
    public static boolean tasOffender(CaseFacts c, SettingsFact s) {
        if (c.getStatus() == CustodyStatus.REMAND || c.determination("shortTermPrisoner") != TriState.YES
                || c.determination("statutorySupervisionOnRelease") != TriState.NO || !allMet(c)
                || c.getSentenceDays() == null) {
            return false;
        }
        return c.getSentenceDays() >= 31 || c.getSex() == Sex.FEMALE
                || s.youngOffender(c.getAgeAtSentence()) == TriState.YES;
    }

    /** @return the list with one more code */
    public static List<String> plus(List<String> list, String code) {
        List<String> out = new ArrayList<>(list);
        out.add(code);
        return List.copyOf(out);
    }
}
