package org.throughcare.examples.caseload;

/**
 * Turns a generator seed and a line index into the seed of that line's own random numbers, so that line n is the
 * same however the caller consumes the caseload (in order, skipping ahead, or in parallel ranges).
 */
final class Seeds {
    /** Salt of the random numbers that tell a line's story. */
    static final long STORY = 0x243F6A8885A308D3L;
    /** Salt of the random numbers that decide whether, and how, a line is made invalid. */
    static final long INVALID = 0x13198A2E03707344L;
    /** Salt of the random numbers that choose which movements the line's history records. */
    static final long MOVEMENTS = 0x082EFA98EC4E6C89L;
    /** Salt of the random numbers that choose how a line's JSON is written. */
    static final long STYLE = 0xA4093822299F31D0L;

    private Seeds() {
    }

    /** @return a well-mixed seed for line {@code index} of the generator seeded with {@code seed}, for one purpose */
    static long of(long seed, long index, long salt) {
        return finish(finish(seed ^ salt) + 0x9E3779B97F4A7C15L * index);
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit. */
    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
