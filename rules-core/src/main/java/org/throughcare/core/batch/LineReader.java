package org.throughcare.core.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.throughcare.core.json.ThroughcareJson;

/**
 * Splits a byte stream into lines ({@code \n}, with an optional {@code \r} before it), without decoding them and
 * without ever holding more than one line of at most {@link ThroughcareJson#MAX_DOCUMENT_BYTES} bytes: the bytes of
 * a longer line are counted and dropped, and the line is reported as too long. Decoding is the reader's job, so that
 * a bad byte is reported for its own line, with its column, and every other line is still read. Not thread-safe.
 */
final class LineReader {

    /** One line: its number (from 1), its bytes (without the line end) or, when too long, its length only. */
    record Line(long number, byte[] bytes, long tooLongBytes) {
        boolean tooLong() {
            return bytes == null;
        }

        /** @return true when the line holds nothing but spaces and tabs. */
        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long number;
    private byte[] line = new byte[1 << 12];

    LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next line, or null at the end of the input (a last line without a line end still counts; an input
     *         that ends with a line end has no empty line after it)
     * @throws UncheckedIOException when the input cannot be read
     */
    Line next() {
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            total += n;
            if (total <= ThroughcareJson.MAX_DOCUMENT_BYTES + 1) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
                }
                System.arraycopy(buffer, start, line, length, n);
                length += n;
            }
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (length > 0 && total == length && line[length - 1] == '\r') {
            length--;
            total--;
        }
        if (total > ThroughcareJson.MAX_DOCUMENT_BYTES) {
            return new Line(number, null, total);
        }
        return new Line(number, Arrays.copyOf(line, length), total);
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the batch input", e);
        }
    }
}
