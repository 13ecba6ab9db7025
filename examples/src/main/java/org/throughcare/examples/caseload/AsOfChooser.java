package org.throughcare.examples.caseload;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the moment a snapshot describes: minutes, hours or days after one of the story's moments of interest,
 * within the bounds the scenario sets (after the reception, say, or before the origin is established).
 */
final class AsOfChooser {
    private AsOfChooser() {
    }

    static ZonedDateTime choose(Story s, Dice d, Moments m) {
        List<ZonedDateTime> candidates = new ArrayList<>();
        for (ZonedDateTime t : s.focus) {
            if ((s.asOfNotBefore == null || !t.isBefore(s.asOfNotBefore))
                    && (s.asOfNotAfter == null || !t.isAfter(s.asOfNotAfter))) {
                candidates.add(t);
            }
        }
        ZonedDateTime base = !candidates.isEmpty() ? d.pick(candidates)
                : s.asOfNotBefore != null ? s.asOfNotBefore : s.earliest();
        ZonedDateTime asOf = m.snapshotAfter(base);
        if (s.asOfNotAfter != null && asOf.isAfter(s.asOfNotAfter)) {
            long span = Math.max(0, Duration.between(base, s.asOfNotAfter).getSeconds());
            asOf = base.plusSeconds(d.between(0L, span));
        }
        return asOf;
    }
}
