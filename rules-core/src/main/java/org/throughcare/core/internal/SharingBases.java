package org.throughcare.core.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.core.fact.SharingBasis;

/**
 * The consent rules' bases of one evaluation, by the instant each judges: {@code asOf} for actions still to do, and
 * the instants sharing actions may have been done for those already done.
 */
final class SharingBases {
    private final Map<Instant, Outcome<SharingBasis>> byInstant = new HashMap<>();
    private final Outcome<SharingBasis> current;

    SharingBases(List<Outcome<SharingBasis>> outcomes, ZonedDateTime asOf) {
        for (Outcome<SharingBasis> o : outcomes) {
            byInstant.putIfAbsent(o.fact().getAt().toInstant(), o);
        }
        this.current = at(asOf);
    }

    /** @return the basis at {@code asOf}, or null when no consent rule gave one */
    Outcome<SharingBasis> current() {
        return current;
    }

    /** @return the basis at {@code t} (the same instant, in whatever zone), or null when no consent rule judged it */
    Outcome<SharingBasis> at(ZonedDateTime t) {
        return t == null ? null : byInstant.get(t.toInstant());
    }
}
