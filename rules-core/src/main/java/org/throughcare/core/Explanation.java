package org.throughcare.core;

import java.util.List;

/**
 * A decision with the rules that produced it, in firing order.
 *
 * @param decision the decision
 * @param fired    every rule that fired, with what it matched and what it produced
 */
public record Explanation(Decision decision, List<FiredRule> fired) {
    public Explanation {
        fired = List.copyOf(fired);
    }
}
