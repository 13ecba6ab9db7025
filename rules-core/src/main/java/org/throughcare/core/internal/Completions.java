package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.throughcare.core.Determination;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Snapshot;

/**
 * Whether an action is done: the action table's completion alternatives ({@code completed_by}: events, an
 * established origin, a determination), met at or after the trigger within the current custody period.
 */
final class Completions {
    private Completions() {
    }

    /**
     * How an action was completed.
     *
     * @param at when, or null when the completing fact has no recorded time
     * @param by what completed it, in the action table's words ("REFERRED_TO_CARATS", "origin + ...")
     */
    record Completion(ZonedDateTime at, String by) {
    }

    /** The earliest way the action was completed at or after its trigger within the current period, if any. */
    static Completion completion(ActionRow row, Snapshot s, List<Event> period, ZonedDateTime trigger) {
        Completion best = null;
        for (List<String> alternative : row.completedBy()) {
            ZonedDateTime latest = null;
            boolean timeKnown = true;
            boolean satisfied = true;
            for (String requirement : alternative) {
                Optional<Optional<ZonedDateTime>> when = satisfiedAt(requirement, s, period, trigger);
                if (when.isEmpty()) {
                    satisfied = false;
                    break;
                }
                if (when.get().isEmpty()) {
                    timeKnown = false;
                } else if (latest == null || when.get().get().isAfter(latest)) {
                    latest = when.get().get();
                }
            }
            if (satisfied) {
                Completion c = new Completion(timeKnown ? latest : null, String.join(" + ", alternative));
                if (best == null || (c.at != null && (best.at == null || c.at.isBefore(best.at)))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * @return empty when the requirement is not met; a present empty time when it is met at an unrecorded time
     */
    private static Optional<Optional<ZonedDateTime>> satisfiedAt(String requirement, Snapshot s, List<Event> period,
                                                                 ZonedDateTime trigger) {
        if (requirement.equals("origin")) {
            if (s.custody().origin() == null) {
                return Optional.empty();
            }
            return atOrAfter(s.custody().originEstablishedAt(), trigger);
        }
        if (requirement.startsWith("determined:")) {
            Determination d = s.determinations().get(requirement.substring("determined:".length()));
            if (!d.value().isDetermined()) {
                return Optional.empty();
            }
            return atOrAfter(d.determinedAt(), trigger);
        }
        EventType type = EventType.valueOf(requirement);
        for (Event e : period) {
            if (e.type() == type && !e.at().isBefore(trigger)) {
                return Optional.of(Optional.of(e.at()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Optional<ZonedDateTime>> atOrAfter(ZonedDateTime at, ZonedDateTime trigger) {
        if (at == null) {
            return Optional.of(Optional.empty());
        }
        return at.isBefore(trigger) ? Optional.empty() : Optional.of(Optional.of(at));
    }

}
