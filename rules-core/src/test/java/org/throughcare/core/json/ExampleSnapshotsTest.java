package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

/** The hand-written example snapshots in {@code examples/snapshots/} are valid, and the invalid one is not. */
class ExampleSnapshotsTest {

    static final List<String> REQUIRED_EXAMPLES = List.of("part1-cjit-easter-2026.json",
            "pp2-transfer-carat-file-missing.json", "pp1-community-arrival.json", "consent-refused.json",
            "scotland-not-encoded.json", "before-july-2009.json");

    @Test
    @DisplayName("The documented examples are all there")
    void present() {
        assertThat(Schemas.jsonFiles(Schemas.EXAMPLES)).extracting(p -> p.getFileName().toString())
                .containsAll(REQUIRED_EXAMPLES);
    }

    @Test
    @DisplayName("Every example snapshot validates against the snapshot schema")
    void validAgainstSchema() {
        for (Path p : Schemas.jsonFiles(Schemas.EXAMPLES)) {
            assertThat(Schemas.complaints(Schemas.SNAPSHOT, Schemas.read(p))).as(p.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("Every example snapshot is read without problems, with a pseudonymous id and a schemaVersion this library reads")
    void readable() {
        for (Path p : Schemas.jsonFiles(Schemas.EXAMPLES)) {
            String json = Schemas.read(p);
            Snapshot s = ThroughcareJson.readSnapshot(json);
            assertThat(s.id()).startsWith("ex-");
            assertThat(ThroughcareJson.READABLE_SCHEMA_VERSIONS).as(p.toString())
                    .anySatisfy(v -> assertThat(json).contains("\"schemaVersion\": \"" + v + "\""));
        }
    }

    @Test
    @DisplayName("The invalid example is rejected by the reader with several problems, and by the schema")
    void invalidExample() {
        String json = Schemas.read(Schemas.EXAMPLES.resolve("invalid").resolve("invalid-example.json"));
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(json));
        assertThat(e.snapshotId()).isEqualTo("ex-invalid-1");
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code()).containsExactly(
                "/jurisdiction UNKNOWN_VALUE",
                "/asOf AMBIGUOUS_LOCAL_TIME",
                "/custody/recepionAt UNKNOWN_FIELD",
                "/custody/sentence/imposedOn MALFORMED_DATE",
                "/custody/sentence/months OUT_OF_RANGE",
                "/determinations/ppo/value UNKNOWN_VALUE",
                "/determinations/stableAtReceptionScreen/determinedAt NONEXISTENT_LOCAL_TIME",
                "/determinations/stableAtReceptionScreen/value REQUIRED",
                "/events/0/at MALFORMED_TIME",
                "/events/1/type REQUIRED");
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("did you mean \"receptionAt\"?"));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();
    }
}
