package org.throughcare.core;

import java.util.List;

/**
 * Where the person is in the continuity-of-care journey.
 *
 * @param currentPoint      the process point that applies now ("PART_1", "PP1", "PP2", ...), or null when no
 *                          encoded rule set applies
 * @param currentPointName  its name in the guidance
 * @param nextPoint         the point that applies next, or null when it cannot be known yet
 * @param nextPointName     its name
 * @param nextPointEncoded  false when the next point's rules are not encoded yet (see {@code statement})
 * @param path              the edges taken so far, in order
 * @param statement         a plain-English statement of where the person is and what comes next, always present
 */
public record Routing(String currentPoint, String currentPointName, String nextPoint, String nextPointName,
                      boolean nextPointEncoded, List<RouteStep> path, String statement) {
    public Routing {
        path = List.copyOf(path);
    }
}
