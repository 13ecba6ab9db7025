package org.throughcare.core.fact;

import java.util.List;

/**
 * Outcome fact of the cross-document step: the keys that order this person against others, most significant first
 * (catalogue XDOC-04). A key is a rule set's priority, written {@code "<rule set>/<classification code>"} (ranked by
 * the order that rule set declares for it in {@code rulesets.json}), or {@link #EARLIEST_RELEASE} (the earliest
 * expected or approved release date, sooner first). The rule decides which keys and in what order; the engine reads
 * the answers and builds the decision's priority order. The keys a rule names are checked at start-up. Immutable.
 */
public final class PriorityChain {
    /** The key for the earliest expected or approved release date (CaseFacts.getEarliestRelease), sooner first. */
    public static final String EARLIEST_RELEASE = "EARLIEST_RELEASE";

    private final List<String> keys;

    private PriorityChain(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /** @return a chain of these keys, most significant first */
    public static PriorityChain of(String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("a priority chain needs at least one key");
        }
        return new PriorityChain(List.of(keys));
    }

    public List<String> getKeys() { return keys; }

    @Override
    public String toString() {
        return "PriorityChain" + keys;
    }
}
