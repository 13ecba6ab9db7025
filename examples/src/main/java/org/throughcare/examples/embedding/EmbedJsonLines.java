package org.throughcare.examples.embedding;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.batch.JsonLinesBatch;
import org.throughcare.core.batch.LineResult;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.examples.caseload.CaseloadGenerator;

/**
 * A caseload in JSON Lines, streamed: {@link JsonLinesBatch} reads a line, evaluates it on a bounded pool and gives
 * the results back in input order, one per line, holding at most its window of lines whatever the caseload's size.
 * Here the caseload is generated ({@link CaseloadGenerator}, with one line in ten broken on purpose), the result
 * lines are written to standard output as JSON Lines, and the outcomes are counted on the way.
 *
 * <p>Run: {@code java -cp examples/target/throughcare.jar org.throughcare.examples.embedding.EmbedJsonLines [COUNT]}
 * (COUNT defaults to 1000).
 */
public final class EmbedJsonLines {

    private EmbedJsonLines() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        JsonLinesBatch batch = JsonLinesBatch.builder(engine).threads(2).build();

        // Any InputStream will do: a file, a socket, standard input. Here, lines made in memory.
        String caseload = new CaseloadGenerator(3, 0.1).lines(count).collect(Collectors.joining("\n", "", "\n"));
        InputStream in = new ByteArrayInputStream(caseload.getBytes(StandardCharsets.UTF_8));

        Map<LineResult.Outcome, Integer> outcomes = new EnumMap<>(LineResult.Outcome.class);
        PrintStream out = System.out;
        // The results are finished (written as JSON) on the pool's threads; this thread only prints them in order.
        try (Stream<LineResult> results = batch.evaluate(in)) {
            results.forEach(r -> {
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (r.line() <= 3) {
                    String json = ThroughcareJson.writeLineResult(r);
                    out.println(json.substring(0, Math.min(120, json.length())) + " ...");
                }
            });
        }
        out.println("Lines: " + count + "; outcomes: " + outcomes);
    }
}
