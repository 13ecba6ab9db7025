package org.throughcare.examples.embedding;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Consent;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.EvaluationResult;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.Times;

/**
 * Evaluating many snapshots at once: {@link ThroughcareEngine#evaluateAll(Stream)} over a parallel stream, then
 * counting the actions by status.
 *
 * <p>The engine is thread-safe (one shared, read-only KieBase; a fresh stateless session per evaluation), so the
 * stream may run in parallel. An invalid snapshot does not stop the batch: its result holds the problems instead of
 * a decision. Here the snapshots are made up: CJIT clients whose destination prison became known at some hour over
 * the Easter weekend of 2026, half of whom had their DIR sent, seen at noon on Tuesday 7 April; every tenth one
 * carries an event after {@code asOf}, which is invalid.
 *
 * <p>Run: {@code java -cp examples/target/throughcare.jar org.throughcare.examples.embedding.EmbedBatch [COUNT]}
 * (COUNT defaults to 1000).
 */
public final class EmbedBatch {

    private EmbedBatch() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ThroughcareEngine engine = ThroughcareEngine.builder().build();

        AtomicInteger invalid = new AtomicInteger();
        long start = System.nanoTime();
        Map<ActionStatus, Long> byStatus = engine.evaluateAll(IntStream.range(0, count).mapToObj(EmbedBatch::snapshot).parallel())
                .peek(r -> {
                    if (!r.isValid()) {
                        invalid.incrementAndGet();
                    }
                })
                .filter(EvaluationResult::isValid)
                .flatMap(r -> r.decision().requiredActions().stream())
                .collect(Collectors.groupingByConcurrent(RequiredAction::status, Collectors.counting()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<ActionStatus, Long> sorted = new EnumMap<>(ActionStatus.class);
        sorted.putAll(byStatus);
        System.out.println("Evaluated " + count + " snapshots in " + millis + " ms ("
                + Runtime.getRuntime().availableProcessors() + " processors): "
                + (count - invalid.get()) + " valid, " + invalid.get() + " invalid");
        sorted.forEach((status, n) -> System.out.println("  " + status + ": " + n + " actions"));
    }

    /** A made-up, pseudonymous snapshot; every tenth one is invalid (an event after asOf). */
    static Snapshot snapshot(int i) {
        ZonedDateTime asOf = ZonedDateTime.of(2026, 4, 7, 12, 0, 0, 0, Times.LONDON);
        ZonedDateTime aware = ZonedDateTime.of(2026, 4, 2, 9, 0, 0, 0, Times.LONDON).plusHours(i % 96);
        List<Event> events = new java.util.ArrayList<>(List.of(
                Event.of(EventType.COURT_REMAND_OR_SENTENCE, aware.minusHours(2)),
                Event.of(EventType.CJIT_AWARE_OF_DESTINATION, aware)));
        if (i % 2 == 0) {
            events.add(Event.of(EventType.DIR_SENT_TO_PRISON, aware.plusHours(20)));
        }
        if (i % 10 == 9) {
            events.add(Event.of(EventType.CJIT_PHONE_FOLLOW_UP, asOf.plusDays(1)));
        }
        // Consent is recorded: with none, the DIR (which shares identifiable information) would be held (CONS-06).
        return Snapshot.builder("batch-" + i, Jurisdiction.ENGLAND, asOf)
                .custody(Custody.builder(CustodyStatus.REMAND))
                .consent(Consent.given(LocalDate.of(2026, 3, 30)))
                .events(events)
                .build();
    }
}
