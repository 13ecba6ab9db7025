package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.throughcare.core.vocabulary.Term;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The snapshot JSON Schema for a vocabulary: the published schema ({@value ThroughcareJson#SNAPSHOT_SCHEMA}) with its
 * {@code determinations} object listing exactly the vocabulary's determinations. The published file is this
 * generation for {@link Vocabulary#standard()}, which a test checks.
 */
final class SnapshotSchema {
    private SnapshotSchema() {
    }

    static ObjectNode generate(Vocabulary vocabulary) {
        ObjectNode schema = published();
        ObjectNode properties = JsonFormat.READER.createObjectNode();
        for (Term t : vocabulary.determinations()) {
            ObjectNode entry = properties.putObject(t.name());
            entry.put("description", description(t));
            entry.put("$ref", "#/$defs/determination");
        }
        ((ObjectNode) schema.at("/properties/determinations")).set("properties", properties);
        return schema;
    }

    /** The schema's description of one determination: its meaning, then what it serves. */
    static String description(Term t) {
        return t.meaning() + " Serves " + String.join(", ", t.documents()) + ": " + String.join(", ", t.catalogueIds())
                + ".";
    }

    private static ObjectNode published() {
        try (InputStream in = SnapshotSchema.class.getResourceAsStream("/" + ThroughcareJson.SNAPSHOT_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(ThroughcareJson.SNAPSHOT_SCHEMA + " is missing from the rules-core jar");
            }
            JsonNode tree = JsonFormat.READER.readTree(in);
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
