package org.throughcare.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.BankHoliday;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.calendar.Relief;
import org.throughcare.core.calendar.SkippedDay;

/**
 * The JSON the CLI writes itself: errors and calendar answers. Decisions, explanations and problem reports are
 * written by {@code ThroughcareJson}, never here. Instants are ISO offset date-times in Europe/London, like the
 * library's decision JSON; dates are ISO dates.
 */
final class CliJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The same layout as the library's JSON: 2-space indent, "\n", {@code "key": value}, every array item on its line. */
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private CliJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return {@code {"error": {"code": ..., "message": ...}}} */
    static String error(String code, String message) {
        ObjectNode root = object();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return write(root);
    }

    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON text on one line (for JSON Lines output), its members in the same order */
    static String oneLine(String json) {
        if (json.indexOf('\n') < 0) {
            return json;
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints JSON text followed by exactly one newline (the library's writers already end with one). */
    static void print(java.io.PrintWriter out, String json) {
        out.print(json.endsWith("\n") ? json : json + "\n");
        out.flush();
    }

    /** The library's instant format (as in the decision JSON), or null for null. */
    static String instant(ZonedDateTime t) {
        return t == null ? null : Times.format(t);
    }

    static ArrayNode skipped(ArrayNode array, List<SkippedDay> days) {
        for (SkippedDay s : days) {
            ObjectNode o = array.addObject();
            o.put("date", s.date().toString());
            o.put("reason", s.reason());
        }
        return array;
    }

    static ArrayNode holidays(ArrayNode array, List<BankHoliday> holidays) {
        for (BankHoliday h : holidays) {
            ObjectNode o = array.addObject();
            o.put("date", h.date().toString());
            o.put("name", h.name());
        }
        return array;
    }

    /** Writes a derivation's members into {@code o}. */
    static ObjectNode derivation(ObjectNode o, Derivation d) {
        o.put("triggerAt", instant(d.triggerAt()));
        o.put("amount", d.amount());
        o.put("unit", d.unit().name());
        o.put("basis", d.basis());
        o.put("calendar", d.calendar().code());
        o.put("calendarDataVersion", d.calendarDataVersion());
        skipped(o.putArray("skippedDays"), d.skippedDays());
        Relief r = d.relief();
        ObjectNode relief = o.putObject("relief");
        relief.put("considered", r.considered());
        relief.put("applied", r.applied());
        if (r.mode() != null) {
            relief.put("mode", r.mode().name());
        }
        if (r.nextWorkingDay() != null) {
            relief.put("nextWorkingDay", r.nextWorkingDay().toString());
        }
        if (r.strictDueAt() != null) {
            relief.put("strictDueAt", instant(r.strictDueAt()));
        }
        if (r.literalDueAt() != null) {
            relief.put("literalDueAt", instant(r.literalDueAt()));
        }
        if (r.applied()) {
            skipped(relief.putArray("nonWorkingDaysInWindow"), r.nonWorkingDaysInWindow());
        }
        o.put("dueAt", instant(d.dueAt()));
        return o;
    }
}
