package org.throughcare.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose cells wrap inside fixed-width columns. Each row may take several lines; rows are
 * separated by a blank line when any row takes more than one, so that a reader can tell them apart.
 */
final class TextTable {
    private final List<String> headers;
    private final int[] widths;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers the column headings
     * @param widths  the most characters each column may take (a cell longer than that wraps)
     */
    TextTable(List<String> headers, int... widths) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException("one width per header");
        }
        this.headers = List.copyOf(headers);
        this.widths = widths.clone();
    }

    /** Adds a row of cells; a cell may contain "\n" to start a new line within it. */
    TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("one cell per header");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** @return the table, with a header line; columns narrower than their limit shrink to their content */
    String render() {
        int n = headers.size();
        List<List<List<String>>> wrapped = new ArrayList<>();
        int[] used = new int[n];
        for (int c = 0; c < n; c++) {
            used[c] = headers.get(c).length();
        }
        boolean multiLine = false;
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                List<String> lines = Texts.wrap(row.get(c), widths[c]);
                for (String l : lines) {
                    used[c] = Math.max(used[c], l.length());
                }
                multiLine |= lines.size() > 1;
                cells.add(lines);
            }
            wrapped.add(cells);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, used);
        for (List<List<String>> cells : wrapped) {
            if (multiLine) {
                sb.append('\n');
            }
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < height; i++) {
                List<String> parts = new ArrayList<>();
                for (List<String> cell : cells) {
                    parts.add(i < cell.size() ? cell.get(i) : "");
                }
                line(sb, parts, used);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> parts, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < parts.size(); c++) {
            l.append(c == parts.size() - 1 ? parts.get(c) : Texts.pad(parts.get(c), widths[c] + 2));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
