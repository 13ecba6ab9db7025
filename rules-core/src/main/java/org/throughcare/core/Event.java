package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One dated event in the history. Events carry no free text, so no personal data can hide in them.
 *
 * @param type what happened; never null
 * @param at   when it happened (Europe/London); never null, never after the snapshot's {@code asOf}
 */
public record Event(EventType type, ZonedDateTime at) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        at = Times.london(at);
    }

    /** @return an event of {@code type} at {@code at}. */
    public static Event of(EventType type, ZonedDateTime at) {
        return new Event(type, at);
    }
}
