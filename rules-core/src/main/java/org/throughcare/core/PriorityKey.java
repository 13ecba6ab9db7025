package org.throughcare.core;

import java.time.LocalDate;

/**
 * One key of a {@link PriorityOrder}: a rule set's priority answer with its rank, or the earliest release date.
 *
 * @param key         the key as the cross-document rule names it: {@code "<rule set>/<code>"}, or
 *                    {@code "EARLIEST_RELEASE"}
 * @param ruleSet     the rule set whose priority this is, or null for the release date
 * @param code        the priority assessed (e.g. "ENG_COC_TREATMENT_PRIORITY"), or null for the release date
 * @param result      that rule set's answer (e.g. "TIER_1"); null when it gave none
 * @param rank        the answer's place in the order its rule set declares, 1 for the highest; null when the answer
 *                    has no rank (UNDETERMINED, or no answer): such a person comes after every ranked one on this key
 * @param of          how many ranks the order has (e.g. 3 for tiers 1 to 3); null for the release date
 * @param date        for the release date: the earliest expected or approved release date, or null when none is
 *                    known (then after every known date)
 * @param explanation the key in plain words, e.g. "England 2009 treatment priority: tier 1 (rank 1 of 3)"
 */
public record PriorityKey(String key, String ruleSet, String code, String result, Integer rank, Integer of,
                          LocalDate date, String explanation) {
}
