package org.throughcare.core;

import java.util.List;

/**
 * A priority or eligibility answer with the criteria behind it.
 *
 * @param code                 what was assessed, e.g. "ENG_COC_TREATMENT_PRIORITY"
 * @param result               the answer, e.g. "TIER_1", "ELIGIBLE", "UNDETERMINED"
 * @param explanation          one sentence explaining the answer
 * @param ruleIds              the catalogue rules applied
 * @param criteriaMet          criteria that hold
 * @param criteriaNotMet       criteria that do not hold
 * @param criteriaUndetermined criteria staff have not determined yet
 * @param citation             where it rests in the guidance
 */
public record Assessment(String code, String result, String explanation, List<String> ruleIds,
                         List<Criterion> criteriaMet, List<Criterion> criteriaNotMet,
                         List<Criterion> criteriaUndetermined, Citation citation) {
    public Assessment {
        ruleIds = List.copyOf(ruleIds);
        criteriaMet = List.copyOf(criteriaMet);
        criteriaNotMet = List.copyOf(criteriaNotMet);
        criteriaUndetermined = List.copyOf(criteriaUndetermined);
    }
}
