package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.TriState;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * Reads a snapshot's {@code determinations}: one entry per name the vocabulary declares, each a three-state value
 * with the time it was determined. Problems are reported through the document's reader.
 */
final class DeterminationsReader {
    static final List<String> DETERMINATION_FIELDS = List.of("value", "determinedAt");

    private final DocumentReader r;
    private final Vocabulary vocabulary;

    /** @param vocabulary the declared vocabulary: which determinations a snapshot may state */
    DeterminationsReader(DocumentReader r, Vocabulary vocabulary) {
        this.r = r;
        this.vocabulary = vocabulary;
    }

    Determinations determinations(JsonNode n, String ptr) {
        if (!r.object(n, ptr)) {
            return null;
        }
        int before = r.problems.mark();
        Determinations.Builder d = Determinations.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            if (!vocabulary.isDetermination(f.getKey())) {
                r.unknown(f.getKey(), p, vocabulary.determinationNames(), "determinations");
                continue;
            }
            Determination one = determination(f.getValue(), p);
            if (one != null) {
                d.set(f.getKey(), one);
            }
        }
        return r.problems.since(before) ? null : d.build();
    }

    private Determination determination(JsonNode n, String ptr) {
        if (!r.object(n, ptr)) {
            return null;
        }
        int before = r.problems.mark();
        TriState value = null;
        ZonedDateTime determinedAt = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "value" -> value = r.enumValue(v, p, TriState.class, "determination value");
                case "determinedAt" -> determinedAt = r.time(v, p);
                default -> r.unknown(f.getKey(), p, DETERMINATION_FIELDS, "a determination");
            }
        }
        r.required(n, ptr, "value", "the determination's value (YES, NO or NOT_DETERMINED)");
        if (value == TriState.NOT_DETERMINED && determinedAt != null) {
            r.add(DocumentReader.child(ptr, "determinedAt"), ProblemCodes.WITHOUT_VALUE, "a determination that is "
                    + "NOT_DETERMINED has no determinedAt time: leave determinedAt out, or give the value YES or NO");
        }
        return r.problems.since(before) ? null : new Determination(value, determinedAt);
    }
}
