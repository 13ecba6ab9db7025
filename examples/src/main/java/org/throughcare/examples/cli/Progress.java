package org.throughcare.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch command's progress bar on standard error: lines done, rate, elapsed time and, when the input's size is
 * known, the share read. It redraws at most four times a second on one line ({@code \r}) and is cleared at the end.
 * It is shown when standard error is a terminal, even with the output redirected to a file, or when forced.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean shown;
    private final long totalBytes;
    private final long start;
    private long lastDraw;
    private int drawnWidth;

    /**
     * @param err        where to draw
     * @param shown      whether to draw at all
     * @param totalBytes the input's size in bytes, or -1 when unknown (standard input)
     * @param start      {@link System#nanoTime()} at the start
     */
    Progress(PrintWriter err, boolean shown, long totalBytes, long start) {
        this.err = err;
        this.shown = shown;
        this.totalBytes = totalBytes;
        this.start = start;
        this.lastDraw = start;
    }

    /**
     * Java 17 cannot tell whether standard error alone is a terminal ({@code System.console()} needs standard input
     * and output to be one too); on Linux the file descriptor's target tells.
     *
     * @return true when this process's standard error is a terminal
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false; // not Linux, or no /proc: no progress bar unless forced
        }
    }

    /** Redraws when a quarter of a second has passed since the last drawing. */
    void update(long lines, long bytesRead) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        StringBuilder sb = new StringBuilder();
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytesRead / totalBytes);
            int filled = (int) Math.round(share * WIDTH);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", share * 100));
        }
        sb.append(String.format(Locale.ROOT, "%,d lines  %,.0f lines/s  %s", lines, lines / Math.max(seconds, 1e-9),
                clock(seconds)));
        String text = sb.toString();
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    /** Clears the bar, so that the summary starts on a clean line. */
    void clear() {
        if (shown && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }

    static String clock(double seconds) {
        long s = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
