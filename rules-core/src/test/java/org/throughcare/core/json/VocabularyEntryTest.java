package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Determination;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;
import org.throughcare.core.vocabulary.Term;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * A staff determination is one vocabulary entry: adding it is enough for the reader, the writer, the validator and
 * the JSON Schema to know it, and the published schema is the standard vocabulary's generation.
 */
class VocabularyEntryTest {

    /** A determination the Scottish TAS model could need, declared only here. */
    static final Term RECEIVING_METHADONE = Term.of("receivingMethadone", "On a methadone programme in prison.",
            List.of("SCOT-TAS"), List.of("SCOT-TAS-ELIG-08"));

    static final String SNAPSHOT = """
            {"id": "vocab-1", "jurisdiction": "SCOTLAND", "asOf": "2026-04-08T10:00:00+01:00",
             "custody": {"status": "SENTENCED", "receptionAt": "2026-04-01T10:00:00+01:00"},
             "determinations": {"receivingMethadone": {"value": "YES", "determinedAt": "2026-04-02T11:00:00+01:00"}}}
            """;

    @Test
    @DisplayName("A new determination entry is read, written back and validated by the generated schema")
    void oneEntryIsEnough() {
        Vocabulary extended = Vocabulary.standard().with(RECEIVING_METHADONE);

        Snapshot s = ThroughcareJson.readSnapshot(SNAPSHOT, extended);
        assertThat(s.determinations().get("receivingMethadone"))
                .isEqualTo(Determination.yes(Fixtures.at(2026, 4, 2, 11, 0)));

        String written = ThroughcareJson.writeSnapshot(s);
        assertThat(written).contains("\"receivingMethadone\"");
        assertThat(ThroughcareJson.readSnapshot(written, extended)).isEqualTo(s);

        JsonSchema schema = schema(ThroughcareJson.snapshotSchema(extended));
        assertThat(Schemas.complaints(schema, SNAPSHOT)).isEmpty();
        assertThat(Schemas.complaints(schema, written)).isEmpty();
        JsonNode entry = Schemas.tree(ThroughcareJson.SNAPSHOT_SCHEMA).at("/properties/determinations/properties");
        assertThat(entry.has("receivingMethadone")).as("the published schema is the standard vocabulary's").isFalse();
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, SNAPSHOT)).isNotEmpty();
        assertThat(SnapshotValidator.validate(s, extended)).isEmpty();
    }

    @Test
    @DisplayName("Without the entry, the same snapshot is refused everywhere, naming the field")
    void withoutTheEntry() {
        assertThatThrownBy(() -> ThroughcareJson.readSnapshot(SNAPSHOT))
                .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("/determinations/receivingMethadone",
                                ProblemCodes.UNKNOWN_FIELD)));
        Snapshot built = ThroughcareJson.readSnapshot(SNAPSHOT, Vocabulary.standard().with(RECEIVING_METHADONE));
        assertThat(SnapshotValidator.validate(built)).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/determinations/receivingMethadone",
                        ProblemCodes.UNKNOWN_FIELD));
    }

    @Test
    @DisplayName("The published snapshot schema is the standard vocabulary's generation")
    void publishedSchemaIsGenerated() throws IOException {
        String generated = ThroughcareJson.snapshotSchema(Vocabulary.standard());
        JsonNode published = Schemas.tree(ThroughcareJson.SNAPSHOT_SCHEMA);
        if (!Schemas.MAPPER.readTree(generated).equals(published)) {
            Path out = Path.of("target", "snapshot.schema.json");
            Files.writeString(out, generated);
            throw new AssertionError("the published snapshot schema does not match determinations.csv: copy " + out
                    .toAbsolutePath() + " over src/main/resources/" + ThroughcareJson.SNAPSHOT_SCHEMA);
        }
    }

    @Test
    @DisplayName("A NOT_DETERMINED entry is the same as none; a determination of each standard name round-trips")
    void everyStandardName() {
        for (String name : Vocabulary.standard().determinationNames()) {
            String json = SNAPSHOT.replace("receivingMethadone", name);
            Snapshot s = ThroughcareJson.readSnapshot(json);
            assertThat(s.determinations().value(name)).as(name).isEqualTo(TriState.YES);
            assertThat(ThroughcareJson.readSnapshot(ThroughcareJson.writeSnapshot(s))).isEqualTo(s);
        }
        Snapshot none = ThroughcareJson.readSnapshot(SNAPSHOT.replace(
                "{\"value\": \"YES\", \"determinedAt\": \"2026-04-02T11:00:00+01:00\"}", "{\"value\": \"NOT_DETERMINED\"}")
                .replace("receivingMethadone", "ppo"));
        assertThat(none.determinations().made()).isEmpty();
    }

    private static JsonSchema schema(String text) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.MAPPER.readTree(text),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
