package org.throughcare.core.vocabulary;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot's open vocabularies, each declared once. Today that is the staff determinations: the three-state facts
 * staff decide (yes / no / not yet determined, with the time decided). The JSON reader, writer and validator, the
 * generated JSON Schema ({@code ThroughcareJson.snapshotSchema}), the action table's {@code determined:<name>}
 * completions and the rules ({@code CaseFacts.determination("<name>")}, checked when the rules load) all follow from
 * this declaration, so a new determination is one entry in {@code determinations.csv} plus its tests.
 *
 * <p>The closed vocabularies are declared once in Java: event types with their attributes
 * ({@code org.throughcare.core.EventType}) and settings ({@code org.throughcare.core.Settings#ALL}).
 *
 * <p>Immutable and thread-safe. {@link #standard()} is the declaration shipped in this jar; {@link #with(Term)} gives
 * an extended copy, for an embedder's own facts or a test.
 */
public final class Vocabulary {

    /** The resource, next to this class, that declares the standard staff determinations. */
    public static final String DETERMINATIONS_RESOURCE = "determinations.csv";

    static final List<String> COLUMNS = List.of("name", "meaning", "documents", "catalogue_ids");

    private static final Vocabulary STANDARD = loadStandard();

    private final Map<String, Term> determinations;

    private Vocabulary(Map<String, Term> determinations) {
        this.determinations = Collections.unmodifiableMap(determinations);
    }

    /** @return the vocabulary shipped in this jar */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /**
     * @return a copy with one more staff determination
     * @throws IllegalArgumentException when a determination of that name is already declared
     */
    public Vocabulary with(Term determination) {
        if (determinations.containsKey(determination.name())) {
            throw new IllegalArgumentException("the determination '" + determination.name() + "' is already declared");
        }
        Map<String, Term> more = new LinkedHashMap<>(determinations);
        more.put(determination.name(), determination);
        return new Vocabulary(more);
    }

    /** @return the staff determinations, in declaration order */
    public List<Term> determinations() {
        return List.copyOf(determinations.values());
    }

    /** @return the names of the staff determinations, in declaration order */
    public List<String> determinationNames() {
        return List.copyOf(determinations.keySet());
    }

    /** @return the staff determination of this name, if declared */
    public Optional<Term> determination(String name) {
        return Optional.ofNullable(determinations.get(name));
    }

    /** @return true when a staff determination of this name is declared */
    public boolean isDetermination(String name) {
        return determinations.containsKey(name);
    }

    @Override
    public String toString() {
        return "Vocabulary[" + determinations.size() + " determinations]";
    }

    // ---------------------------------------------------------------------------------------------------- loading

    /**
     * Reads a determinations table (the columns of {@value #DETERMINATIONS_RESOURCE}: name, meaning, documents,
     * catalogue_ids; {@code ;} separates several documents or IDs; lines starting with {@code #} are comments).
     *
     * @param source a name for the table, used in messages
     * @throws VocabularyException naming every problem with its line
     */
    public static Vocabulary read(String source, InputStream in) {
        List<String> errors = new ArrayList<>();
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = org.throughcare.core.internal.CsvTables.rows(in)) {
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> row = it.nextValue();
                if (!headerChecked) {
                    headerChecked = true;
                    if (!row.keySet().equals(new java.util.LinkedHashSet<>(COLUMNS))) {
                        errors.add(source + ": the header must be exactly " + COLUMNS);
                        break;
                    }
                }
                String name = row.get("name");
                List<String> documents = split(row.get("documents"));
                List<String> ids = split(row.get("catalogue_ids"));
                List<String> problems = Term.problems(name, row.get("meaning"), documents, ids);
                if (!problems.isEmpty()) {
                    problems.forEach(p -> errors.add(source + ":" + line + ": " + p));
                    continue;
                }
                if (terms.containsKey(name)) {
                    errors.add(source + ":" + line + ": the determination '" + name + "' is already declared on line "
                            + lines.get(name));
                    continue;
                }
                terms.put(name, new Term(name, row.get("meaning"), documents, ids));
                lines.put(name, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read the table", e);
        } catch (RuntimeException e) {
            errors.add(source + ": unreadable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new VocabularyException(errors);
        }
        return new Vocabulary(terms);
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Vocabulary loadStandard() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(DETERMINATIONS_RESOURCE)) {
            if (in == null) {
                throw new VocabularyException(List.of("org/throughcare/core/vocabulary/" + DETERMINATIONS_RESOURCE
                        + ": not found next to the Vocabulary class; the rules-core jar is incomplete"));
            }
            return read("org/throughcare/core/vocabulary/" + DETERMINATIONS_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
