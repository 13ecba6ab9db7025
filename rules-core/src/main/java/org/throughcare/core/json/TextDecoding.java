package org.throughcare.core.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

/**
 * The one rule for turning input into text, whatever the entry point (bytes, a stream, a Java string, a line of a
 * batch): strict UTF-8, no replacement characters. A byte that is not UTF-8 (a stray byte, an overlong form, a code
 * point above U+10FFFF, an encoded surrogate) or, in a Java string, an unpaired surrogate, is an
 * {@link ProblemCodes#INVALID_ENCODING} problem naming its line and column. One leading byte-order mark is allowed
 * and dropped; a second one is not whitespace in JSON and is reported as malformed JSON.
 */
final class TextDecoding {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {
    }

    /** The text, or the problem that stopped it. Exactly one is non-null. */
    record Decoded(String text, Problem problem) {
    }

    /** Decodes strict UTF-8, dropping one leading byte-order mark. */
    static Decoded decode(byte[] bytes, int offset, int length) {
        int start = offset;
        if (length >= 3 && bytes[offset] == BOM[0] && bytes[offset + 1] == BOM[1] && bytes[offset + 2] == BOM[2]) {
            start += 3;
        }
        int end = offset + length;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            return new Decoded(null, badByte(bytes, start, bad));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    /** Checks a Java string: one leading byte-order mark is dropped; an unpaired surrogate is a problem. */
    static Decoded check(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int line = 1;
        int column = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
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

    private static Problem badByte(byte[] bytes, int start, int bad) {
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
        return new Problem("", ProblemCodes.INVALID_ENCODING, "the document is not UTF-8 text: the byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF) + " at line " + line + ", column " + column
                + " does not start a valid UTF-8 character (save the file as UTF-8)");
    }
}
