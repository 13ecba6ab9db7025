package org.throughcare.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser for the holiday data CSV format documented on {@link Calendars}. Stateless; every error
 * is an {@link IllegalArgumentException} naming the source, the line number and the problem.
 */
final class HolidayData {

    /** The column names, in order. */
    static final List<String> COLUMNS = List.of("calendar", "date", "change", "name", "source");

    private static final Pattern VERSION = Pattern.compile("^#\\s*data-version\\s*:\\s*(.*?)\\s*$");
    private static final String BOTH = "both";

    /** What a data line does. */
    enum Change {
        /** An extra holiday. */
        ADD,
        /** A rule-based (or earlier added) holiday that did not take place. */
        REMOVE
    }

    /** One data line. */
    record Entry(String source, int line, Set<CalendarId> calendars, LocalDate date, Change change,
            String name, String note) {
        Entry {
            calendars = Set.copyOf(calendars);
        }

        /** "source, line n" for messages. */
        String where() {
            return HolidayData.where(source, line);
        }
    }

    /** A parsed data source; {@code version} is null when the source declares none. */
    record Parsed(String source, String version, List<Entry> entries) {
        Parsed {
            entries = List.copyOf(entries);
        }
    }

    private HolidayData() {
    }

    static String where(String source, int line) {
        return source + ", line " + line;
    }

    /** Parses a whole source. Does not close the reader. */
    static Parsed parse(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String version = null;
        List<Entry> entries = new ArrayList<>();
        boolean sawDataOrHeader = false;
        int lineNo = 0;
        String raw;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                Matcher m = VERSION.matcher(trimmed);
                if (m.matches()) {
                    if (version != null) {
                        throw error(source, lineNo, "a second data-version comment; a source may declare"
                                + " its data version only once");
                    }
                    if (m.group(1).isEmpty()) {
                        throw error(source, lineNo, "the data-version comment has no value");
                    }
                    version = m.group(1);
                }
                continue;
            }
            List<String> fields = split(line, source, lineNo);
            if (!sawDataOrHeader) {
                sawDataOrHeader = true;
                if (isHeader(fields)) {
                    continue;
                }
            }
            entries.add(entry(fields, source, lineNo));
        }
        return new Parsed(source, version, entries);
    }

    private static boolean isHeader(List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).equalsIgnoreCase(COLUMNS.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(List<String> f, String source, int lineNo) {
        if (f.size() != COLUMNS.size()) {
            throw error(source, lineNo, "expected " + COLUMNS.size() + " columns (" + String.join(",", COLUMNS)
                    + ") but found " + f.size());
        }
        Set<CalendarId> calendars;
        String cal = f.get(0);
        if (BOTH.equals(cal)) {
            calendars = EnumSet.allOf(CalendarId.class);
        } else {
            try {
                calendars = EnumSet.of(CalendarId.fromCode(cal));
            } catch (IllegalArgumentException e) {
                throw error(source, lineNo, "unknown calendar '" + cal + "'; expected england-and-wales,"
                        + " scotland or both");
            }
        }
        LocalDate date;
        try {
            date = LocalDate.parse(f.get(1));
        } catch (DateTimeParseException e) {
            throw error(source, lineNo, "date '" + f.get(1) + "' is not a valid ISO date (yyyy-MM-dd)");
        }
        int year = date.getYear();
        if (year < BusinessCalendar.MIN_SUPPORTED_YEAR || year > BusinessCalendar.MAX_SUPPORTED_YEAR) {
            throw error(source, lineNo, "date " + date + " is outside the supported years "
                    + BusinessCalendar.MIN_SUPPORTED_YEAR + "-" + BusinessCalendar.MAX_SUPPORTED_YEAR);
        }
        Change change;
        try {
            change = Change.valueOf(f.get(2));
        } catch (IllegalArgumentException e) {
            throw error(source, lineNo, "change '" + f.get(2) + "' is not ADD or REMOVE");
        }
        if (f.get(3).isEmpty()) {
            throw error(source, lineNo, "the name column is empty");
        }
        if (f.get(4).isEmpty()) {
            throw error(source, lineNo, "the source column is empty; say where the change is published");
        }
        return new Entry(source, lineNo, calendars, date, change, f.get(3), f.get(4));
    }

    /**
     * Splits one CSV line. Fields are trimmed; a field may be enclosed in double quotes (then it
     * may contain commas, and a doubled quote stands for one quote). Fields cannot span lines.
     */
    static List<String> split(String line, String source, int lineNo) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    throw error(source, lineNo, "a quoted field is not closed (missing \")");
                }
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw error(source, lineNo, "unexpected text after a quoted field at column " + (i + 1));
                }
                fields.add(field.toString());
            } else {
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw error(source, lineNo, "a double quote inside an unquoted field at column " + i
                                + "; enclose the field in double quotes and double the quote");
                    }
                    field.append(c);
                }
                fields.add(field.toString().strip());
            }
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static IllegalArgumentException error(String source, int lineNo, String problem) {
        return new IllegalArgumentException("holiday data " + where(source, lineNo) + ": " + problem);
    }
}
