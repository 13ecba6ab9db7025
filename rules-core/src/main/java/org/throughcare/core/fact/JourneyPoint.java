package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A helper fact: the person has reached this process point in the current custody period. The routing rules insert
 * it with their route edge, so that the rules of a process point match it instead of repeating the routing
 * condition (for example "received, and process point 1 routed to process point 2").
 */
public final class JourneyPoint {
    private final String id;
    private final ZonedDateTime since;

    /**
     * @param id    the process point, as the rule set declares it ("PP2")
     * @param since when the person reached it (for the points reached at reception: the reception)
     */
    public JourneyPoint(String id, ZonedDateTime since) {
        this.id = Objects.requireNonNull(id, "id");
        this.since = since;
    }

    public String getId() {
        return id;
    }

    public ZonedDateTime getSince() {
        return since;
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
