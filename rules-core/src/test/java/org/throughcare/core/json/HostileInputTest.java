package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

/**
 * Regression tests for the defects a hostile caller found in the reader: each nested class is one defect, fixed at
 * its root. Nothing here may throw anything but {@link InvalidSnapshotException}.
 */
@DisplayName("Hostile input")
class HostileInputTest {

    private static final String DOB = "1977-07-07";

    private static InvalidSnapshotException rejected(String json) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(json));
        assertThat(e).as("expected a rejection").isNotNull();
        return e;
    }

    private static InvalidSnapshotException rejected(byte[] bytes) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(new ByteArrayInputStream(bytes)));
        assertThat(e).as("expected a rejection").isNotNull();
        return e;
    }

    private static String doc(String asOf) {
        return "{\"id\":\"dt\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"" + asOf + "\",\"custody\":{\"status\":\"REMAND\"}}";
    }

    @Nested
    @DisplayName("1. a time with an extreme offset or year")
    class ExtremeTimes {
        @ParameterizedTest
        @ValueSource(strings = {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00+18:00",
            "+10000-01-01T00:00", "99999-01-01T00:00Z"})
        @DisplayName("is a MALFORMED_TIME problem (a four-digit year), never a DateTimeException")
        void extreme(String asOf) {
            assertThat(rejected(doc(asOf)).problems()).extracting(Problem::pointer, Problem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/asOf", "MALFORMED_TIME"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0001-01-01T00:00", "1849-12-31T23:59", "1850-01-01T05:00+18:00", "2200-01-01T00:00",
            "9999-12-31T23:59:59-18:00"})
        @DisplayName("outside 1850-01-01 to 2199-12-31 (by its London date) is OUT_OF_RANGE")
        void outOfRange(String at) {
            String json = "{\"id\":\"dt\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"custody\":{\"status\":\"REMAND\"},\"events\":[{\"type\":\"DIP_REFERRAL\",\"at\":\"" + at + "\"}]}";
            assertThat(rejected(json).problems()).extracting(Problem::pointer, Problem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/events/0/at", "OUT_OF_RANGE"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-999999999-01-01", "+10000-01-01", "0001-01-01", "1849-12-31", "2200-01-01"})
        @DisplayName("a date outside the range is refused too, so no decision can carry one")
        void dates(String date) {
            String json = "{\"id\":\"dt\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"custody\":{\"status\":\"REMAND\"},\"consent\":{\"status\":\"REFUSED\",\"date\":\"" + date + "\"}}";
            assertThat(rejected(json).problems()).extracting(Problem::pointer).containsExactly("/consent/date");
        }

        @Test
        @DisplayName("the range's ends are accepted and round-trip to the same instant")
        void ends() {
            String json = "{\"id\":\"dt\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"person\":{\"dateOfBirth\":\"1850-01-01\"},\"custody\":{\"status\":\"REMAND\","
                    + "\"planned\":{\"expectedRelease\":\"2199-12-31\"}}}";
            Snapshot s = ThroughcareJson.readSnapshot(json);
            assertThat(ThroughcareJson.readSnapshot(ThroughcareJson.writeSnapshot(s))).isEqualTo(s);
            assertThat(Times.inRange(Times.MIN_DATE)).isTrue();
            assertThat(Times.inRange(Times.MIN_DATE.minusDays(1))).isFalse();
        }
    }

    @Nested
    @DisplayName("2. more than 1,000 problems")
    class ProblemCap {
        @Test
        @DisplayName("lists the first 1,000 and a TOO_MANY_PROBLEMS, and builds no record from a part with a problem")
        void cap() {
            StringBuilder events = new StringBuilder("[");
            for (int i = 0; i < 1001; i++) {
                events.append(i).append(',');
            }
            events.append("{}]");
            String json = "{\"id\":\"cap\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"custody\":{\"status\":\"REMAND\"},\"events\":" + events
                    + ",\"determinations\":{\"ppo\":{}},\"consent\":{},\"person\":{\"sex\":1}}";
            InvalidSnapshotException e = rejected(json);
            assertThat(e.problems()).hasSize(ThroughcareJson.MAX_PROBLEMS + 1);
            assertThat(e.problems().get(ThroughcareJson.MAX_PROBLEMS).code()).isEqualTo("TOO_MANY_PROBLEMS");
            assertThat(e.snapshotId()).isEqualTo("cap");
        }
    }

    @Nested
    @DisplayName("3. personal data in error reports")
    class PersonalData {
        @Test
        @DisplayName("no message, exception text or toString carries the date of birth")
        void dateOfBirth() {
            String beforeBirth = "{\"id\":\"p\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"person\":{\"dateOfBirth\":\"" + DOB + "\"},\"custody\":{\"status\":\"REMAND\"},"
                    + "\"events\":[{\"type\":\"DIP_REFERRAL\",\"at\":\"1970-01-01T10:00\"}]}";
            String afterAsOf = "{\"id\":\"p\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"1977-07-06T00:00\","
                    + "\"person\":{\"dateOfBirth\":\"" + DOB + "\"},\"custody\":{\"status\":\"REMAND\"}}";
            String afterAsOfWithFormError = afterAsOf.replace("\"REMAND\"", "1");
            String malformed = "{\"id\":\"p\",\"jurisdiction\":\"ENGLAND\",\"asOf\":\"2026-01-01T00:00\","
                    + "\"person\":{\"dateOfBirth\":\"07/07/1977\"},\"custody\":{\"status\":\"REMAND\"}}";
            for (String json : List.of(beforeBirth, afterAsOf, afterAsOfWithFormError, malformed)) {
                assertNoneCarries(rejected(json), DOB, "07/07/1977");
            }
        }

        @Test
        @DisplayName("an unknown or rejected value is never echoed: a name typed into sex, a long string, a number")
        void rejectedValues() {
            String json = "{\"id\":\"p\",\"jurisdiction\":\"Zebedee Quux\",\"asOf\":\"Zebedee Quux\","
                    + "\"person\":{\"sex\":\"Zebedee Quux\",\"dateOfBirth\":\"Zebedee Quux\"},"
                    + "\"custody\":{\"status\":\"REMAND\",\"sentence\":{\"days\":98765432109876543210}},"
                    + "\"schemaVersion\":\"Zebedee Quux\"}";
            InvalidSnapshotException e = rejected(json);
            assertThat(e.problems()).hasSize(6);
            assertNoneCarries(e, "Zebedee", "98765432109876543210");
        }

        @Test
        @DisplayName("a rejected id (a name, say) is never repeated as the snapshot id")
        void rejectedId() {
            InvalidSnapshotException e = rejected(doc("2026-01-01T00:00").replace("\"dt\"", "\"Zebedee Quux\""));
            assertThat(e.snapshotId()).isNull();
            assertNoneCarries(e, "Zebedee");
        }

        @Test
        @DisplayName("an unknown field with a huge name is reported at its object, without the name")
        void hugeFieldName() {
            String name = "x".repeat(10_000);
            InvalidSnapshotException e = rejected("{\"" + name + "\":1," + doc("2026-01-01T00:00").substring(1));
            assertThat(e.problems()).extracting(Problem::pointer, Problem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("", "UNKNOWN_FIELD"));
            assertNoneCarries(e, "xxxxxxxxxx");
        }

        private static void assertNoneCarries(InvalidSnapshotException e, String... values) {
            for (String v : values) {
                assertThat(e.getMessage()).doesNotContain(v);
                assertThat(e.toString()).doesNotContain(v);
                for (Problem p : e.problems()) {
                    assertThat(p.message()).doesNotContain(v);
                    assertThat(p.toString()).doesNotContain(v);
                }
                assertThat(ThroughcareJson.writeProblems(e.snapshotId(), e.problems())).doesNotContain(v);
            }
            for (Problem p : e.problems()) {
                assertThat(p.message().length()).isLessThan(500);
            }
        }
    }

    @Nested
    @DisplayName("5. one rule for decoding text")
    class Decoding {
        private final byte[] valid = doc("2026-01-01T00:00").getBytes(StandardCharsets.UTF_8);

        private byte[] with(byte[] bytes, int at, byte... insert) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(insert, 0, insert.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }

        @Test
        @DisplayName("a byte that is not UTF-8 inside a field name is refused every time, after any valid read")
        void badByteInFieldName() {
            byte[] bad = with(valid, 3, (byte) 0xFF); // {"i<FF>d":...
            for (int i = 0; i < 3; i++) {
                ThroughcareJson.readSnapshot(new ByteArrayInputStream(valid));
                InvalidSnapshotException e = rejected(bad);
                assertThat(e.problems()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
                assertThat(e.problems().get(0).message()).contains("0xFF at line 1, column 4");
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"C0AF", "E080AF", "F4908080", "EDA080", "FF", "C3"})
        @DisplayName("overlong forms, code points above U+10FFFF, encoded surrogates and stray bytes are refused")
        void strict(String hex) {
            byte[] insert = java.util.HexFormat.of().parseHex(hex);
            byte[] bad = with(valid, valid.length - 4, insert); // inside the custody status string
            assertThat(rejected(bad).problems()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
        }

        @Test
        @DisplayName("a Java string with an unpaired surrogate is refused with its line and column")
        void unpairedSurrogate() {
            String json = doc("2026-01-01T00:00").replace("\"dt\"", "\"d\uD800t\"");
            InvalidSnapshotException e = rejected(json);
            assertThat(e.problems()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
            assertThat(e.problems().get(0).message()).contains("line 1, column 9");
        }

        @Test
        @DisplayName("one byte-order mark is dropped on every path; two are refused on every path, alike")
        void byteOrderMarks() {
            String json = doc("2026-01-01T00:00");
            assertThat(ThroughcareJson.readSnapshot("\uFEFF" + json).id()).isEqualTo("dt");
            assertThat(ThroughcareJson.readSnapshot(new ByteArrayInputStream(("\uFEFF" + json)
                    .getBytes(StandardCharsets.UTF_8))).id()).isEqualTo("dt");
            List<Problem> fromString = rejected("\uFEFF\uFEFF" + json).problems();
            List<Problem> fromBytes = rejected(("\uFEFF\uFEFF" + json).getBytes(StandardCharsets.UTF_8)).problems();
            assertThat(fromString).isEqualTo(fromBytes);
            assertThat(fromString).extracting(Problem::code).containsExactly("MALFORMED_JSON");
        }
    }

    @Nested
    @DisplayName("7. malformed JSON is described in words")
    class ParserWords {
        @ParameterizedTest
        @ValueSource(strings = {"{\"id\":\"a\"} {}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            "{\"id\": secretword}", "{\"id\":\"a\",}", "{\"id\":\"a", "{\"n\": 0123}", "{\"n\": NaN}", "{\"id\" \"a\"}",
            "{\"id\":\"a\"]", "{\"id\":\"a\u0001\"}", "{\"id\":\"\\q\"}"})
        @DisplayName("never with the parser's classes, features or limits, never with the text")
        void words(String json) {
            Problem p = rejected(json).problems().get(0);
            assertThat(p.code()).isEqualTo("MALFORMED_JSON");
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON")
                    .doesNotContain("DeserializationFeature", "StreamReadConstraints", "com.fasterxml", "JsonNode",
                            "secretword", "token", "`", "(code")
                    .doesNotContainPattern("[A-Z][a-z]+[A-Z][a-zA-Z]+\\.");
            if (!json.startsWith("[[[")) { // the nesting limit is found before any position is reported
                assertThat(p.message()).contains("at line 1, column");
            }
        }
    }
}
