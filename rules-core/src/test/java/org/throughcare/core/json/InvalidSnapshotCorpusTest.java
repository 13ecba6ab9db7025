package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

/**
 * Every document under {@code src/test/resources/json/invalid/} is rejected with exactly the problems listed in the
 * {@code .expected} file beside it, and by the snapshot JSON Schema where the schema can say so.
 *
 * <p>Format of a {@code .expected} file: a first line {@code # schema: rejects}, {@code # schema: accepts (why)} or
 * {@code # schema: unparseable}; then one line per problem, in order: the pointer ({@code (document)} for ""), the
 * code, and a fragment the message must contain.
 */
class InvalidSnapshotCorpusTest {

    record Case(String name, String json, String schemaVerdict, List<String[]> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Path dir;
        try {
            dir = Path.of(InvalidSnapshotCorpusTest.class.getClassLoader().getResource("json/invalid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Case> out = new ArrayList<>();
        for (Path json : Schemas.jsonFiles(dir)) {
            String name = json.getFileName().toString().replaceFirst("\\.json$", "");
            List<String> lines;
            try {
                lines = Files.readAllLines(dir.resolve(name + ".expected"));
            } catch (IOException e) {
                throw new UncheckedIOException("every invalid document needs its .expected file: " + name, e);
            }
            String verdict = lines.get(0).replaceFirst("^# schema: (\\w+).*$", "$1");
            List<String[]> expected = lines.stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(" ", 3)).toList();
            out.add(new Case(name, Schemas.read(json), verdict, expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("An invalid snapshot gives exactly its expected problems, in order, with pointer, code and reason")
    void givesExpectedProblems(Case c) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(c.json()));
        assertThat(e).as("readSnapshot must reject %s", c.name()).isNotNull();
        List<Problem> actual = e.problems();
        assertThat(actual).extracting(p -> (p.pointer().isEmpty() ? "(document)" : p.pointer()) + " " + p.code())
                .as("pointers and codes of %s; messages were %s", c.name(), actual)
                .containsExactlyElementsOf(c.expected().stream().map(x -> x[0] + " " + x[1]).toList());
        for (int i = 0; i < actual.size(); i++) {
            String[] x = c.expected().get(i);
            if (x.length == 3) {
                assertThat(actual.get(i).message()).as("message of %s", actual.get(i).pointer()).contains(x[2]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("The snapshot schema rejects an invalid snapshot wherever a schema can express the rule")
    void schemaAgrees(Case c) {
        switch (c.schemaVerdict()) {
            case "rejects" -> assertThat(Schemas.complaints(Schemas.SNAPSHOT, c.json())).as(c.name()).isNotEmpty();
            case "accepts" -> assertThat(Schemas.complaints(Schemas.SNAPSHOT, c.json())).as(c.name()).isEmpty();
            case "unparseable" -> assertThat(c.json()).as(c.name()).satisfiesAnyOf(
                    j -> assertThat(j).isBlank(), j -> assertThat(isJson(j)).isFalse());
            default -> throw new IllegalStateException("bad verdict line in " + c.name() + ": " + c.schemaVerdict());
        }
    }

    @Test
    @DisplayName("The corpus covers every form code the reader can give, except those tested by size")
    void corpusCoversCodes() {
        List<String> seen = cases().flatMap(c -> c.expected().stream().map(x -> x[1])).distinct().toList();
        assertThat(seen).contains("MALFORMED_JSON", "DUPLICATE_FIELD", "REQUIRED", "WRONG_TYPE", "UNKNOWN_FIELD",
                "UNKNOWN_VALUE", "MALFORMED_TIME", "MALFORMED_DATE", "AMBIGUOUS_LOCAL_TIME", "NONEXISTENT_LOCAL_TIME",
                "UNSUPPORTED_SCHEMA_VERSION", "OUT_OF_RANGE", "WITHOUT_VALUE", "AFTER_AS_OF", "INVALID_ID",
                "BEFORE_RECEPTION", "AMBIGUOUS", "REASON_REQUIRED", "BEFORE_BIRTH", "BEFORE_SENTENCE", "CONTRADICTION");
    }

    private static boolean isJson(String s) {
        try {
            Schemas.MAPPER.readTree(s);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
