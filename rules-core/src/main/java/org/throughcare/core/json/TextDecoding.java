package org.throughcare.core.json;

import java.util.Locale;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

/**
 * The one rule for turning input into text, whatever the entry point (bytes, a stream, a Java string, a line of a
 * batch): strict UTF-8, no replacement characters. A byte that is not UTF-8 (a stray byte, an overlong form, a code
 * point above U+10FFFF, an encoded surrogate) or, in a Java string, an unpaired surrogate, is an
 * {@link ProblemCodes#INVALID_ENCODING} problem naming its line and column. One leading byte-order mark is allowed
 * and dropped; a second one is reported as malformed JSON, alike on every path.
 */
final class TextDecoding {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {
    }

    /** The text, or the problem that stopped it. Exactly one is non-null. */
    record Decoded(String text, Problem problem) {
    }

    /**
     * Checks that bytes are strict UTF-8, after one leading byte-order mark, which is skipped. The bytes are not
     * decoded: the JSON parser reads them once they are known to be valid.
     *
     * @return the offset of the text after the byte-order mark, or -1 after reporting the problem to {@code found}
     */
    static int validate(byte[] bytes, int offset, int length, java.util.function.Consumer<Problem> found) {
        int start = offset;
        int end = offset + length;
        if (length >= 3 && bytes[offset] == BOM[0] && bytes[offset + 1] == BOM[1] && bytes[offset + 2] == BOM[2]) {
            start += 3;
            if (end - start >= 3 && bytes[start] == BOM[0] && bytes[start + 1] == BOM[1] && bytes[start + 2] == BOM[2]) {
                found.accept(secondMark());
                return -1;
            }
        }
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 && b != 0) {
                i++;
                continue;
            }
            if (b == 0) {
                // JSON text holds no NUL character; refusing it also stops the parser guessing UTF-16 or UTF-32
                found.accept(new Problem("", ProblemCodes.INVALID_ENCODING, "the document holds a NUL byte at "
                        + position(bytes, start, i) + ": JSON text never does (is it UTF-16 or UTF-32? save it as UTF-8)"));
                return -1;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                hi = b == 0xED ? 0x9F : 0xBF; // no encoded surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                lo = b == 0xF0 ? 0x90 : 0x80; // no overlong forms
                hi = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                found.accept(badByte(bytes, start, i));
                return -1;
            }
            for (int k = 1; k <= need; k++) {
                int c = i + k < end ? bytes[i + k] & 0xFF : -1;
                boolean ok = k == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!ok) {
                    found.accept(badByte(bytes, start, i));
                    return -1;
                }
            }
            i += need + 1;
        }
        return start;
    }

    private static Problem secondMark() {
        return new Problem("", ProblemCodes.MALFORMED_JSON, "malformed JSON at line 1, column 1: a second byte-order "
                + "mark; a document may begin with at most one");
    }

    /** Checks a Java string: one leading byte-order mark is dropped; an unpaired surrogate is a problem. */
    static Decoded check(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.startsWith("\uFEFF")) {
            return new Decoded(null, secondMark());
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (c == 0) {
                return new Decoded(null, new Problem("", ProblemCodes.INVALID_ENCODING, "the document holds a NUL "
                        + "character at line " + line + ", column " + column + ": JSON text never does (was it read "
                        + "as the wrong encoding? it must be UTF-8)"));
            } else if (Character.isSurrogate(c)) {
                return new Decoded(null, new Problem("", ProblemCodes.INVALID_ENCODING, "the text holds half of a "
                        + "UTF-16 surrogate pair at line " + line + ", column " + column + ": it is not a character"));
            } else if (c == '\n') {
                line++;
                column = 0;
            }
            column++;
        }
        return new Decoded(t, null);
    }

    /** @return the problem of the character whose first byte is at {@code bad}. */
    private static Problem badByte(byte[] bytes, int start, int bad) {
        return new Problem("", ProblemCodes.INVALID_ENCODING, "the document is not UTF-8 text: the byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF) + " at " + position(bytes, start, bad)
                + " does not start a valid UTF-8 character (save the file as UTF-8)");
    }

    /** @return "line L, column C" of the byte at {@code bad}, counting characters, not bytes. */
    private static String position(byte[] bytes, int start, int bad) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < bad; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++; // count characters, not continuation bytes
            }
        }
        return "line " + line + ", column " + column;
    }
}
