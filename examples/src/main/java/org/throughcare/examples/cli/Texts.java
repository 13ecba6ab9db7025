package org.throughcare.examples.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.throughcare.core.Times;

/**
 * Formatting shared by the text renderers. Dates are written the British way with English names from a fixed
 * locale (so that output does not depend on the machine's locale or on CLDR's "Sept"), and every instant in
 * Europe/London with its zone as GMT or BST.
 */
final class Texts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private Texts() {
    }

    /** @return e.g. "Tue 07 Apr 2026 09:00 BST" (seconds shown only when not zero), or "-" for null */
    static String instant(ZonedDateTime t) {
        if (t == null) {
            return "-";
        }
        ZonedDateTime london = Times.london(t);
        DateTimeFormatter time = london.getSecond() == 0 && london.getNano() == 0 ? TIME : TIME_WITH_SECONDS;
        return DAY.format(london) + " " + time.format(london) + " " + zone(london);
    }

    /** @return e.g. "Thu 09 Apr 2026" */
    static String day(LocalDate d) {
        return d == null ? "-" : DAY.format(d);
    }

    /** @return "GMT" or "BST" for London instants (the offset otherwise) */
    static String zone(ZonedDateTime london) {
        ZoneOffset offset = london.getOffset();
        if (offset.getTotalSeconds() == 0) {
            return "GMT";
        }
        if (offset.getTotalSeconds() == 3600) {
            return "BST";
        }
        return offset.getId();
    }

    /**
     * Word-wraps text to lines of at most {@code width} characters (a longer word is split). Newlines in the text
     * are kept.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    lines.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** @return the text's first sentence (up to and including the first ". "), or all of it */
    static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** @return the string padded with spaces to {@code width} */
    static String pad(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        return s + " ".repeat(width - s.length());
    }

    /** A label and a value, the value wrapped under itself: "Label      value that goes on\n           and on". */
    static void labelled(StringBuilder sb, String label, String value, int labelWidth, int width) {
        List<String> lines = wrap(value, Math.max(20, width - labelWidth));
        for (int i = 0; i < lines.size(); i++) {
            sb.append(pad(i == 0 ? label : "", labelWidth)).append(lines.get(i)).append('\n');
        }
    }

    /** Removes trailing spaces from every line (so that copied output has none). */
    static String stripTrailing(String s) {
        return s.replaceAll("(?m)[ \\t]+$", "");
    }
}
