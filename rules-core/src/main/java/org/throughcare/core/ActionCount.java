package org.throughcare.core;

/**
 * How many qualifying events a counted action (due kind MIN_FREQUENCY) needs inside its window, and how many were
 * seen there by {@code asOf}.
 *
 * @param required at least this many (1 or more)
 * @param seen     how many were recorded inside the window (0 or more; may exceed {@code required})
 */
public record ActionCount(int required, int seen) {
    public ActionCount {
        if (required < 1) {
            throw new IllegalArgumentException("required must be 1 or more");
        }
        if (seen < 0) {
            throw new IllegalArgumentException("seen must be 0 or more");
        }
    }
}
