package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Traceability from the catalogue to the features. Reads the rule IDs every rule set implements (each rule set
 * that {@code META-INF/throughcare/rulesets.json} on the class path declares, from its {@code ruleIds} file, such as
 * {@code org/throughcare/kb/england2009/rule-ids.csv}) and the tags of every feature file, then
 * <ul>
 *   <li>fails, listing them, when an implemented rule ID has no tagged scenario;</li>
 *   <li>fails when a tag looks like a catalogue ID but is not in rule-ids.csv (a typo such as {@code @ENG-COC-PP2-9}),
 *       except the conventions {@code @TC-01}..{@code @TC-15} and ambiguities {@code @AMB-01}..{@code @AMB-88};</li>
 *   <li>compares the catalogue's coverage list ({@code coverage.csv}, section 10 of the catalogue) with the rule
 *       sets: an ID marked implemented must be in a rule-ids.csv file with a tagged scenario, an ID in a rule-ids.csv
 *       file must be marked implemented, and an ID marked not-encoded needs a reason;</li>
 *   <li>checks the coverage counts of {@code docs/conventions.md} section 3 against the same files;</li>
 *   <li>writes {@code target/traceability.md}: rule ID, section, scenarios.</li>
 * </ul>
 * Whether the scenarios pass is the Cucumber run's business: any failing scenario fails the build.
 */
class TraceabilityTest {

    static final String RULE_SETS = "META-INF/throughcare/rulesets.json";
    /** How the messages name the rule-ID files: every rule set's {@code ruleIds} file. */
    static final String RULE_IDS = "the rule sets' rule-ids.csv files";
    static final String FEATURES = "org/throughcare/features";

    /** A tag that looks like a catalogue ID: upper-case words joined by hyphens, such as ENG-COC-PP2-09 or TC-10. */
    static final Pattern CATALOGUE_LIKE = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+[a-z]?");
    static final Pattern CONVENTION = Pattern.compile("TC-(\\d{2})");
    static final Pattern AMBIGUITY = Pattern.compile("AMB-(\\d{2})[a-z]?");

    record RuleId(String id, String section, String how) {
    }

    /** One row of the coverage list: a catalogue ID, its document, implemented or not-encoded, and why not. */
    record Covered(int line, String id, String document, String status, String reason) {
    }

    /** The coverage list, on the class path (features/src/test/resources/coverage.csv). */
    static final String COVERAGE = "coverage.csv";
    /** How many IDs the catalogue's coverage list (section 10) names. */
    static final int CATALOGUE_COVERAGE_COUNT = 296;
    /** The documents' ID prefixes, as docs/conventions.md section 3 counts them. */
    static final List<String> PREFIXES = List.of("SCOT-TAS", "SCOT-VA", "ENG-COC", "HO-RPT", "SPEC4");
    static final Path CONVENTIONS = Path.of("..", "docs", "conventions.md");

    record ScenarioRef(String file, int line, String keyword, String name, Set<String> tags) {
        String label() {
            return file + ":" + line + " " + name;
        }
    }

    static Map<String, RuleId> ruleIds;
    static List<ScenarioRef> scenarios;
    static List<Covered> coverage;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        ruleIds = readRuleIds();
        coverage = readCoverage();
        scenarios = new ArrayList<>();
        for (Path f : featureFiles()) {
            scenarios.addAll(parse(f));
        }
        writeMatrix();
    }

    @Test
    void there_are_features_to_trace() {
        assertThat(scenarios).as("scenarios found under %s", FEATURES).isNotEmpty();
        assertThat(ruleIds).as("rule IDs in %s", RULE_IDS).isNotEmpty();
    }

    @Test
    void every_implemented_rule_id_has_a_tagged_scenario() {
        List<String> missing = new ArrayList<>();
        for (RuleId r : ruleIds.values()) {
            if (scenariosTagged(r.id()).isEmpty()) {
                missing.add(r.id() + " (" + r.section() + ")");
            }
        }
        assertThat(missing).as("implemented rule IDs (%s) with no scenario tagged @<ID>; add a scenario or a tag",
                RULE_IDS).isEmpty();
    }

    @Test
    void the_coverage_list_is_the_catalogues_with_a_status_for_every_id() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Covered c : coverage) {
            String where = COVERAGE + ":" + c.line() + " " + c.id();
            if (!seen.add(c.id())) {
                problems.add(where + ": listed twice");
            }
            if (PREFIXES.stream().noneMatch(p -> c.id().startsWith(p + "-")) || !CATALOGUE_LIKE.matcher(c.id()).matches()) {
                problems.add(where + ": not a catalogue rule ID of the five documents");
            }
            if (c.document().isBlank()) {
                problems.add(where + ": no document");
            }
            if (!c.status().equals("implemented") && !c.status().equals("not-encoded")) {
                problems.add(where + ": status '" + c.status() + "' must be implemented or not-encoded");
            }
            if (c.status().equals("not-encoded") && c.reason().isBlank()) {
                problems.add(where + ": not encoded, with no reason");
            }
        }
        assertThat(problems).as("rows of %s", COVERAGE).isEmpty();
        assertThat(coverage).as("IDs in %s (the catalogue's section 10 names %d)", COVERAGE, CATALOGUE_COVERAGE_COUNT)
                .hasSize(CATALOGUE_COVERAGE_COUNT);
    }

    @Test
    void every_coverage_id_is_implemented_with_a_scenario_or_listed_as_not_encoded() {
        List<String> problems = new ArrayList<>();
        for (Covered c : coverage) {
            boolean encoded = ruleIds.containsKey(c.id());
            if (c.status().equals("implemented") && !encoded) {
                problems.add(c.id() + " is marked implemented in " + COVERAGE + " but is in none of " + RULE_IDS);
            }
            if (c.status().equals("implemented") && encoded && scenariosTagged(c.id()).isEmpty()) {
                problems.add(c.id() + " is marked implemented but no scenario is tagged @" + c.id());
            }
            if (c.status().equals("not-encoded") && encoded) {
                problems.add(c.id() + " is in " + RULE_IDS + " but " + COVERAGE + " lists it as not encoded ("
                        + c.reason() + "): mark it implemented");
            }
        }
        assertThat(problems).as("the coverage list %s against %s and the features", COVERAGE, RULE_IDS).isEmpty();
    }

    @Test
    void the_coverage_counts_in_the_conventions_page_are_current() throws IOException {
        assertThat(CONVENTIONS).as("docs/conventions.md, from the features module").exists();
        List<String> lines = Files.readAllLines(CONVENTIONS, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int totalListed = 0;
        int totalEncoded = 0;
        int totalCovered = 0;
        for (String prefix : PREFIXES) {
            int listed = (int) coverage.stream().filter(c -> c.id().startsWith(prefix + "-")).count();
            int encoded = (int) ruleIds.keySet().stream().filter(id -> id.startsWith(prefix + "-")).count();
            int covered = (int) coverage.stream().filter(c -> c.id().startsWith(prefix + "-")
                    && c.status().equals("implemented")).count();
            totalListed += listed;
            totalEncoded += encoded;
            totalCovered += covered;
            problems.addAll(countsRow(lines, "| `" + prefix + "` |", prefix, listed, encoded, covered));
        }
        problems.addAll(countsRow(lines, "| **all five** |", "all five", totalListed, totalEncoded, totalCovered));
        assertThat(problems).as("docs/conventions.md section 3, columns 'on the coverage list', 'encoded now' and"
                + " 'encoded, on the coverage list', counted from %s and %s", COVERAGE, RULE_IDS).isEmpty();
    }

    /** @return what is wrong with the counts row of the conventions page that contains {@code marker} */
    static List<String> countsRow(List<String> lines, String marker, String what, int listed, int encoded, int covered) {
        List<String> rows = lines.stream().filter(l -> l.contains(marker)).toList();
        if (rows.size() != 1) {
            return List.of(what + ": expected one table row containing '" + marker + "', found " + rows.size());
        }
        List<String> cells = java.util.Arrays.stream(rows.get(0).split("\\|")).map(c -> c.replace("*", "").trim())
                .filter(c -> !c.isEmpty()).toList();
        List<String> expected = List.of(String.valueOf(listed), String.valueOf(encoded), String.valueOf(covered));
        List<String> actual = cells.size() < 3 ? cells : cells.subList(cells.size() - 3, cells.size());
        return actual.equals(expected) ? List.of()
                : List.of(what + ": the row says " + actual + ", the files give " + expected);
    }

    @Test
    void every_catalogue_like_tag_is_a_known_rule_id() {
        List<String> unknown = new ArrayList<>();
        for (ScenarioRef s : scenarios) {
            for (String tag : s.tags()) {
                String t = tag.substring(1);
                if (!CATALOGUE_LIKE.matcher(t).matches() || ruleIds.containsKey(t) || isConventionOrAmbiguity(t)) {
                    continue;
                }
                unknown.add("@" + t + " at " + s.label());
            }
        }
        assertThat(unknown).as("tags that look like catalogue IDs but are not in %s (typo?)", RULE_IDS).isEmpty();
    }

    @Test
    void the_typo_check_knows_what_looks_like_a_catalogue_id() {
        assertThat(CATALOGUE_LIKE.matcher("ENG-COC-PP2-9").matches()).as("a typo is catalogue-like").isTrue();
        assertThat(ruleIds).as("and is not a rule ID").doesNotContainKey("ENG-COC-PP2-9");
        assertThat(CATALOGUE_LIKE.matcher("boundary").matches()).as("lower-case tags are free").isFalse();
        assertThat(CATALOGUE_LIKE.matcher("clock-change").matches()).isFalse();
        assertThat(isConventionOrAmbiguity("TC-10")).isTrue();
        assertThat(isConventionOrAmbiguity("AMB-31")).isTrue();
        assertThat(isConventionOrAmbiguity("AMB-31b")).isTrue();
        assertThat(isConventionOrAmbiguity("TC-16")).as("there are 15 conventions").isFalse();
        assertThat(isConventionOrAmbiguity("AMB-89")).as("there are 88 ambiguities").isFalse();
    }

    static boolean isConventionOrAmbiguity(String t) {
        Matcher tc = CONVENTION.matcher(t);
        if (tc.matches()) {
            int n = Integer.parseInt(tc.group(1));
            return n >= 1 && n <= 15;
        }
        Matcher amb = AMBIGUITY.matcher(t);
        if (amb.matches()) {
            int n = Integer.parseInt(amb.group(1));
            return n >= 1 && n <= 88;
        }
        return false;
    }

    static List<ScenarioRef> scenariosTagged(String id) {
        return scenarios.stream().filter(s -> s.tags().contains("@" + id)).toList();
    }

    // ----------------------------------------------------------------------------------------------- reading

    /** @return the rule IDs of every rule set on the class path, each with its section and how it is encoded */
    static Map<String, RuleId> readRuleIds() throws IOException {
        Map<String, RuleId> out = new LinkedHashMap<>();
        java.util.Enumeration<java.net.URL> sets = TraceabilityTest.class.getClassLoader().getResources(RULE_SETS);
        assertThat(sets.hasMoreElements()).as("class-path resource %s (from the rules-kb jar)", RULE_SETS).isTrue();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> files = new ArrayList<>();
        while (sets.hasMoreElements()) {
            try (InputStream in = sets.nextElement().openStream()) {
                for (com.fasterxml.jackson.databind.JsonNode rs : json.readTree(in).path("ruleSets")) {
                    files.add(rs.path("ruleIds").asText());
                }
            }
        }
        assertThat(files).as("rule sets declared in %s", RULE_SETS).isNotEmpty();
        for (String file : files) {
            out.putAll(readRuleIds(file));
        }
        return out;
    }

    static Map<String, RuleId> readRuleIds(String file) throws IOException {
        InputStream in = TraceabilityTest.class.getClassLoader().getResourceAsStream(file);
        assertThat(in).as("class-path resource %s (a rule set's ruleIds)", file).isNotNull();
        Map<String, RuleId> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = csv(line);
                if (header) {
                    header = false;
                    assertThat(cells).as("header of %s", file).startsWith("id", "section");
                    continue;
                }
                String id = cells.get(0).trim();
                out.put(id, new RuleId(id, cells.size() > 1 ? cells.get(1) : "", cells.size() > 2 ? cells.get(2) : ""));
            }
        }
        return out;
    }

    /** @return the rows of the coverage list */
    static List<Covered> readCoverage() throws IOException {
        InputStream in = TraceabilityTest.class.getClassLoader().getResourceAsStream(COVERAGE);
        assertThat(in).as("class-path resource %s (the coverage list)", COVERAGE).isNotNull();
        List<Covered> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = csv(line);
                if (header) {
                    header = false;
                    assertThat(cells).as("header of %s", COVERAGE).containsExactly("id", "document", "status", "reason");
                    continue;
                }
                assertThat(cells).as("%s:%d has four cells", COVERAGE, n).hasSize(4);
                out.add(new Covered(n, cells.get(0).trim(), cells.get(1).trim(), cells.get(2).trim(), cells.get(3).trim()));
            }
        }
        return out;
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static List<Path> featureFiles() throws IOException, URISyntaxException {
        Path dir;
        URL url = TraceabilityTest.class.getClassLoader().getResource(FEATURES);
        if (url != null && url.getProtocol().equals("file")) {
            dir = Path.of(url.toURI());
        } else {
            dir = Path.of("src/test/resources").resolve(FEATURES);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
    }

    /**
     * Reads the scenarios of one feature file with the tags each carries, inherited ones included (Feature, Rule,
     * the scenario's own, and its Examples' tags for an outline). A line-based reader is enough for the Gherkin the
     * features use; doc strings are skipped.
     */
    static List<ScenarioRef> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ScenarioRef> out = new ArrayList<>();
        Set<String> featureTags = new LinkedHashSet<>();
        Set<String> ruleTags = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>();
        ScenarioRef current = null;
        boolean docString = false;
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.startsWith("\"\"\"") || t.startsWith("```")) {
                docString = !docString;
                continue;
            }
            if (docString || t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("@")) {
                for (String tag : t.split("\\s+")) {
                    if (tag.startsWith("#")) {
                        break;
                    }
                    pending.add(tag);
                }
                continue;
            }
            if (t.startsWith("Feature:")) {
                featureTags = new LinkedHashSet<>(pending);
                ruleTags = new LinkedHashSet<>();
                current = null;
            } else if (t.startsWith("Rule:")) {
                ruleTags = new LinkedHashSet<>(pending);
                current = null;
            } else if (t.startsWith("Background:")) {
                current = null;
            } else if (t.startsWith("Examples:") || t.startsWith("Scenarios:")) {
                if (current != null) {
                    current.tags().addAll(pending);
                }
            } else if (t.startsWith("Scenario:") || t.startsWith("Scenario Outline:") || t.startsWith("Scenario Template:")
                    || t.startsWith("Example:")) {
                Set<String> tags = new LinkedHashSet<>(featureTags);
                tags.addAll(ruleTags);
                tags.addAll(pending);
                String keyword = t.substring(0, t.indexOf(':'));
                current = new ScenarioRef(name, i + 1, keyword, t.substring(t.indexOf(':') + 1).trim(), tags);
                out.add(current);
            }
            pending = new LinkedHashSet<>();
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------------- report

    static void writeMatrix() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Traceability: catalogue rule IDs to scenarios\n\n")
                .append("Generated by `TraceabilityTest` from ").append(RULE_IDS).append(" (the rule IDs the knowledge")
                .append(" base implements, every rule set declared in `").append(RULE_SETS).append("`) and the tags of the feature files in `src/test/resources/").append(FEATURES)
                .append("`. Whether each scenario passed is in `target/cucumber.json` and `target/cucumber-report.html`.\n\n");
        int covered = 0;
        StringBuilder rows = new StringBuilder();
        for (RuleId r : ruleIds.values()) {
            List<ScenarioRef> tagged = scenariosTagged(r.id());
            if (!tagged.isEmpty()) {
                covered++;
            }
            rows.append("| ").append(r.id()).append(" | ").append(escape(r.section())).append(" | ")
                    .append(tagged.isEmpty() ? "**none**" : String.join("<br>", tagged.stream()
                            .map(s -> "`" + s.file() + ":" + s.line() + "` " + escape(s.name())).toList()))
                    .append(" |\n");
        }
        md.append(covered).append(" of ").append(ruleIds.size()).append(" implemented rule IDs have at least one")
                .append(" tagged scenario; ").append(scenarios.size()).append(" scenarios and outlines in all.\n\n");
        md.append("| Rule ID | Section | Scenarios |\n|---|---|---|\n").append(rows);

        Map<String, List<ScenarioRef>> interpretations = new TreeMap<>();
        for (ScenarioRef s : scenarios) {
            for (String tag : s.tags()) {
                if (isConventionOrAmbiguity(tag.substring(1))) {
                    interpretations.computeIfAbsent(tag.substring(1), k -> new ArrayList<>()).add(s);
                }
            }
        }
        md.append("\n## Conventions (TC) and interpretations (AMB) exercised\n\n| Tag | Scenarios |\n|---|---|\n");
        interpretations.forEach((tag, list) -> md.append("| ").append(tag).append(" | ")
                .append(String.join("<br>", list.stream().map(s -> "`" + s.file() + ":" + s.line() + "` "
                        + escape(s.name())).toList())).append(" |\n"));

        List<ScenarioRef> untagged = scenarios.stream().filter(s -> s.tags().stream()
                .noneMatch(t -> CATALOGUE_LIKE.matcher(t.substring(1)).matches())).toList();
        if (!untagged.isEmpty()) {
            md.append("\n## Scenarios with no catalogue tag\n\n");
            untagged.forEach(s -> md.append("- `").append(s.file()).append(':').append(s.line()).append("` ")
                    .append(escape(s.name())).append(" ").append(s.tags()).append('\n'));
        }
        Path out = Path.of("target", "traceability.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
