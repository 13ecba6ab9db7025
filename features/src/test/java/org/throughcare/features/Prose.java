package org.throughcare.features;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.core.Times;

/**
 * Dates and times as the features write them, like case notes: "Thursday 2 April 2026" and
 * "16:00 on Thursday 2 April 2026" (Europe/London wall-clock time). Every date names its weekday, and the weekday
 * must match the date: a scenario that says "Thursday 3 April 2026" fails loudly, because 3 April 2026 is a Friday.
 *
 * <p>Around the clock changes a wall-clock time can be ambiguous (the autumn hour that happens twice) or impossible
 * (the spring hour that is skipped). An ambiguous time must say "GMT" or "BST" ("01:30 BST on Sunday 25 October
 * 2026"); an impossible one is refused. "GMT" or "BST" may be written on any time, and is then checked.
 */
final class Prose {

    /** A date: weekday, day of month, month name, year. */
    static final String DATE_REGEX = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} "
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}";

    /** A moment: 24-hour time, optional seconds, optional GMT/BST, "on", a date. */
    static final String MOMENT_REGEX = "\\d{2}:\\d{2}(?::\\d{2})?(?: GMT| BST)? on " + DATE_REGEX;

    private static final Pattern DATE = Pattern.compile("(\\w+) (\\d{1,2}) (\\w+) (\\d{4})");
    private static final Pattern MOMENT = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?(?: (GMT|BST))? on (.+)");
    private static final ZoneOffset BST = ZoneOffset.ofHours(1);

    private Prose() {
    }

    /** Parses "Thursday 2 April 2026", checking the weekday. */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date like 'Thursday 2 April 2026': '" + text + "'");
        }
        DayOfWeek said = weekday(m.group(1), text);
        Month month = month(m.group(3), text);
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("no such date: '" + text + "' (" + e.getMessage() + ")", e);
        }
        if (date.getDayOfWeek() != said) {
            throw new IllegalArgumentException("the weekday does not match the date in '" + text + "': "
                    + date.getDayOfMonth() + " " + name(date.getMonth()) + " " + date.getYear() + " is a "
                    + name(date.getDayOfWeek()) + ", not a " + name(said));
        }
        return date;
    }

    /** Parses "16:00 on Thursday 2 April 2026" (optionally "16:00:30", "01:30 BST on ..."), as Europe/London. */
    static ZonedDateTime moment(String text) {
        Matcher m = MOMENT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time like '16:00 on Thursday 2 April 2026': '" + text + "'");
        }
        LocalDate date = date(m.group(5));
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("no such time: '" + text + "' (" + e.getMessage() + ")", e);
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = Times.LONDON.getRules().getValidOffsets(local);
        String zone = m.group(4);
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' does not exist in London: the clocks went forward"
                    + " over that hour");
        }
        if (zone == null) {
            if (offsets.size() > 1) {
                throw new IllegalArgumentException("'" + text + "' happened twice in London (the clocks went back):"
                        + " write 'GMT' or 'BST' after the time");
            }
            return ZonedDateTime.ofLocal(local, Times.LONDON, null);
        }
        ZoneOffset wanted = zone.equals("BST") ? BST : ZoneOffset.UTC;
        if (!offsets.contains(wanted)) {
            throw new IllegalArgumentException("'" + text + "' says " + zone + ", but London was on "
                    + (offsets.get(0).equals(BST) ? "BST" : "GMT") + " then");
        }
        return ZonedDateTime.ofLocal(local, Times.LONDON, wanted);
    }

    /** The end of a day as the engine counts it (TC-03): 23:59:59 in London. */
    static ZonedDateTime endOf(LocalDate date) {
        return ZonedDateTime.of(date, LocalTime.of(23, 59, 59), Times.LONDON);
    }

    /** Writes an instant back as prose, for failure messages: "09:00 BST on Tuesday 7 April 2026". */
    static String say(ZonedDateTime t) {
        if (t == null) {
            return "(no time)";
        }
        ZonedDateTime l = Times.london(t);
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", l.getHour(), l.getMinute())
                + (l.getSecond() == 0 ? "" : String.format(Locale.ROOT, ":%02d", l.getSecond()));
        return hhmm + (l.getOffset().equals(BST) ? " BST" : " GMT") + " on " + say(l.toLocalDate());
    }

    /** Writes a date as prose: "Tuesday 7 April 2026". */
    static String say(LocalDate d) {
        return d == null ? "(no date)" : name(d.getDayOfWeek()) + " " + d.getDayOfMonth() + " " + name(d.getMonth())
                + " " + d.getYear();
    }

    /** Splits "A, B and C" (or "A and B", or "A") into its items; "none" gives an empty list. */
    static List<String> list(String text) {
        String t = text.trim();
        if (t.equals("none")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String[] parts = t.split(", | and ");
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private static DayOfWeek weekday(String name, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (name(d).equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: '" + name + "' in '" + text + "'");
    }

    private static Month month(String name, String text) {
        for (Month mo : Month.values()) {
            if (name(mo).equals(name)) {
                return mo;
            }
        }
        throw new IllegalArgumentException("not a month: '" + name + "' in '" + text + "'");
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
