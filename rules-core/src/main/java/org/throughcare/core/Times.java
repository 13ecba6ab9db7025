package org.throughcare.core;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Time conventions shared by the whole library (catalogue TC-01: every instant is in Europe/London). */
public final class Times {
    /** The zone of every instant the library reads or writes. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Times() {
    }

    /** @return the same instant in Europe/London, or null for null. */
    public static ZonedDateTime london(ZonedDateTime t) {
        return t == null ? null : t.withZoneSameInstant(LONDON);
    }
}
