package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Snapshot;

/** Which events of a snapshot belong to its current custody period. */
final class CustodyPeriod {
    private CustodyPeriod() {
    }

    /**
     * The events of the current custody period: from the latest reception on, plus the events that led into it
     * (pre-entry events, and a DIR received while the person was on the way; after the last release before it).
     * Before reception: everything after the last release.
     */
    static List<Event> currentPeriod(Snapshot s) {
        ZonedDateTime reception = s.custody().receptionAt();
        ZonedDateTime lastRelease = null;
        for (Event e : s.events()) {
            if (e.type() == EventType.RELEASED && (reception == null || e.at().isBefore(reception))
                    && (lastRelease == null || e.at().isAfter(lastRelease))) {
                lastRelease = e.at();
            }
        }
        List<Event> out = new ArrayList<>();
        List<Event> sorted = s.events().stream().sorted(Comparator.comparing(Event::at)).toList();
        for (Event e : sorted) {
            boolean afterRelease = lastRelease == null || e.at().isAfter(lastRelease);
            if (reception == null) {
                if (afterRelease && e.type() != EventType.RELEASED) {
                    out.add(e);
                }
            } else if (!e.at().isBefore(reception) || (e.type().leadsIntoCustody() && afterRelease)) {
                out.add(e);
            }
        }
        return out;
    }
}
