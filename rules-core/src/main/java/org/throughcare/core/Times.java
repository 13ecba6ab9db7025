package org.throughcare.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;

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

    /**
     * The earliest date any date or date-time field may hold, in the snapshot and the decision alike: 1 January
     * 1850. It reaches well back for dates of birth, and it keeps every Europe/London offset a whole number of
     * minutes (London kept local mean time, 1 minute 15 seconds behind Greenwich, until December 1847).
     */
    public static final LocalDate MIN_DATE = LocalDate.of(1850, 1, 1);
    /** The latest date any date or date-time field may hold: 31 December 2199 (planned dates may lie far ahead). */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private Times() {
    }

    /** @return true when {@code date} lies from {@link #MIN_DATE} to {@link #MAX_DATE}, both included. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /** @return true when the instant, in Europe/London, falls on a date {@link #inRange(LocalDate) in range}. */
    public static boolean inRange(ZonedDateTime t) {
        return inRange(london(t).toLocalDate());
    }

    /** @return the range in words, for messages: "from 1850-01-01 to 2199-12-31". */
    public static String rangeText() {
        return "from " + MIN_DATE + " to " + MAX_DATE;
    }

    /**
     * @return {@code t} in Europe/London written as {@link #FORMAT}, or "null". Written digit by digit (the same text
     *         as {@link #FORMAT} gives, checked by a test): every decision writes many instants, in its prose and its
     *         JSON alike.
     */
    public static String format(ZonedDateTime t) {
        if (t == null) {
            return "null";
        }
        ZonedDateTime l = london(t);
        int year = l.getYear();
        int offset = l.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offset % 60 != 0) {
            return FORMAT.format(l); // outside the library's date range: the general formatter
        }
        StringBuilder sb = new StringBuilder(35);
        digits(sb, year, 4).append('-');
        digits(sb, l.getMonthValue(), 2).append('-');
        digits(sb, l.getDayOfMonth(), 2).append('T');
        digits(sb, l.getHour(), 2).append(':');
        digits(sb, l.getMinute(), 2).append(':');
        digits(sb, l.getSecond(), 2);
        int nano = l.getNano();
        if (nano != 0) {
            int len = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                len--;
            }
            sb.append('.');
            digits(sb, nano, len);
        }
        if (offset == 0) {
            return sb.append("+00:00").toString();
        }
        sb.append(offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        digits(sb, minutes / 60, 2).append(':');
        return digits(sb, minutes % 60, 2).toString();
    }

    /** Appends a non-negative {@code value} of at most {@code width} digits, zero-padded to {@code width}. */
    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        if (width == 2) {
            return sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            sb.append((char) ('0' + value / divisor % 10));
        }
        return sb;
    }

    /**
     * The strict reading of a local Europe/London time, for Java callers, as the JSON reader reads one: a local
     * time that the clocks skip (the spring gap) or pass twice (the autumn fall-back hour) is refused, never
     * silently moved or guessed.
     *
     * @param local a wall-clock time in London
     * @return the one instant it names
     * @throws DateTimeException naming the clock change and the fix, when the time does not name exactly one instant
     */
    public static ZonedDateTime strictLondon(LocalDateTime local) {
        Objects.requireNonNull(local, "local");
        String problem = clockChangeProblem(local);
        if (problem != null) {
            throw new DateTimeException(local + ": " + problem);
        }
        return ZonedDateTime.ofLocal(local, LONDON, null);
    }

    /**
     * The strict reading of a local Europe/London time with the offset that tells the two readings of the autumn
     * fall-back hour apart.
     *
     * @param local  a wall-clock time in London
     * @param offset London's offset at that time (+01:00 in summer time, +00:00 otherwise)
     * @return the instant
     * @throws DateTimeException when London never had that offset at that local time
     */
    public static ZonedDateTime strictLondon(LocalDateTime local, ZoneOffset offset) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
        if (!LONDON.getRules().getValidOffsets(local).contains(offset)) {
            throw new DateTimeException(local + offset.getId() + ": Europe/London was not at offset " + offset.getId()
                    + " at that local time");
        }
        return ZonedDateTime.ofLocal(local, LONDON, offset);
    }

    /**
     * @return why a local time names no single instant in Europe/London (the clock change and the fix, in words,
     *         without repeating the time), or null when it names exactly one
     */
    public static String clockChangeProblem(LocalDateTime local) {
        List<ZoneOffset> offsets = LONDON.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return null;
        }
        ZoneOffsetTransition t = LONDON.getRules().getTransition(local);
        if (offsets.isEmpty()) {
            return "this local time does not exist in Europe/London: the clocks went forward from "
                    + t.getDateTimeBefore().toLocalTime() + " to " + t.getDateTimeAfter().toLocalTime()
                    + " that night; give the time with its offset";
        }
        return "this local time happens twice in Europe/London: the clocks went back from "
                + t.getDateTimeBefore().toLocalTime() + " to " + t.getDateTimeAfter().toLocalTime() + " that night; "
                + "add the offset, " + offsetText(t.getOffsetBefore()) + " for the first (BST) or "
                + offsetText(t.getOffsetAfter()) + " for the second (GMT)";
    }

    private static String offsetText(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    /** @return the same instant in Europe/London, or null for null. */
    public static ZonedDateTime london(ZonedDateTime t) {
        return t == null ? null : t.withZoneSameInstant(LONDON);
    }
}
