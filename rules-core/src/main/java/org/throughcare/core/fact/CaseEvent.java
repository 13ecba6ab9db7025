package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;

/** One event of the current custody period, as a fact. Immutable. */
public final class CaseEvent {
    private final EventType type;
    private final ZonedDateTime at;

    public CaseEvent(Event event) {
        this.type = Objects.requireNonNull(event, "event").type();
        this.at = event.at();
    }

    public EventType getType() { return type; }

    public ZonedDateTime getAt() { return at; }

    @Override
    public String toString() {
        return "CaseEvent[" + type + " at " + org.throughcare.core.Times.format(at) + "]";
    }
}
