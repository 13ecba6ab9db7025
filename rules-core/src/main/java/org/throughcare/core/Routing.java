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
 * @param journey           where the person physically is, the reception that starts the current custody period and
 *                          the arrival's origin, as derived from the movements and the custody facts; may be null
 *                          (a routing built by a caller)
 * @param nextPoints        every point that may come next, the first being {@code nextPoint}: a point may lead to
 *                          several (decision schema 1.2)
 */
public record Routing(String currentPoint, String currentPointName, String nextPoint, String nextPointName,
                      boolean nextPointEncoded, List<RouteStep> path, String statement, Journey journey,
                      List<NextPoint> nextPoints) {
    public Routing {
        path = List.copyOf(path);
        nextPoints = nextPoints == null ? (nextPoint == null ? List.of()
                : List.of(new NextPoint(nextPoint, nextPointName, nextPointEncoded, null, List.of())))
                : List.copyOf(nextPoints);
    }

    /** A routing with at most one next point. */
    public Routing(String currentPoint, String currentPointName, String nextPoint, String nextPointName,
                   boolean nextPointEncoded, List<RouteStep> path, String statement, Journey journey) {
        this(currentPoint, currentPointName, nextPoint, nextPointName, nextPointEncoded, path, statement, journey, null);
    }

    /** A routing without the derived custody facts. */
    public Routing(String currentPoint, String currentPointName, String nextPoint, String nextPointName,
                   boolean nextPointEncoded, List<RouteStep> path, String statement) {
        this(currentPoint, currentPointName, nextPoint, nextPointName, nextPointEncoded, path, statement, null);
    }

    /** @return this routing with the derived custody facts */
    public Routing withJourney(Journey journey) {
        return new Routing(currentPoint, currentPointName, nextPoint, nextPointName, nextPointEncoded, path, statement,
                journey, nextPoints);
    }
}
