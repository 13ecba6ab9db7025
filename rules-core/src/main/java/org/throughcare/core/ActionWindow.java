package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The window of a required action (due kind WINDOW or MIN_FREQUENCY): only an event inside it, from {@code start} to
 * {@code end} inclusive, counts towards it. Before the start the action is UPCOMING; after the end, without the events
 * it needs, it is missed.
 *
 * @param start when the window opens (Europe/London)
 * @param end   when it closes (Europe/London); the action's due time
 */
public record ActionWindow(ZonedDateTime start, ZonedDateTime end) {
    public ActionWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a window cannot end before it starts");
        }
    }

    /** @return true when {@code t} lies inside the window (both ends included) */
    public boolean contains(ZonedDateTime t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }
}
