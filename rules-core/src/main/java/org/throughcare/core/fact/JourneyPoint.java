package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A helper fact: the person has reached this process point in the current custody period. The routing rules insert
 * it with their route edge, so that the rules of a process point match it instead of repeating the routing
 * condition (for example "received, and process point 1 routed to process point 2").
 *
 * <p>It carries the case ({@link #getCaseFacts()}), so that a rule of a point reads the case's state in the same
 * pattern, {@code JourneyPoint( id == "PP8", !caseFacts.inTransit )}, rather than joining {@code CaseFacts} in a
 * pattern of its own. That is how the point's rules should read the case: such a constraint is tested only on the
 * journey point it names, while a {@code CaseFacts} pattern enters the working memory of every rule that has one, at
 * every evaluation, whether the person is at that point or not (bench/README.md).
 */
public final class JourneyPoint {
    private final String id;
    private final ZonedDateTime since;
    private final CaseFacts caseFacts;

    /**
     * @param id        the process point, as the rule set declares it ("PP2")
     * @param since     when the person reached it (for the points reached at reception: the reception)
     * @param caseFacts the case of the person at the point: the evaluation's one {@link CaseFacts} (a routing rule
     *                  passes the one it matched, or the previous point's)
     */
    public JourneyPoint(String id, ZonedDateTime since, CaseFacts caseFacts) {
        this.id = Objects.requireNonNull(id, "id");
        this.since = since;
        this.caseFacts = Objects.requireNonNull(caseFacts, "caseFacts");
    }

    public String getId() {
        return id;
    }

    public ZonedDateTime getSince() {
        return since;
    }

    /** @return the case of the person at this point (the evaluation's {@link CaseFacts}) */
    public CaseFacts getCaseFacts() {
        return caseFacts;
    }

    /**
     * A duty of this point arises no earlier than the person reached it: something recorded before (an answer or a
     * DIR from the community, a consent decision) triggers it from the moment they are at the point.
     *
     * @param at when what triggers the duty was recorded, or null when not recorded
     * @return the later of {@code at} and {@link #getSince()}; {@code getSince()} when {@code at} is null
     */
    public ZonedDateTime notBefore(ZonedDateTime at) {
        return at == null || since != null && at.isBefore(since) ? since : at;
    }

    @Override
    public String toString() {
        return "JourneyPoint[" + id + "]";
    }
}
