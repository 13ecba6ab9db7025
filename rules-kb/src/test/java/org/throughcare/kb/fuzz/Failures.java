package org.throughcare.kb.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every failure of a run, grouped by check, signature (what went wrong, e.g. an exception class and where it was
 * thrown, or a problem code) and mutation kind, with the count of mutants and the first three examples of each.
 */
final class Failures {

    private static final int EXAMPLES = 3;
    private static final int DETAIL_CHARS = 400;

    record Example(long seed, int index, String mutant, String detail) {
    }

    static final class Group {
        final String check;
        final String signature;
        final String kind;
        int count;
        final List<Example> examples = new ArrayList<>();

        Group(String check, String signature, String kind) {
            this.check = check;
            this.signature = signature;
            this.kind = kind;
        }
    }

    private final long seed;
    private final Map<String, Group> groups = new TreeMap<>();
    /** Keys already counted for the current mutant (one mutant counts once per group). */
    private final Set<String> current = new LinkedHashSet<>();
    private final Set<Integer> failedMutants = new java.util.HashSet<>();

    Failures(long seed) {
        this.seed = seed;
    }

    void startMutant() {
        current.clear();
    }

    void add(String check, String signature, Mutations.Plan plan, String detail) {
        String key = check + "\u0000" + signature + "\u0000" + plan.kind();
        if (!current.add(key)) {
            return;
        }
        failedMutants.add(plan.index());
        Group g = groups.computeIfAbsent(key, k -> new Group(check, signature, plan.kind()));
        g.count++;
        if (g.examples.size() < EXAMPLES) {
            g.examples.add(new Example(seed, plan.index(), abbreviate(plan.describe(), DETAIL_CHARS),
                    abbreviate(detail, DETAIL_CHARS)));
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    int failedMutants() {
        return failedMutants.size();
    }

    /** @return the grouped summary: first the distinct defects (check and signature), then each group's examples. */
    String summary() {
        return summary(true);
    }

    /** @return the record of every group, as summary() gives it */
    List<Group> groups() {
        return List.copyOf(groups.values());
    }

    String summary(boolean withExamples) {
        StringBuilder sb = new StringBuilder();
        sb.append(failedMutants.size()).append(" failing mutants, ").append(groups.size())
                .append(" groups (check | signature | mutation kind). Replay one with -Dfuzz.seed=").append(seed)
                .append(" -Dfuzz.only=<index>\n\n");
        Map<String, List<Group>> bySignature = new TreeMap<>();
        for (Group g : groups.values()) {
            bySignature.computeIfAbsent(g.check + " | " + g.signature, k -> new ArrayList<>()).add(g);
        }
        sb.append("== Distinct failures (check | signature): mutants, kinds ==\n");
        for (Map.Entry<String, List<Group>> e : bySignature.entrySet()) {
            int n = e.getValue().stream().mapToInt(g -> g.count).sum();
            sb.append(String.format("%6d  %s%n        kinds: %s%n", n, e.getKey(),
                    e.getValue().stream().map(g -> g.kind + " (" + g.count + ")").toList()));
        }
        if (!withExamples) {
            return sb.toString();
        }
        sb.append("\n== Groups with examples ==\n");
        for (Group g : groups.values()) {
            sb.append(String.format("%n[%s] %s%n  kind: %s, mutants: %d%n", g.check, g.signature, g.kind, g.count));
            for (Example x : g.examples) {
                sb.append("   - seed=").append(x.seed()).append(" index=").append(x.index()).append(": ")
                        .append(x.mutant()).append("\n       -> ").append(x.detail().replace("\n", "\n          "))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "null";
        }
        return printable(s.length() <= max ? s : s.substring(0, max) + "...(" + s.length() + " chars)");
    }

    /** @return {@code s} with every character outside printable ASCII (but new lines) written as a Java escape. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n' || (ch >= 0x20 && ch < 0x7f)) {
                sb.append(ch);
            } else {
                sb.append(String.format("\\u%04X", (int) ch));
            }
        }
        return sb.toString();
    }
}
