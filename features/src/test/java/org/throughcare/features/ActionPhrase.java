package org.throughcare.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.core.Modality;

/**
 * The required actions as the features name them, in the guidance's words: "the CJIT must send the DIR to the
 * prison's Substance Misuse Team". A phrase is an actor, a modal verb and a duty. The glue checks all three against
 * the engine's action: the duty picks the action code (from the action tables' {@code duty_phrase} column), the actor
 * must be the one the table names for it ({@code actor_phrase}) and the engine's owner must be the table's, the modal
 * verb is checked against the modality (so a scenario that says "must" for a duty the guidance words as "should"
 * fails).
 *
 * @param actor    who, as written
 * @param modal    the modal words, as written
 * @param duty     what, as written
 * @param code     the engine's action code
 * @param agency   the owner's agency, from the action table
 * @param roleHint the owner's role, from the action table (the engine's action must carry it)
 * @param modality the modality the modal words stand for
 */
record ActionPhrase(String actor, String modal, String duty, String code, String agency, String roleHint, Modality modality) {

    /** Modal words as written, with the modality each stands for. */
    private static final Map<String, Modality> MODALS = Map.of(
            "must make every effort to", Modality.MUST_BEST_EFFORT,
            "must", Modality.MUST,
            "should", Modality.SHOULD,
            "will", Modality.WILL_MUST);

    /** One action as the action tables name it: who, in the guidance's words, and the owner it stands for. */
    private record Named(String code, String actor, String agency, String role) {
    }

    /**
     * Duties as written, from the {@code duty_phrase} column of every rule set's action table (one fact, one
     * place: the table that says who does what also says how the guidance words it).
     */
    private static final Map<String, Named> DUTIES = readTables();

    /**
     * The Cucumber parameter regex: an actor, a modal, then a duty (checked against the action tables when parsed).
     * The duty is matched lazily and cannot hold a comma, so that "..., with no time set" and "... by 09:00 on ..."
     * end it.
     */
    static final String REGEX = "[A-Za-z][A-Za-z() ]*? (?:must make every effort to|must|should|will) [^,]+?";

    private static final Pattern PARTS = Pattern.compile(
            "([A-Za-z][A-Za-z() ]*?) (must make every effort to|must|should|will) (.+)");

    static ActionPhrase parse(String text) {
        Matcher m = PARTS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an action phrase: '" + text + "'");
        }
        String duty = m.group(3);
        Named named = DUTIES.get(duty);
        if (named == null) {
            throw new IllegalArgumentException("unknown duty '" + duty + "' in '" + text + "'; the action tables' "
                    + "duty_phrase column knows: " + new ArrayList<>(DUTIES.keySet()));
        }
        if (!named.actor().equals(m.group(1))) {
            throw new IllegalArgumentException("'" + m.group(1) + "' does not " + duty + ": the action table's "
                    + "actor_phrase for " + named.code() + " is '" + named.actor() + "'");
        }
        return new ActionPhrase(m.group(1), m.group(2), duty, named.code(), named.agency(), named.role(),
                MODALS.get(m.group(2)));
    }

    /** @return the action codes the features can name. */
    static Set<String> knownCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        DUTIES.values().forEach(n -> codes.add(n.code()));
        return codes;
    }

    private static Map<String, Named> readTables() {
        Map<String, Named> out = new LinkedHashMap<>();
        ClassLoader cl = ActionPhrase.class.getClassLoader();
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (java.net.URL url : java.util.Collections.list(cl.getResources(TraceabilityTest.RULE_SETS))) {
                try (java.io.InputStream in = url.openStream()) {
                    for (com.fasterxml.jackson.databind.JsonNode rs : json.readTree(in).path("ruleSets")) {
                        if (rs.hasNonNull("actions")) { // the cross-document step has no action table
                            readTable(cl, rs.path("actions").asText(), out);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void readTable(ClassLoader cl, String table, Map<String, Named> out) throws java.io.IOException {
        try (java.io.InputStream in = cl.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("action table " + table + " is not on the class path");
            }
            List<String> header = null;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = TraceabilityTest.csv(line);
                if (header == null) {
                    header = cells;
                    continue;
                }
                String duty = cells.get(header.indexOf("duty_phrase"));
                if (duty.isBlank()) {
                    continue;
                }
                Named n = new Named(cells.get(header.indexOf("code")), cells.get(header.indexOf("actor_phrase")),
                        cells.get(header.indexOf("owner_agency")), cells.get(header.indexOf("owner_role")));
                Named before = out.putIfAbsent(duty, n);
                if (before != null && !before.code().equals(n.code())) {
                    throw new IllegalStateException(table + ": the duty '" + duty + "' names both " + before.code()
                            + " and " + n.code());
                }
            }
        }
    }

    @Override
    public String toString() {
        return actor + " " + modal + " " + duty + " (" + code + ")";
    }
}
