package org.throughcare.core.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a vocabulary: a fact the snapshot can state, declared once.
 *
 * @param name         the JSON name (lowerCamelCase); rules, the action table and the schema use the same name
 * @param meaning      what the fact means, in plain words (shown in the JSON Schema)
 * @param documents    the guidance documents it serves: {@code ENG-COC}, {@code SCOT-TAS}, {@code SCOT-VA},
 *                     {@code HO-RPT}, {@code SPEC4}; at least one
 * @param catalogueIds the rule and interpretation IDs it serves (e.g. {@code ENG-COC-PP3-01}, {@code AMB-41});
 *                     at least one
 */
public record Term(String name, String meaning, List<String> documents, List<String> catalogueIds) {

    /** The documents a term may serve, by their catalogue prefix. */
    public static final List<String> DOCUMENTS = List.of("ENG-COC", "SCOT-TAS", "SCOT-VA", "HO-RPT", "SPEC4");

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
    private static final Pattern ID = Pattern.compile(
            "(ENG-COC|SCOT-TAS|SCOT-VA|HO-RPT|SPEC4)-[A-Z0-9]+-\\d{2}|(TC|AMB|XDOC)-\\d{2}[a-e]?");

    /**
     * @throws IllegalArgumentException naming every problem with the entry
     */
    public Term {
        documents = documents == null ? List.of() : List.copyOf(documents);
        catalogueIds = catalogueIds == null ? List.of() : List.copyOf(catalogueIds);
        List<String> problems = problems(name, meaning, documents, catalogueIds);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** @return a term; see the record's parameters */
    public static Term of(String name, String meaning, List<String> documents, List<String> catalogueIds) {
        return new Term(name, meaning, documents, catalogueIds);
    }

    /** @return every problem with these parts of an entry, in words (empty when it is a valid entry) */
    static List<String> problems(String name, String meaning, List<String> documents, List<String> catalogueIds) {
        List<String> out = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            out.add("name " + quoted(name) + " must be lowerCamelCase letters and digits, starting with a small letter"
                    + " (at most 64 characters)");
        }
        if (meaning == null || meaning.isBlank()) {
            out.add("meaning is required: say in plain words what the fact means");
        }
        if (documents == null || documents.isEmpty()) {
            out.add("documents: name at least one of " + DOCUMENTS);
        } else {
            for (String d : documents) {
                if (!DOCUMENTS.contains(d)) {
                    out.add("documents: " + quoted(d) + " is not one of " + DOCUMENTS);
                }
            }
        }
        if (catalogueIds == null || catalogueIds.isEmpty()) {
            out.add("catalogue_ids: name at least one rule or interpretation ID the fact serves");
        } else {
            for (String id : catalogueIds) {
                if (id == null || !ID.matcher(id).matches()) {
                    out.add("catalogue_ids: " + quoted(id) + " is not a catalogue ID such as ENG-COC-PP3-01 or AMB-41");
                }
            }
        }
        return out;
    }

    private static String quoted(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }

    /** Prints only the name: the entry holds no personal data, but a short form reads better in messages. */
    @Override
    public String toString() {
        return name;
    }

    static boolean sameName(Term a, Term b) {
        return Objects.equals(a.name, b.name);
    }
}
