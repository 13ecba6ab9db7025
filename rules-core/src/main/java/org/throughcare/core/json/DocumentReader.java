package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.throughcare.core.PersonalData;
import org.throughcare.core.Times;
import org.throughcare.core.validation.ProblemCodes;

/**
 * What every reader of a JSON document shares: the problems found so far (each at its JSON Pointer), the scalar
 * values read through {@link JsonValues}, the dates and times read (so that they can still be checked against
 * {@code asOf} when the form is wrong), and the reports of required, unknown and misspelt fields. A subclass walks
 * its own document's objects. One instance reads one document.
 */
abstract class DocumentReader {

    /** Longer than any field name the format defines. */
    private static final int MAX_FIELD_NAME = 64;

    /** Every problem found in the document. */
    final Problems problems = new Problems();
    private final JsonValues values = new JsonValues(problems);
    /** Every date-time and (non-planned) date read, by pointer, in document order. */
    private final Map<String, ZonedDateTime> readTimes = new java.util.LinkedHashMap<>();
    private final Map<String, LocalDate> readDates = new java.util.LinkedHashMap<>();

    /** Reports every date-time or date read that lies after {@code asOf} (nothing when asOf itself is unreadable). */
    void afterAsOf(ZonedDateTime asOf) {
        if (asOf == null) {
            return;
        }
        readTimes.forEach((p, t) -> {
            if (t.isAfter(asOf)) {
                add(p, ProblemCodes.AFTER_AS_OF, Times.format(t) + " is after asOf (" + Times.format(asOf)
                        + "); a snapshot cannot record what has not happened yet");
            }
        });
        readDates.forEach((p, d) -> {
            if (d.isAfter(asOf.toLocalDate())) {
                // A personal value (the date of birth) is never repeated: the message names the field instead.
                add(p, ProblemCodes.AFTER_AS_OF, (PersonalData.isPersonal(p) ? "the date of birth" : d.toString())
                        + " is after asOf (" + asOf.toLocalDate() + "); a snapshot cannot record what has not happened yet");
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ values

    boolean object(JsonNode n, String ptr) {
        return values.object(n, ptr);
    }

    String string(JsonNode v, String p) {
        return values.string(v, p);
    }

    boolean bool(JsonNode v, String p) {
        return values.bool(v, p);
    }

    Integer count(JsonNode v, String p, String unit) {
        return values.count(v, p, unit);
    }

    <E extends Enum<E>> E enumValue(JsonNode v, String p, Class<E> type, String what) {
        return values.enumValue(v, p, type, what);
    }

    /** Reads a date and remembers it (planned dates excepted: they may lie after asOf). */
    LocalDate date(JsonNode v, String p) {
        LocalDate d = values.date(v, p);
        if (d != null && !p.startsWith("/custody/planned/")) {
            readDates.put(p, d);
        }
        return d;
    }

    /**
     * Reads a date that may lie after asOf (a date something is planned for, such as a contract's end or a target's
     * "when by"), so it is not remembered for {@link #afterAsOf}.
     */
    LocalDate futureDate(JsonNode v, String p) {
        return values.date(v, p);
    }

    /** Reads a date-time and remembers it, so that it can still be checked against asOf when the form is wrong. */
    ZonedDateTime time(JsonNode v, String p) {
        ZonedDateTime t = values.time(v, p);
        if (t != null && !p.equals("/asOf")) {
            readTimes.put(p, t);
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------------ problems

    void required(JsonNode parent, String ptr, String field, String what) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            add(child(ptr, field), ProblemCodes.REQUIRED, field + " is required: " + what);
        }
    }

    /**
     * Reports an unknown field. The pointer names it; the message does not repeat it, and a name longer than any
     * the format defines is reported at its object, so that no message or pointer carries a long run of input.
     */
    void unknown(String field, String p, List<String> known, String where) {
        if (field.length() > MAX_FIELD_NAME) {
            add(p.substring(0, p.length() - child("", field).length()), ProblemCodes.UNKNOWN_FIELD, where
                    + " holds a field whose name is " + field.length() + " characters long; its fields are: "
                    + String.join(", ", known));
            return;
        }
        String nearest = nearest(field, known);
        add(p, ProblemCodes.UNKNOWN_FIELD, "not a field of " + where + "; "
                + (nearest != null ? "did you mean \"" + nearest + "\"?" : "its fields are: " + String.join(", ", known)));
    }

    /** @return the known field closest to {@code field}, or null when none is close. */
    static String nearest(String field, List<String> known) {
        Function<String, String> norm = s -> s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        String f = norm.apply(field);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(f, norm.apply(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, f.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    void add(String pointer, String code, String message) {
        problems.add(pointer, code, message);
    }

    /** @return the JSON Pointer (RFC 6901) of {@code field} in the object at {@code parent}. */
    static String child(String parent, String field) {
        return parent + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    static String type(JsonNode n) {
        return JsonValues.type(n);
    }
}
