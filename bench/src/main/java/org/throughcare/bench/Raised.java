package org.throughcare.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.throughcare.core.Event;

/**
 * An action a rule raised, before its due time and status are worked out (the engine's {@code RaisedAction}): its
 * trigger, whether it is pending (the trigger then being the time it would come, if known), and the date its due time
 * is counted from when the rule anchors it ({@code anchoredOn}), with what that date is, in words.
 */
record Raised(Row row, String triggerEvent, ZonedDateTime triggerAt, boolean pending, LocalDate anchor,
              String anchorDescription) {

    static Raised byEvent(Row row, Event e) {
        return new Raised(row, e.type().name(), e.at(), false, null, null);
    }

    static Raised at(Row row, String event, ZonedDateTime at) {
        return new Raised(row, event, at, false, null, null);
    }

    static Raised atReception(Row row, ZonedDateTime reception) {
        return new Raised(row, "RECEPTION", reception, false, null, null);
    }

    static Raised pending(Row row, String awaited, ZonedDateTime hypotheticalTrigger) {
        return new Raised(row, awaited, hypotheticalTrigger, true, null, null);
    }

    /** An action counted from a date the rule gives: "by day N" of it, or some weeks before it. */
    static Raised anchored(Row row, String event, ZonedDateTime at, LocalDate anchor, String description) {
        return new Raised(row, event, at, false, anchor, description);
    }
}
