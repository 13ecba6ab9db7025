package org.throughcare.core.batch;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.throughcare.core.Decision;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

/**
 * Evaluates a caseload given as JSON Lines (one snapshot per line) in flat memory: it reads a line, hands it to a
 * bounded pool that reads, evaluates and finishes it (writing its JSON, say), and gives the results back in input
 * order, one per input line. At most {@link #window()} lines are held at once, read but not yet taken by the caller,
 * whatever the caseload's size: the reader stops until the caller takes the oldest result.
 *
 * <pre>{@code
 * JsonLinesBatch batch = JsonLinesBatch.builder(engine).threads(2).build();
 * try (Stream<LineResult> results = batch.evaluate(in)) {
 *     results.forEach(r -> System.out.println(r.line() + " " + r.outcome()));
 * }
 * }</pre>
 *
 * <p>An invalid line gives a {@link LineResult.Outcome#REJECTED} result with every problem (a byte that is not UTF-8
 * is reported for its own line, with its column) and the run goes on; a blank line gives
 * {@link LineResult.Outcome#BLANK}. A line longer than {@link ThroughcareJson#MAX_DOCUMENT_BYTES} is rejected without
 * being held. The batch is immutable and thread-safe; each {@code evaluate} call has its own pool, shut down when
 * the stream is closed or exhausted. Close the stream when you stop early.
 */
public final class JsonLinesBatch {

    /** The most lines handed to a worker at once. */
    private static final int MAX_CHUNK = 32;

    private final ThroughcareEngine engine;
    private final int threads;
    private final int window;

    private JsonLinesBatch(Builder b) {
        this.engine = b.engine;
        this.threads = b.threads;
        this.window = b.window;
    }

    /** @return a builder for a batch on this engine: as many threads as processors, a window of 64 per thread. */
    public static Builder builder(ThroughcareEngine engine) {
        return new Builder(engine);
    }

    /** @return the number of worker threads. */
    public int threads() {
        return threads;
    }

    /** @return the most lines held at once (read and not yet taken by the caller). */
    public int window() {
        return window;
    }

    /**
     * Evaluates every line of {@code in}, lazily and in order. The input is read only as the results are taken, and
     * is not closed.
     *
     * @return one result per input line, in input order; close it to stop early
     * @throws UncheckedIOException from the stream's operations when the input cannot be read
     */
    public Stream<LineResult> evaluate(InputStream in) {
        return evaluate(in, Function.identity());
    }

    /**
     * Evaluates every line of {@code in} and finishes each result on the pool (to write its JSON there, say, so that
     * writing runs in parallel too), lazily and in order.
     *
     * @param in     the JSON Lines input (not closed)
     * @param finish applied to each result on a worker thread; must be thread-safe
     * @param <T>    what each line becomes
     * @return one finished result per input line, in input order; close it to stop early
     */
    public <T> Stream<T> evaluate(InputStream in, Function<? super LineResult, ? extends T> finish) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(finish, "finish");
        Pipeline<T> p = new Pipeline<>(new LineReader(in), finish);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(p,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(p::close);
    }

    /** @return the result of one line: read, evaluate. Never throws for any input. */
    LineResult evaluateLine(LineReader.Line line) {
        if (line.tooLong()) {
            return rejected(line.number(), null, List.of(new Problem("", ProblemCodes.TOO_LARGE, "the line is "
                    + line.tooLongBytes() + " bytes long, more than " + ThroughcareJson.MAX_DOCUMENT_BYTES
                    + " (1 MiB); one snapshot is far smaller")));
        }
        if (line.blank()) {
            return new LineResult(line.number(), LineResult.Outcome.BLANK, null, null, List.of(), null);
        }
        Snapshot snapshot;
        try {
            snapshot = ThroughcareJson.readSnapshot(line.bytes(), 0, line.bytes().length);
        } catch (InvalidSnapshotException e) {
            return rejected(line.number(), e.snapshotId(), e.problems());
        }
        try {
            Decision d = engine.evaluate(snapshot);
            return new LineResult(line.number(), LineResult.Outcome.DECIDED, snapshot.id(), d, List.of(), null);
        } catch (InvalidSnapshotException e) {
            return rejected(line.number(), e.snapshotId(), e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the library, not of the input: reported by kind only (a message could quote input).
            return new LineResult(line.number(), LineResult.Outcome.FAILED, snapshot.id(), null, List.of(),
                    e.getClass().getName());
        }
    }

    private static LineResult rejected(long number, String id, List<Problem> problems) {
        return new LineResult(number, LineResult.Outcome.REJECTED, id, null, problems, null);
    }

    /**
     * The bounded, ordered pipeline of one {@code evaluate} call. Lines go to the pool in chunks (one task per chunk
     * of {@link #chunk} lines), so that handing work over and waking the caller costs little per line; the chunks
     * in flight never hold more than {@link #window()} lines together.
     */
    private final class Pipeline<T> implements Iterator<T> {
        private final LineReader reader;
        private final Function<? super LineResult, ? extends T> finish;
        private final ArrayDeque<Future<List<T>>> inFlight = new ArrayDeque<>();
        private final ExecutorService pool;
        private final int chunk;
        private Iterator<T> current = java.util.Collections.emptyIterator();
        private boolean inputDone;

        Pipeline(LineReader reader, Function<? super LineResult, ? extends T> finish) {
            this.reader = reader;
            this.finish = finish;
            // two chunks per thread fit in the window, so that no worker waits while the caller takes results
            this.chunk = Math.max(1, Math.min(MAX_CHUNK, window / (2 * threads)));
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "throughcare-batch-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                fillWindow();
                if (inFlight.isEmpty()) {
                    close();
                    return false;
                }
                current = take(inFlight.removeFirst()).iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private List<T> take(Future<List<T>> head) {
            try {
                List<T> done = head.get();
                fillWindow(); // the taken chunk's room goes to the next lines at once
                return done;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for a batch result", e);
            } catch (ExecutionException e) {
                // finish() threw: the caller's function failed; surface it as is
                close();
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Reads and submits chunks while the lines in flight (and the chunk being taken) leave room for one more. */
        private void fillWindow() {
            while (!inputDone && (inFlight.size() + 2) * chunk <= window) {
                List<LineReader.Line> lines = new ArrayList<>(chunk);
                try {
                    for (int i = 0; i < chunk; i++) {
                        LineReader.Line line = reader.next();
                        if (line == null) {
                            inputDone = true;
                            break;
                        }
                        lines.add(line);
                    }
                } catch (UncheckedIOException e) {
                    close();
                    throw e;
                }
                if (!lines.isEmpty()) {
                    inFlight.addLast(pool.submit(() -> {
                        List<T> out = new ArrayList<>(lines.size());
                        for (LineReader.Line line : lines) {
                            out.add(finish.apply(evaluateLine(line)));
                        }
                        return out;
                    }));
                }
            }
        }

        void close() {
            inputDone = true;
            pool.shutdownNow();
        }
    }

    /** Builds a {@link JsonLinesBatch}. */
    public static final class Builder {
        private final ThroughcareEngine engine;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int window = -1;

        private Builder(ThroughcareEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /** The number of worker threads (default: the number of processors). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The most lines held at once, read and not yet taken by the caller (default: 64 per thread); at least two
         * per thread. Lines go to the workers in chunks of up to 32 (two chunks per thread fit in the window).
         */
        public Builder window(int window) {
            if (window < 1) {
                throw new IllegalArgumentException("window must be 1 or more, was " + window);
            }
            this.window = window;
            return this;
        }

        /** @return the batch */
        public JsonLinesBatch build() {
            if (window < 0) {
                window = 64 * threads;
            }
            if (window < 2 * threads) {
                throw new IllegalArgumentException("the window (" + window + ") must hold at least two lines per thread ("
                        + threads + " threads)");
            }
            return new JsonLinesBatch(this);
        }
    }
}
