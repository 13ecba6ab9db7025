package org.throughcare.core.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A fast, allocation-light reader of the two text forms the snapshot uses, exactly as the JSON Schema's patterns
 * define them: a date {@code YYYY-MM-DD}, and a date-time {@code YYYY-MM-DDThh:mm[:ss[.fffffffff]]} with an optional
 * offset {@code Z} or {@code ±hh:mm[:ss]} ({@code T} and {@code Z} in either case). It reads the digits itself
 * instead of running a regular expression and a formatter on every field of every snapshot of a caseload.
 */
final class IsoText {

    /** Why a text could not be read. */
    enum Failure {
        /** The text does not have the form at all. */
        FORM,
        /** The form is right but there is no such day, time or offset (month 13, 30 February, 25:00, +19:00). */
        NO_SUCH
    }

    /** A date-time as written: its local part and its offset, or null when none was written. */
    record DateTime(LocalDateTime local, ZoneOffset offset) {
    }

    private Failure failure;

    /** @return why the last read failed, or null after a success. */
    Failure failure() {
        return failure;
    }

    /** @return the date, or null (see {@link #failure()}) */
    LocalDate date(String s) {
        failure = null;
        if (s.length() != 10 || !dateForm(s)) {
            failure = Failure.FORM;
            return null;
        }
        try {
            return LocalDate.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
        } catch (DateTimeException e) {
            failure = Failure.NO_SUCH;
            return null;
        }
    }

    /** @return the date-time, or null (see {@link #failure()}) */
    DateTime dateTime(String s) {
        failure = null;
        int n = s.length();
        if (n < 16 || !dateForm(s) || (s.charAt(10) != 'T' && s.charAt(10) != 't') || !digits(s, 11, 2)
                || s.charAt(13) != ':' || !digits(s, 14, 2)) {
            failure = Failure.FORM;
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                failure = Failure.FORM;
                return null;
            }
            second = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                    i++;
                }
                int len = i - start;
                if (len == 0) {
                    failure = Failure.FORM;
                    return null;
                }
                nano = num(s, start, len);
                for (int k = len; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        ZoneOffset offset = null;
        boolean offsetOk = true;
        int oh = 0;
        int om = 0;
        int os = 0;
        int sign = 1;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if ((c == '+' || c == '-') && (n - i == 6 || n - i == 9) && digits(s, i + 1, 2)
                    && s.charAt(i + 3) == ':' && digits(s, i + 4, 2)
                    && (n - i == 6 || (s.charAt(i + 6) == ':' && digits(s, i + 7, 2)))) {
                sign = c == '-' ? -1 : 1;
                oh = num(s, i + 1, 2);
                om = num(s, i + 4, 2);
                os = n - i == 9 ? num(s, i + 7, 2) : 0;
                offsetOk = false;
            } else {
                failure = Failure.FORM;
                return null;
            }
        }
        try {
            LocalDateTime local = LocalDateTime.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2), num(s, 11, 2),
                    num(s, 14, 2), second, nano);
            if (!offsetOk) {
                offset = ZoneOffset.ofHoursMinutesSeconds(sign * oh, sign * om, sign * os);
            }
            return new DateTime(local, offset);
        } catch (DateTimeException e) {
            failure = Failure.NO_SUCH;
            return null;
        }
    }

    private static boolean dateForm(String s) {
        return digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 2) && s.charAt(7) == '-' && digits(s, 8, 2);
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
