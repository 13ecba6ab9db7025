package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The cells of one row of an action table, read column by column: every error is recorded with the file, the line
 * and the column, in plain words ({@code actions.csv:12: column unit: 'HOUR' is not one of [...]}).
 *
 * @param source the resource name, for messages
 * @param line   the row's line in the file
 * @param cells  the row's cells by column name
 * @param errors receives every error found
 */
record RowCells(String source, int line, Map<String, String> cells, List<String> errors) {

    void error(String column, String message) {
        errors.add(source + ":" + line + ": column " + column + ": " + message);
    }

    /** @return the cell as written, or the empty string when it is blank or the table has no such column */
    String text(String column) {
        return cells.getOrDefault(column, "");
    }

    String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            error(column, "is required");
            return null;
        }
        return v;
    }

    LocalDate date(String column, LocalDate dflt) {
        String v = text(column);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "'" + v + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** @return the cell's entries, separated by semicolons or white space (none when the cell is blank) */
    List<String> list(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("[;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            error(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    Boolean bool(String column) {
        String v = required(column);
        if (v == null) {
            return Boolean.FALSE;
        }
        if (!v.equals("yes") && !v.equals("no")) {
            error(column, "'" + v + "' must be yes or no");
            return Boolean.FALSE;
        }
        return v.equals("yes");
    }
}
