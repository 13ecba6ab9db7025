package org.throughcare.kb.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.kb.fuzz.FuzzSeeds.Base;
import org.throughcare.kb.fuzz.Mutations.Mutant;
import org.throughcare.kb.fuzz.Mutations.Plan;

/**
 * A seeded fuzz run over the JSON reader, the engine and the JSON writer. The example snapshots (and a variant of
 * each carrying personal data) are mutated on the JSON tree and on the raw bytes: every field deleted, nulled, given
 * every wrong type, emptied and made huge; extreme dates and offsets; clock-change times; unknown and mis-cased enum
 * values and field names; duplicate keys at every level; deep nesting; truncation at every byte; bad UTF-8 and BOMs;
 * thousands of events; more than 1,000 problems; and combinations of two or three of these. Each mutant goes through
 * both {@code readSnapshot} entry points and, when accepted, the one shared engine; see {@link Oracle} for the checks.
 *
 * <p>All failures of the run are collected and reported once, grouped by check, signature and mutation kind, with
 * the seed and mutant index of the first examples (also written to {@code target/fuzz-report.txt}). System
 * properties: {@code fuzz.seed} (default {@value #DEFAULT_SEED}); {@code fuzz.count}, the least number of mutants
 * (random single mutations fill the plan up to it; default {@value #DEFAULT_COUNT}); {@code fuzz.only}, comma-separated
 * mutant indices to replay (each is printed); {@code fuzz.kinds}, comma-separated kinds to run. For example:
 * <pre>
 * mvn -o -B -pl rules-kb -am test -Dtest='SnapshotFuzz*' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.seed=20260511 -Dfuzz.only=13506
 * </pre>
 */
class SnapshotFuzzTest {

    static final long DEFAULT_SEED = 20260511L;
    static final int DEFAULT_COUNT = 12_000;
    static final int COMBINATIONS = 2_000;
    static final int MIN_MUTANTS = 10_000;

    /** A mutant read again at the end of the run, with what readSnapshot(InputStream) first made of it. */
    private record Reread(Plan plan, byte[] bytes, String outcome) {
    }

    @Test
    @DisplayName("Seeded fuzzing: every mutant gives a decision or InvalidSnapshotException, with sound problems, "
            + "schema-valid output, a faithful round trip and no personal data in any message")
    void fuzz() throws IOException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
        String only = System.getProperty("fuzz.only", "").strip();

        long t0 = System.nanoTime();
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        long buildMs = (System.nanoTime() - t0) / 1_000_000;

        List<Base> bases = FuzzSeeds.bases();
        List<Plan> plans = new Mutations.Planner(seed, bases,
                Mutations.fields(Oracle.schemaTree(ThroughcareJson.SNAPSHOT_SCHEMA))).build(count, COMBINATIONS);
        if (only.isEmpty() && plans.size() < MIN_MUTANTS) {
            fail("only " + plans.size() + " mutants planned; the suite promises at least " + MIN_MUTANTS);
        }
        Set<Integer> selected = only.isEmpty() ? null
                : Arrays.stream(only.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet());

        String kindList = System.getProperty("fuzz.kinds", "").strip();
        Set<String> kinds = kindList.isEmpty() ? null : Set.of(kindList.split(","));
        Failures failures = new Failures(seed);
        Oracle oracle = new Oracle(engine, failures);
        Map<String, long[]> perKind = new TreeMap<>(); // kind -> {mutants, nanos}
        List<Reread> again = new java.util.ArrayList<>();
        long start = System.nanoTime();
        int run = 0;
        for (Plan plan : plans) {
            if ((selected != null && !selected.contains(plan.index())) || (kinds != null && !kinds.contains(plan.kind()))) {
                continue;
            }
            long k0 = System.nanoTime();
            failures.startMutant();
            Mutant m;
            try {
                m = Mutations.materialise(plan);
            } catch (Throwable t) { // a broken mutation is reported, not allowed to stop the run
                failures.add("0 harness: cannot build the mutant", Oracle.signature(t), plan, Oracle.trace(t));
                continue;
            }
            if (selected != null) {
                System.out.println("mutant " + plan.index() + " (seed " + seed + "): " + plan.describe() + "\n  "
                        + m.bytes().length + " bytes: " + Failures.abbreviate(
                                new String(m.bytes(), StandardCharsets.UTF_8), 2000));
            }
            try {
                String outcome = oracle.check(m);
                if (plan.kind().startsWith("bad-utf8") || plan.kind().equals("bom")) {
                    again.add(new Reread(plan, m.bytes(), outcome));
                }
            } catch (Throwable t) { // a broken check is reported, not allowed to stop the run
                failures.add("0 harness: a check threw", Oracle.signature(t), plan, Oracle.trace(t));
            }
            long[] k = perKind.computeIfAbsent(plan.kind(), x -> new long[2]);
            k[0]++;
            k[1] += System.nanoTime() - k0;
            run++;
        }
        // The same bytes must give the same outcome whatever was read before them
        for (Reread r : again) {
            failures.startMutant();
            String later = Oracle.streamOutcome(r.bytes());
            if (!later.equals(r.outcome())) {
                failures.add("1 the same bytes give another outcome later in the run (readSnapshot(InputStream))",
                        "first " + r.outcome().replaceAll(" \\[.*", "") + ", at the end of the run "
                                + later.replaceAll(" \\[.*", ""),
                        r.plan(), "first: " + r.outcome() + "; after the rest of the run: " + later);
            }
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        StringBuilder report = new StringBuilder();
        report.append(String.format("Snapshot fuzz: seed %d, %d mutants run (of %d planned), %d ms fuzzing, "
                + "%d ms building the engine%n", seed, run, plans.size(), elapsedMs, buildMs));
        report.append(String.format("%-28s %8s %10s%n", "kind", "mutants", "ms"));
        perKind.forEach((kind, v) -> report.append(String.format("%-28s %8d %10d%n", kind, v[0], v[1] / 1_000_000)));
        report.append(String.format("%-28s %8d %10d%n", "total", run, elapsedMs));
        for (int i = 0; i < Oracle.PHASES.size(); i++) {
            report.append(String.format("time in %s: %d ms%n", Oracle.PHASES.get(i), oracle.phaseNanos[i] / 1_000_000));
        }
        String head = Failures.printable(report.toString());
        System.out.println(head + (failures.isEmpty() ? "no failures" : "\n" + failures.summary(false)));
        Path out = Path.of("target", "fuzz-report.txt");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, head + (failures.isEmpty() ? "no failures\n" : "\n" + failures.summary()));
        }
        assertTrue(failures.isEmpty(), () -> "fuzzing found failures (full report in target/fuzz-report.txt):\n"
                + failures.summary());
    }
}
