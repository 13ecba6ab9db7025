package org.throughcare.core;

import java.util.Comparator;
import java.util.List;

/**
 * Where a person stands in the consolidated priority ordering of the documents that apply to them (catalogue
 * XDOC-04), as decided by the cross-document step after the sessions: the keys, most significant first. With the
 * English guidance and a Service 4 contract, for example: the England 2009 tier, then whether Service 4 finds the
 * offending directly linked to the substance use, then the earliest release date. Use {@link #ORDER} to order a
 * caseload; a person whose decision has no priority order comes after everyone who has one.
 *
 * @param ruleIds     the cross-document rule IDs the ordering rests on (e.g. XDOC-04)
 * @param explanation one sentence: by what the documents order people, and where this person stands
 * @param keys        the keys, most significant first
 */
public record PriorityOrder(List<String> ruleIds, String explanation, List<PriorityKey> keys) {

    public PriorityOrder {
        ruleIds = List.copyOf(ruleIds);
        keys = List.copyOf(keys);
    }

    /**
     * Highest priority first. Two orders are compared key by key: a lower rank first (an unranked answer last), an
     * earlier release date first (an unknown date last). Orders built from different keys (people under different
     * documents) are not comparable by rank: they are grouped by their keys' names, in name order, so the comparator
     * stays a total order.
     */
    public static final Comparator<PriorityOrder> ORDER = (a, b) -> {
        int bySignature = a.signature().compareTo(b.signature());
        if (bySignature != 0) {
            return bySignature;
        }
        for (int i = 0; i < a.keys.size(); i++) {
            PriorityKey x = a.keys.get(i);
            PriorityKey y = b.keys.get(i);
            int c = x.ruleSet() == null
                    ? Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()).compare(x.date(), y.date())
                    : Comparator.nullsLast(Comparator.<Integer>naturalOrder()).compare(x.rank(), y.rank());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** @return the keys' names joined, which orders built the same way share */
    public String signature() {
        return String.join(" > ", keys.stream().map(PriorityKey::key).toList());
    }
}
