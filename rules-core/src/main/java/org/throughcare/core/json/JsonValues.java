package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.throughcare.core.Times;
import org.throughcare.core.validation.ProblemCodes;

/**
 * Reads the scalar values of a snapshot document (strings, booleans, counts, closed lists, dates, date-times), each
 * at its JSON Pointer, reporting every problem to one {@link Problems}. A JSON {@code null} reads as absent.
 *
 * <p>Personal-data policy: a rejected value is never echoed in a message, whatever the field (a name typed into the
 * wrong field is still a name, and a value may be a megabyte long). The pointer says where; the message says what
 * was expected. Only values the format itself defines (a closed list's allowed values, a suggested spelling of
 * one) appear in messages.
 *
 * <p>Dates and date-times have four-digit years and lie in the one bounded range {@link Times#MIN_DATE} to
 * {@link Times#MAX_DATE} (a date-time by its Europe/London date), the range the JSON Schema and the writer share.
 */
final class JsonValues {

    /** The longest list of allowed values a message spells out; a longer one is counted (messages stay short). */
    static final int MAX_LISTED_CHARS = 400;

    /** The form of a date: exactly the JSON Schema's pattern (four-digit year); read by {@link IsoText}, used here for hints. */
    static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The form of a date-time: exactly the JSON Schema's pattern (four-digit year, optional seconds and offset). */
    static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}"
            + "(:[0-9]{2}([.][0-9]{1,9})?)?([Zz]|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?");

    private final Problems problems;

    JsonValues(Problems problems) {
        this.problems = problems;
    }

    /** @return false (and nothing reported) for null; false with a problem for a non-object. */
    boolean object(JsonNode n, String ptr) {
        if (n.isNull()) {
            return false;
        }
        if (!n.isObject()) {
            problems.add(ptr, ProblemCodes.WRONG_TYPE, "expected an object, got " + type(n));
            return false;
        }
        return true;
    }

    String string(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected a string, got " + type(v));
            return null;
        }
        return v.textValue();
    }

    boolean bool(JsonNode v, String p) {
        if (v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected true or false, got " + type(v));
            return false;
        }
        return v.booleanValue();
    }

    /** @return a whole number from 0 to {@link Integer#MAX_VALUE}, or null. */
    Integer count(JsonNode v, String p, String unit) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected a whole number of " + unit + ", got " + type(v));
            return null;
        }
        if (!v.canConvertToInt() || v.intValue() < 0) {
            problems.add(p, ProblemCodes.OUT_OF_RANGE, "expected a whole number of " + unit + " from 0 to "
                    + Integer.MAX_VALUE);
            return null;
        }
        return v.intValue();
    }

    /**
     * @return the constant named exactly by the string, or null (with a problem that never echoes the value). A short
     *         list of allowed values is spelt out in the message; a long one (the event types) is counted instead, with
     *         the nearest allowed value when one is close, so that every message stays short.
     */
    <E extends Enum<E>> E enumValue(JsonNode v, String p, Class<E> type, String what) {
        if (v.isNull()) {
            return null;
        }
        boolean listed = allowed(type).length() <= MAX_LISTED_CHARS;
        if (!v.isTextual()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected a string (one of " + (listed ? allowed(type)
                    : "the " + type.getEnumConstants().length + " values the JSON Schema lists") + "), got " + type(v));
            return null;
        }
        String s = v.textValue();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        String hint = "";
        if (s.length() <= 64) {
            String folded = s.trim().replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(folded)) {
                    hint = " (values are written exactly as listed, in capitals: did you mean \"" + e.name() + "\"?)";
                }
            }
            if (hint.isEmpty() && !listed) {
                String nearest = DocumentReader.nearest(s, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .toList());
                hint = nearest == null ? "" : " (did you mean \"" + nearest + "\"?)";
            }
        }
        problems.add(p, ProblemCodes.UNKNOWN_VALUE, "not a known " + what + "; " + (listed ? "allowed values: "
                + allowed(type) : "the JSON Schema lists the " + type.getEnumConstants().length + " allowed values")
                + hint);
        return null;
    }

    /** @return the allowed values, comma-separated, in declaration order */
    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** @return the date, or null when absent or with a problem. */
    LocalDate date(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected a date string such as \"2026-04-02\", got " + type(v));
            return null;
        }
        String s = v.textValue();
        IsoText iso = new IsoText();
        LocalDate d = iso.date(s);
        if (d == null && iso.failure() == IsoText.Failure.FORM) {
            String hint = DATE_TIME.matcher(s).matches() ? " (a date has no time: give only the date part)"
                    : s.startsWith("+") || s.startsWith("-") ? " (the year has four digits and no sign)" : "";
            problems.add(p, ProblemCodes.MALFORMED_DATE, "not a date: expected an ISO 8601 calendar date with a "
                    + "four-digit year, such as \"2026-04-02\"" + hint);
            return null;
        }
        if (d == null) {
            problems.add(p, ProblemCodes.MALFORMED_DATE, "not a date: there is no such day (the month has fewer "
                    + "days, or the month is not 01 to 12)");
            return null;
        }
        if (!Times.inRange(d)) {
            problems.add(p, ProblemCodes.OUT_OF_RANGE, "the date must lie " + Times.rangeText());
            return null;
        }
        return d;
    }

    /** @return the instant in Europe/London, or null when absent or with a problem. */
    ZonedDateTime time(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(p, ProblemCodes.WRONG_TYPE, "expected a date-time string such as \"2026-04-02T16:00\", got "
                    + type(v));
            return null;
        }
        String s = v.textValue();
        IsoText iso = new IsoText();
        IsoText.DateTime written = iso.dateTime(s);
        if (written == null && iso.failure() == IsoText.Failure.FORM) {
            String hint = DATE.matcher(s).matches() ? " (a date-time needs a time as well as a date)"
                    : s.length() > 10 && s.charAt(10) == ' ' ? " (put a \"T\" between the date and the time)"
                    : s.startsWith("+") || s.startsWith("-") ? " (the year has four digits and no sign)" : "";
            problems.add(p, ProblemCodes.MALFORMED_TIME, "not a date-time: expected ISO 8601 local Europe/London "
                    + "time with a four-digit year, such as \"2026-04-02T16:00\" (seconds optional), or a time with "
                    + "its offset, such as \"2026-04-02T16:00+01:00\"" + hint);
            return null;
        }
        if (written == null) {
            problems.add(p, ProblemCodes.MALFORMED_TIME, "not a date-time: there is no such day or time (or the "
                    + "offset is beyond 18 hours)");
            return null;
        }
        ZonedDateTime t = written.offset() != null
                ? written.local().atOffset(written.offset()).atZoneSameInstant(Times.LONDON)
                : local(written.local(), p);
        if (t != null && !Times.inRange(t)) {
            problems.add(p, ProblemCodes.OUT_OF_RANGE, "the date-time must lie " + Times.rangeText()
                    + " (Europe/London)");
            return null;
        }
        return t;
    }

    /** A local Europe/London time: exactly one instant, or a problem naming the clock change. */
    private ZonedDateTime local(LocalDateTime local, String p) {
        String problem = Times.clockChangeProblem(local);
        if (problem == null) {
            return ZonedDateTime.ofLocal(local, Times.LONDON, null);
        }
        boolean gap = Times.LONDON.getRules().getValidOffsets(local).isEmpty();
        problems.add(p, gap ? ProblemCodes.NONEXISTENT_LOCAL_TIME : ProblemCodes.AMBIGUOUS_LOCAL_TIME, problem);
        return null;
    }

    static String type(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
