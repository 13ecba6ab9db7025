package org.throughcare.core;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** Time conventions shared by the whole library (catalogue TC-01: every instant is in Europe/London). */
public final class Times {
    /** The zone of every instant the library reads or writes. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * How the library writes an instant, in JSON and in messages alike: Europe/London local date and time with
     * seconds (fractions only when not zero) and the offset, "+00:00" in winter rather than "Z", e.g.
     * {@code 2026-04-07T09:00:00+01:00}.
     */
    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    private Times() {
    }

    /** @return {@code t} in Europe/London written as {@link #FORMAT}, or "null". */
    public static String format(ZonedDateTime t) {
        return t == null ? "null" : FORMAT.format(london(t));
    }

    /** @return the same instant in Europe/London, or null for null. */
    public static ZonedDateTime london(ZonedDateTime t) {
        return t == null ? null : t.withZoneSameInstant(LONDON);
    }
}
