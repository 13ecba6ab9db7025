package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.SnapshotValidator;

class ThroughcareJsonReadTest {

    /** The example of the shared contract, field for field. */
    static final String CONTRACT_EXAMPLE = """
            {
              "schemaVersion": "1.0",
              "id": "eng-transfer-001",
              "jurisdiction": "ENGLAND",
              "asOf": "2026-04-08T10:00",
              "person": { "sex": "MALE", "dateOfBirth": "1990-05-01" },
              "custody": { "status": "REMAND", "establishment": "HMP Example", "origin": "OTHER_PRISON",
                           "originEstablishedAt": "2026-04-06T14:10", "receptionAt": "2026-04-06T14:00",
                           "sentence": { "imposedOn": "2026-03-01", "months": 6 },
                           "planned": { "expectedRelease": "2026-09-01" } },
              "determinations": { "ppo": { "value": "YES", "determinedAt": "2026-04-06T14:20" },
                                  "stableAtReceptionScreen": { "value": "YES", "determinedAt": "2026-04-06T14:15" } },
              "consent": { "status": "GIVEN", "date": "2026-03-01",
                           "exceptions": { "riskOfHarm": false, "requiredAssessment": false, "restrictionOnBail": false, "otherLawfulException": null } },
              "dir": { "completedOn": "2026-02-10" },
              "events": [ { "type": "CARAT_FILE_REQUESTED", "at": "2026-04-06T18:00" } ]
            }
            """;

    static String minimal(String asOf, String custody) {
        return "{\"id\": \"t-1\", \"jurisdiction\": \"ENGLAND\", \"asOf\": \"" + asOf + "\", \"custody\": " + custody + "}";
    }

    static List<Problem> problems(String json) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(json));
        assertThat(e).as("expected the snapshot to be rejected").isNotNull();
        return e.problems();
    }

    static ZonedDateTime london(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, Times.LONDON);
    }

    @Test
    @DisplayName("The contract's example snapshot reads into the records, field for field")
    void readsContractExample() {
        Snapshot s = ThroughcareJson.readSnapshot(CONTRACT_EXAMPLE);
        assertThat(s.id()).isEqualTo("eng-transfer-001");
        assertThat(s.jurisdiction()).isEqualTo(Jurisdiction.ENGLAND);
        assertThat(s.asOf()).isEqualTo(london(2026, 4, 8, 10, 0));
        assertThat(s.person().sex()).isEqualTo(Sex.MALE);
        assertThat(s.person().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(s.custody().status()).isEqualTo(CustodyStatus.REMAND);
        assertThat(s.custody().establishment()).isEqualTo("HMP Example");
        assertThat(s.custody().origin()).isEqualTo(Origin.OTHER_PRISON);
        assertThat(s.custody().originEstablishedAt()).isEqualTo(london(2026, 4, 6, 14, 10));
        assertThat(s.custody().receptionAt()).isEqualTo(london(2026, 4, 6, 14, 0));
        assertThat(s.custody().sentence().imposedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.custody().sentence().months()).isEqualTo(6);
        assertThat(s.custody().sentence().days()).isNull();
        assertThat(s.custody().planned()).isEqualTo(new PlannedDates(LocalDate.of(2026, 9, 1), null, null));
        assertThat(s.determinations().get("ppo")).isEqualTo(Determination.yes(london(2026, 4, 6, 14, 20)));
        assertThat(s.determinations().get("stableAtReceptionScreen")).isEqualTo(Determination.yes(london(2026, 4, 6, 14, 15)));
        assertThat(s.determinations().get("problematicDrugUse")).isEqualTo(Determination.notDetermined());
        assertThat(s.consent().status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(s.consent().date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.consent().exceptions()).isEmpty();
        assertThat(s.consent().decisions()).singleElement().satisfies(d -> assertThat(d.at()).isEqualTo(london(2026, 3, 1, 0, 0)));
        assertThat(s.dir().completedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(s.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.CARAT_FILE_REQUESTED);
            assertThat(e.at()).isEqualTo(london(2026, 4, 6, 18, 0));
        });
    }

    @Test
    @DisplayName("Missing optional parts take their documented defaults: nothing determined, consent not recorded")
    void defaults() {
        Snapshot s = ThroughcareJson.readSnapshot(minimal("2026-04-08T10:00", "{\"status\": \"REMAND\"}"));
        assertThat(s.person().sex()).isEqualTo(Sex.NOT_RECORDED);
        assertThat(s.person().dateOfBirth()).isNull();
        assertThat(s.determinations().get("ppo").value()).isEqualTo(TriState.NOT_DETERMINED);
        assertThat(s.consent().status()).isEqualTo(ConsentStatus.NOT_RECORDED);
        assertThat(s.dir().completedOn()).isNull();
        assertThat(s.events()).isEmpty();
        assertThat(s.custody().received()).isFalse();
    }

    @Test
    @DisplayName("A null counts as an absent field, for optional values and whole optional objects")
    void nullIsAbsent() {
        Snapshot withNulls = ThroughcareJson.readSnapshot("""
                {"schemaVersion": null, "id": "t-1", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00",
                 "person": null, "custody": {"status": "REMAND", "origin": null, "receptionAt": null, "sentence": null},
                 "determinations": {"ppo": null}, "consent": null, "dir": {"completedOn": null}, "events": null}
                """);
        assertThat(withNulls).usingRecursiveComparison()
                .isEqualTo(ThroughcareJson.readSnapshot(minimal("2026-04-08T10:00", "{\"status\": \"REMAND\"}")));
    }

    @Test
    @DisplayName("Event indices and order are those of the JSON array, even when the events are not in time order")
    void eventsKeepInputOrder() {
        Snapshot s = ThroughcareJson.readSnapshot("""
                {"id": "t-3", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00", "custody": {"status": "REMAND"},
                 "events": [{"type": "CJIT_AWARE_OF_DESTINATION", "at": "2026-04-02T16:00"},
                            {"type": "COURT_REMAND_OR_SENTENCE", "at": "2026-04-02T14:30"},
                            {"type": "DIR_SENT_TO_PRISON", "at": "2026-04-07T09:00"}]}
                """);
        assertThat(s.events()).extracting(e -> e.type().name())
                .containsExactly("CJIT_AWARE_OF_DESTINATION", "COURT_REMAND_OR_SENTENCE", "DIR_SENT_TO_PRISON");
        assertThat(problems("""
                {"id": "t-3", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00", "custody": {"status": "REMAND"},
                 "events": [{"type": "CJIT_AWARE_OF_DESTINATION", "at": "2026-04-02T16:00"},
                            {"type": "DIR_SENT_TO_PRISON", "at": "2026-04-09T09:00"}]}
                """)).extracting(Problem::pointer).containsExactly("/events/1/at");
    }

    @Nested
    @DisplayName("Times")
    class TimesTest {

        ZonedDateTime asOf(String text) {
            return ThroughcareJson.readSnapshot(minimal(text, "{\"status\": \"REMAND\"}")).asOf();
        }

        @Test
        @DisplayName("A local time is Europe/London: BST in summer, GMT in winter; seconds are optional")
        void localTimes() {
            assertThat(asOf("2026-04-02T16:00")).isEqualTo(london(2026, 4, 2, 16, 0));
            assertThat(asOf("2026-04-02T16:00").getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(asOf("2026-01-15T16:00:30").getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(asOf("2026-01-15T16:00:30").getSecond()).isEqualTo(30);
            assertThat(asOf("2026-01-15T16:00:30.250").getNano()).isEqualTo(250_000_000);
        }

        @Test
        @DisplayName("A time with an offset or Z is that instant, moved into Europe/London")
        void offsetTimes() {
            assertThat(asOf("2026-04-02T15:00Z")).isEqualTo(london(2026, 4, 2, 16, 0));
            assertThat(asOf("2026-04-02T17:00+02:00")).isEqualTo(london(2026, 4, 2, 16, 0));
            assertThat(asOf("2026-04-02T16:00").getZone()).isEqualTo(Times.LONDON);
            assertThat(asOf("2026-04-02T15:00Z").getZone()).isEqualTo(Times.LONDON);
        }

        @Test
        @DisplayName("A local time in the autumn fall-back hour is ambiguous; with its offset it is accepted")
        void fallBack() {
            assertThat(problems(minimal("2026-10-25T01:30", "{\"status\": \"REMAND\"}")))
                    .extracting(p -> p.pointer() + " " + p.code()).containsExactly("/asOf AMBIGUOUS_LOCAL_TIME");
            assertThat(asOf("2026-10-25T01:30+01:00")).isEqualTo(
                    ZonedDateTime.ofStrict(java.time.LocalDateTime.of(2026, 10, 25, 1, 30), ZoneOffset.ofHours(1), Times.LONDON));
            assertThat(asOf("2026-10-25T01:30+00:00").toInstant())
                    .isEqualTo(asOf("2026-10-25T01:30+01:00").toInstant().plusSeconds(3600));
            assertThat(asOf("2026-10-25T00:59")).isNotNull();
            assertThat(asOf("2026-10-25T02:00").getOffset()).isEqualTo(ZoneOffset.UTC);
        }

        @Test
        @DisplayName("A local time in the spring gap does not exist; the minutes either side of it are fine")
        void springGap() {
            assertThat(problems(minimal("2026-03-29T01:30", "{\"status\": \"REMAND\"}")))
                    .extracting(p -> p.pointer() + " " + p.code()).containsExactly("/asOf NONEXISTENT_LOCAL_TIME");
            assertThat(problems(minimal("2026-03-29T01:00", "{\"status\": \"REMAND\"}")))
                    .extracting(Problem::code).containsExactly("NONEXISTENT_LOCAL_TIME");
            assertThat(asOf("2026-03-29T00:59").getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(asOf("2026-03-29T02:00").getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(asOf("2026-03-29T01:30Z")).isEqualTo(london(2026, 3, 29, 2, 30));
        }
    }

    @Nested
    @DisplayName("Limits and broken documents")
    class Limits {

        @Test
        @DisplayName("A document over 1 MiB is rejected as TOO_LARGE, from a string and from a stream")
        void tooLarge() {
            String big = minimal("2026-04-08T10:00", "{\"status\": \"REMAND\", \"establishment\": \""
                    + "x".repeat(ThroughcareJson.MAX_DOCUMENT_BYTES) + "\"}");
            assertThat(problems(big)).extracting(p -> p.pointer() + " " + p.code()).containsExactly(" TOO_LARGE");
            InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class, () -> ThroughcareJson
                    .readSnapshot(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
            assertThat(e.problems()).extracting(Problem::code).containsExactly("TOO_LARGE");
            String multiByte = minimal("2026-04-08T10:00", "{\"status\": \"REMAND\", \"establishment\": \""
                    + "é".repeat(ThroughcareJson.MAX_DOCUMENT_BYTES / 2 + 1) + "\"}");
            assertThat(problems(multiByte)).extracting(Problem::code).containsExactly("TOO_LARGE");
        }

        @Test
        @DisplayName("More than MAX_EVENTS events are rejected once, as TOO_MANY at /events")
        void tooManyEvents() {
            StringBuilder events = new StringBuilder("[");
            for (int i = 0; i <= SnapshotValidator.MAX_EVENTS; i++) {
                events.append(i == 0 ? "" : ",").append("{\"type\":\"RELEASED\",\"at\":\"2026-01-01T00:00\"}");
            }
            String json = "{\"id\": \"t-4\", \"jurisdiction\": \"ENGLAND\", \"asOf\": \"2026-04-08T10:00\","
                    + " \"custody\": {\"status\": \"REMAND\"}, \"events\": " + events + "]}";
            assertThat(problems(json)).extracting(p -> p.pointer() + " " + p.code()).containsExactly("/events TOO_MANY");
            String exactly = json.replaceFirst("\\{\"type\":\"RELEASED\",\"at\":\"2026-01-01T00:00\"},", "");
            assertThat(ThroughcareJson.readSnapshot(exactly).events()).hasSize(SnapshotValidator.MAX_EVENTS);
        }

        @Test
        @DisplayName("A flood of problems is cut at MAX_PROBLEMS with one TOO_MANY_PROBLEMS at the end")
        void tooManyProblems() {
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i < ThroughcareJson.MAX_PROBLEMS + 50; i++) {
                fields.append(",\"junk").append(i).append("\": 1");
            }
            List<Problem> p = problems("{\"id\": \"t-5\"" + fields + "}");
            assertThat(p).hasSize(ThroughcareJson.MAX_PROBLEMS + 1);
            assertThat(p.get(p.size() - 1).code()).isEqualTo("TOO_MANY_PROBLEMS");
        }

        @Test
        @DisplayName("Malformed JSON gives one problem at the document with line and column, never a stack trace")
        void malformed() {
            List<Problem> p = problems("{\n  \"id\": \"t-6\",\n  \"jurisdiction\": ENGLAND\n}");
            assertThat(p).singleElement().satisfies(x -> {
                assertThat(x.pointer()).isEmpty();
                assertThat(x.code()).isEqualTo("MALFORMED_JSON");
                assertThat(x.message()).startsWith("malformed JSON at line 3, column ").doesNotContain("\tat ", "Exception");
            });
            assertThat(problems("{\"id\": \"t-7\"} {}")).extracting(Problem::code).containsExactly("MALFORMED_JSON");
            assertThat(problems("{\"id\": \"t-8\", /* no comments */ \"jurisdiction\": \"ENGLAND\"}"))
                    .extracting(Problem::code).containsExactly("MALFORMED_JSON");
            assertThat(problems("{\"id\": \"t-9\",}")).extracting(Problem::code).containsExactly("MALFORMED_JSON");
            assertThat(problems("   ")).extracting(Problem::message).containsExactly("the document is empty: expected a JSON object");
        }

        @Test
        @DisplayName("Absurdly deep nesting is malformed JSON, not a stack overflow")
        void deepNesting() {
            String deep = "[".repeat(JsonFormat.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonFormat.MAX_NESTING_DEPTH + 1);
            assertThat(problems("{\"id\": \"t-12\", \"x\": " + deep + "}")).singleElement()
                    .satisfies(p -> assertThat(p.code()).isEqualTo("MALFORMED_JSON"));
            String ok = "[".repeat(10) + "]".repeat(10);
            assertThat(problems("{\"id\": \"t-12\", \"x\": " + ok + "}")).extracting(Problem::code)
                    .startsWith("UNKNOWN_FIELD");
        }

        @Test
        @DisplayName("Invalid UTF-8 from a stream is malformed JSON; a UTF-8 byte-order mark is skipped")
        void encoding() {
            byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                    () -> ThroughcareJson.readSnapshot(new ByteArrayInputStream(bad)));
            assertThat(e.problems()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
            assertThat(e.problems().get(0).message()).contains("0xC3 at line 1, column 8");
            String doc = minimal("2026-04-08T10:00", "{\"status\": \"REMAND\"}");
            assertThat(ThroughcareJson.readSnapshot("\uFEFF" + doc).id()).isEqualTo("t-1");
            byte[] withBom = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8);
            assertThat(ThroughcareJson.readSnapshot(new ByteArrayInputStream(withBom)).id()).isEqualTo("t-1");
        }

        @Test
        @DisplayName("A stream that fails to read is an I/O error, not an invalid snapshot; the stream is not closed")
        void streamErrors() {
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk gone");
                }
            };
            assertThatThrownBy(() -> ThroughcareJson.readSnapshot(failing)).isInstanceOf(UncheckedIOException.class);
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream(minimal("2026-04-08T10:00", "{\"status\": \"REMAND\"}")
                    .getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            ThroughcareJson.readSnapshot(in);
            assertThat(closed[0]).isFalse();
        }

        @Test
        @DisplayName("The exception names the snapshot id when it could be read, and null when it could not")
        void exceptionCarriesId() {
            InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                    () -> ThroughcareJson.readSnapshot("{\"id\": \"t-10\", \"jurisdiction\": \"ENGLAND\"}"));
            assertThat(e.snapshotId()).isEqualTo("t-10");
            assertThat(e.getStackTrace()).isEmpty();
            e = catchThrowableOfType(InvalidSnapshotException.class, () -> ThroughcareJson.readSnapshot("{\"id\": 10}"));
            assertThat(e.snapshotId()).isNull();
        }
    }

    @Test
    @DisplayName("A time after asOf is reported in the same report as the form problems")
    void afterAsOfAlongsideForm() {
        String wellFormed = minimal("2026-04-08T10:00", "{\"status\": \"REMAND\", \"receptionAt\": \"2026-04-09T10:00\"}");
        assertThat(problems(wellFormed)).extracting(Problem::code).containsExactly("AFTER_AS_OF");
        String alsoMalformed = wellFormed.replace("\"REMAND\"", "\"REMANDED\"");
        assertThat(problems(alsoMalformed)).extracting(p -> p.pointer() + " " + p.code())
                .containsExactly("/custody/status UNKNOWN_VALUE", "/custody/receptionAt AFTER_AS_OF");
        // a planned date may lie after asOf, form problems or not
        String planned = alsoMalformed.replace("\"receptionAt\": \"2026-04-09T10:00\"",
                "\"planned\": {\"expectedRelease\": \"2026-09-01\"}");
        assertThat(problems(planned)).extracting(Problem::code).containsExactly("UNKNOWN_VALUE");
    }

    @Test
    @DisplayName("A determination made before the reception is accepted, and so is a planned date after asOf")
    void allowedOddities() {
        Snapshot s = ThroughcareJson.readSnapshot("""
                {"id": "t-11", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00",
                 "custody": {"status": "SENTENCED", "origin": "COMMUNITY_VIA_COURT", "receptionAt": "2026-04-06T14:00",
                             "sentence": {"imposedOn": "2026-04-06", "days": 120},
                             "planned": {"expectedRelease": "2026-06-05", "hdcEligibility": "2026-05-01"}},
                 "determinations": {"ppo": {"value": "YES", "determinedAt": "2026-03-01T09:00"}},
                 "events": [{"type": "CLINICAL_ASSESSMENT_COMPLETED", "at": "2025-11-02T10:00"}]}
                """);
        assertThat(s.custody().planned().expectedRelease()).isAfter(s.asOf().toLocalDate());
        assertThat(s.events()).hasSize(1);
    }
}
