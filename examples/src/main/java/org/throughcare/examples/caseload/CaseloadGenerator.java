package org.throughcare.examples.caseload;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic, synthetic caseloads: snapshots of made-up people at made-up moments, one line of
 * compact JSON each, in the snapshot input format that {@code ThroughcareJson.readSnapshot} reads (JSON Lines when
 * written one per line).
 *
 * <p><b>Reproducible.</b> Line {@code n} depends only on the seed and {@code n}: the same seed gives byte-identical
 * lines however they are consumed (in order with {@link #next()}, as a stream, one at a time with
 * {@link #snapshot(long)}, or as index ranges generated in parallel). Different seeds give different caseloads.
 *
 * <p><b>Streaming.</b> Nothing is held in memory: {@link #lines(long)} and {@link #write(long, Appendable)} make
 * each line as it is needed, so a caseload of any size streams in constant memory.
 *
 * <p><b>Realistic and varied.</b> Mostly English prisons, some Scottish and a few Welsh. People are caught at every
 * point the England 2009 rule set encodes: before prison entry while the CJIT tracks them (Part 1), on arrival from
 * the community (process point 1, with the origin established or not yet), on transfer from another prison (process
 * point 2, with the CARAT file and the clinical assessment in every state), and after release; remanded or sentenced
 * (in days or months, with planned dates); with every determination yes, no or not yet determined; with consent
 * given, refused, withdrawn or not recorded, and its exceptions; with event histories in a plausible order and at
 * plausible intervals, some with an earlier custody period. Dates run from July 2009 to 2030, so that deadlines
 * cross weekends, bank holidays and clock changes. Every line is consistent with the library's validation.
 *
 * <p><b>No personal data.</b> Ids are {@code gen-<seed>-<index>}, prisons come from a fixed list of invented names
 * ("HMP Example", "HMP Sample", ...), dates of birth are invented (ages 18 to 70 at {@code asOf}), and the reason
 * for another lawful exception is a neutral reference such as "court order reference 17".
 *
 * <p><b>Invalid lines on purpose.</b> With an invalid rate above 0, about that fraction of the lines is made invalid
 * (deterministically, by seed and index), each in one of several ways: a malformed time, an unknown field, an
 * unknown value, something after {@code asOf}, a truncated line, a duplicated field, a value of the wrong type, a
 * missing required field, or contradictory facts. A line is never blank. The other lines are exactly the lines the
 * same seed gives with no invalid rate.
 *
 * <p>Instances are thread-safe; {@link #next()} hands each caller the next index exactly once.
 */
public final class CaseloadGenerator {

    private final long seed;
    private final double invalidRate;
    private final LineFactory factory;
    private final AtomicLong nextIndex = new AtomicLong();

    /**
     * A generator of valid lines only.
     *
     * @param seed any number; the same seed gives the same caseload
     */
    public CaseloadGenerator(long seed) {
        this(seed, 0.0);
    }

    /**
     * A generator that makes about {@code invalidRate} of its lines invalid on purpose.
     *
     * @param seed        any number; the same seed gives the same caseload
     * @param invalidRate the fraction of invalid lines, from 0 (none) to 1 (all)
     * @throws IllegalArgumentException if {@code invalidRate} is not a number from 0 to 1
     */
    public CaseloadGenerator(long seed, double invalidRate) {
        if (!(invalidRate >= 0.0 && invalidRate <= 1.0)) {
            throw new IllegalArgumentException("the invalid rate must be a number from 0 to 1, got " + invalidRate);
        }
        this.seed = seed;
        this.invalidRate = invalidRate;
        this.factory = new LineFactory(seed, invalidRate);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the fraction of lines made invalid on purpose */
    public double invalidRate() {
        return invalidRate;
    }

    /**
     * @param index the line's position in the caseload, from 0
     * @return line {@code index}: one snapshot as compact JSON, with no line break
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public String snapshot(long index) {
        return factory.line(checkIndex(index));
    }

    /**
     * @param index the line's position in the caseload, from 0
     * @return true when line {@code index} is made invalid on purpose
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public boolean isInvalid(long index) {
        return factory.fault(checkIndex(index)).isPresent();
    }

    /**
     * The next line: line 0 on the first call, then 1, 2, ... (independent of {@link #lines(long)} and
     * {@link #write(long, Appendable)}, which always start at line 0).
     *
     * @return the next line
     */
    public String next() {
        return factory.line(nextIndex.getAndIncrement());
    }

    /**
     * @param count how many lines
     * @return lines 0 to {@code count - 1}, made lazily as the stream is consumed (it may be made parallel)
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<String> lines(long count) {
        return lines(0, count);
    }

    /**
     * @param fromIndex the first line's index
     * @param count     how many lines
     * @return lines {@code fromIndex} to {@code fromIndex + count - 1}, made lazily as the stream is consumed; the
     *         same lines as in {@link #lines(long)}, so ranges can be generated separately or in parallel
     * @throws IllegalArgumentException if either is negative or the range passes {@link Long#MAX_VALUE}
     */
    public Stream<String> lines(long fromIndex, long count) {
        checkIndex(fromIndex);
        if (count < 0 || fromIndex > Long.MAX_VALUE - count) {
            throw new IllegalArgumentException("the count must be 0 or more and the range must end by "
                    + Long.MAX_VALUE + ", got from " + fromIndex + " count " + count);
        }
        return LongStream.range(fromIndex, fromIndex + count).mapToObj(factory::line);
    }

    /**
     * Writes lines 0 to {@code count - 1} as JSON Lines: each line followed by {@code "\n"}, each written as it is
     * made. The appendable is neither flushed nor closed.
     *
     * @param count how many lines
     * @param out   where to write
     * @throws IOException              if {@code out} fails
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public void write(long count, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (count < 0) {
            throw new IllegalArgumentException("the count must be 0 or more, got " + count);
        }
        for (long i = 0; i < count; i++) {
            out.append(factory.line(i)).append('\n');
        }
    }

    private static long checkIndex(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("a line index must be 0 or more, got " + index);
        }
        return index;
    }

    /** Names the seed and rate only: the generator holds no personal data. */
    @Override
    public String toString() {
        return "CaseloadGenerator[seed=" + seed + ", invalidRate=" + invalidRate + "]";
    }
}
