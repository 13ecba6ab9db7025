package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

/** Event attributes in JSON: read, written back, checked against each type's declaration, never echoed. */
@DisplayName("Event attributes in JSON")
class MovementsJsonTest {

    /** A snapshot whose history is {@code events} (JSON array members), received on 6 April 2026. */
    static String withEvents(String custody, String events) {
        return "{\"id\": \"mv-1\", \"jurisdiction\": \"ENGLAND\", \"asOf\": \"2026-04-08T10:00\", \"custody\": "
                + custody + ", \"events\": [" + events + "]}";
    }

    static final String REMAND = "{\"status\": \"REMAND\", \"establishment\": \"HMP Example\"}";

    static List<Problem> problems(String json) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(json));
        assertThat(e).as("the snapshot should be rejected").isNotNull();
        return e.problems();
    }

    static List<String> pointersAndCodes(String json) {
        return problems(json).stream().map(p -> p.pointer() + " " + p.code()).toList();
    }

    @Test
    @DisplayName("are read into the event, in the declared types, and written back to an equal snapshot")
    void roundTrip() {
        String json = withEvents(REMAND, """
                {"type": "PRODUCED_AT_COURT", "at": "2026-04-01T08:00", "attributes": {"from": "HMP Alpha", "to": "Court 7"}},
                {"type": "RECEIVED_INTO_PRISON", "at": "2026-04-06T14:00",
                 "attributes": {"kind": "FROM_COURT_AFTER_OTHER_PRISON", "from": "Court 7", "to": "HMP Example"}},
                {"type": "RELEASED", "at": "2026-02-01T09:00", "attributes": {"place": "COURT", "cjitCourtWorkerPresent": false}},
                {"type": "CARAT_FILE_REQUESTED", "at": "2026-04-06T18:00", "attributes": null},
                {"type": "RETURNED_FROM_COURT", "at": "2026-04-07T18:00", "attributes": {"to": null}}""");
        Snapshot s = ThroughcareJson.readSnapshot(json);
        Event reception = s.events().get(1);
        assertThat(reception.attribute(EventAttribute.KIND)).isEqualTo(ReceptionKind.FROM_COURT_AFTER_OTHER_PRISON);
        assertThat(reception.attribute(EventAttribute.FROM, String.class)).isEqualTo("Court 7");
        assertThat(s.events().get(2).attribute(EventAttribute.PLACE)).isEqualTo(ReleasePlace.COURT);
        assertThat(s.events().get(2).attribute(EventAttribute.CJIT_COURT_WORKER_PRESENT)).isEqualTo(Boolean.FALSE);
        assertThat(s.events().get(3).attributes()).isEmpty();
        assertThat(s.events().get(4).attributes()).as("a null attribute counts as absent").isEmpty();
        String written = ThroughcareJson.writeSnapshot(s);
        assertThat(written).contains("\"attributes\": {\n        \"kind\": \"FROM_COURT_AFTER_OTHER_PRISON\",\n"
                + "        \"from\": \"Court 7\",\n        \"to\": \"HMP Example\"\n      }");
        assertThat(ThroughcareJson.readSnapshot(written)).isEqualTo(s);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, written)).isEmpty();
    }

    @Test
    @DisplayName("an attribute the event's type does not take is an unknown field, even when null")
    void notTaken() {
        String json = withEvents(REMAND, """
                {"type": "DIP_REFERRAL", "at": "2026-04-01T08:00", "attributes": {"kind": "TRANSFER"}},
                {"type": "CARAT_FILE_MISSING", "at": "2026-04-01T08:00", "attributes": {"to": null}},
                {"type": "RELEASED", "at": "2026-04-01T08:00", "attributes": {"kind": "TRANSFER"}},
                {"type": "RELEASED", "at": "2026-04-01T08:00", "attributes": {"plase": "GATE"}},
                {"type": "RELEASED", "at": "2026-04-01T08:00", "attributes": {"Zebedee Quux": "GATE"}}""");
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/kind UNKNOWN_FIELD", "/events/1/attributes/to UNKNOWN_FIELD",
                "/events/2/attributes/kind UNKNOWN_FIELD", "/events/3/attributes/plase UNKNOWN_FIELD",
                "/events/4/attributes/Zebedee Quux UNKNOWN_FIELD");
        assertThat(p.get(0).message()).isEqualTo("a DIP_REFERRAL event takes no attributes");
        assertThat(p.get(2).message()).isEqualTo("not an attribute of a RELEASED event; its attributes are: place, "
                + "cjitCourtWorkerPresent");
        assertThat(p.get(3).message()).contains("did you mean \"place\"?");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).doesNotContainIgnoringCase("zebedee"));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();
    }

    @Test
    @DisplayName("a wrong value is reported at its pointer, by what was expected, never by what was given")
    void wrongValues() {
        String json = withEvents(REMAND, """
                {"type": "RECEIVED_INTO_PRISON", "at": "2026-04-06T14:00", "attributes": {"kind": "Zebedee Quux", "from": 7}},
                {"type": "RELEASED", "at": "2026-04-01T08:00", "attributes": {"place": "gate", "cjitCourtWorkerPresent": "yes"}},
                {"type": "RETURNED_FROM_COURT", "at": "2026-04-07T08:00", "attributes": ["to"]}""");
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/kind UNKNOWN_VALUE", "/events/0/attributes/from WRONG_TYPE",
                "/events/1/attributes/place UNKNOWN_VALUE", "/events/1/attributes/cjitCourtWorkerPresent WRONG_TYPE",
                "/events/2/attributes WRONG_TYPE");
        assertThat(p.get(0).message()).startsWith("not a known kind of reception; allowed values: "
                + "FROM_COURT_AFTER_COMMUNITY, FROM_COURT_AFTER_OTHER_PRISON, TRANSFER");
        assertThat(p.get(2).message()).contains("did you mean \"GATE\"?");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).doesNotContainIgnoringCase("zebedee")
                .doesNotContain("\"yes\""));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();
    }

    @Test
    @DisplayName("a missing required attribute is reported by the reader, with what the attribute is")
    void required() {
        String json = withEvents(REMAND, """
                {"type": "TRANSFERRED_OUT", "at": "2026-04-01T08:00"},
                {"type": "PRODUCED_AT_COURT", "at": "2026-04-02T08:00", "attributes": {"from": "HMP Example", "to": null}}""");
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/to REQUIRED", "/events/1/attributes/to REQUIRED");
        assertThat(p.get(0).message()).isEqualTo("a TRANSFERRED_OUT event needs to: the prison or court the person was "
                + "taken to (its establishment or court code)");
        for (String one : List.of("{\"type\": \"TRANSFERRED_OUT\", \"at\": \"2026-04-01T08:00\"}",
                "{\"type\": \"PRODUCED_AT_COURT\", \"at\": \"2026-04-02T08:00\", \"attributes\": {\"to\": null}}")) {
            assertThat(Schemas.complaints(Schemas.SNAPSHOT, withEvents(REMAND, one))).as(one).isNotEmpty();
        }
    }

    @Test
    @DisplayName("a blank or over-long code and an unqualified companion are reported by the validator")
    void blankLongAndCompanion() {
        String json = withEvents(REMAND, """
                {"type": "PRODUCED_AT_COURT", "at": "2026-04-03T08:00", "attributes": {"to": "  "}},
                {"type": "RETURNED_FROM_COURT", "at": "2026-04-03T18:00", "attributes": {"to": "%s"}},
                {"type": "RELEASED", "at": "2026-04-04T08:00", "attributes": {"place": "GATE", "cjitCourtWorkerPresent": true}},
                {"type": "RELEASED", "at": "2026-04-05T08:00", "attributes": {"cjitCourtWorkerPresent": false}}"""
                .formatted("x".repeat(201)));
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/to REQUIRED", "/events/1/attributes/to TOO_LONG",
                "/events/2/attributes/cjitCourtWorkerPresent WITHOUT_VALUE",
                "/events/3/attributes/cjitCourtWorkerPresent WITHOUT_VALUE");
        assertThat(p.get(0).message()).isEqualTo("to must not be blank: give the establishment or court code, or "
                + "leave it out");
        assertThat(p.get(2).message()).isEqualTo("cjitCourtWorkerPresent qualifies a RELEASED event whose place is "
                + "COURT: give place COURT with it, or leave it out");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).doesNotContain("xxx"));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();
        String companion = withEvents(REMAND, "{\"type\": \"RELEASED\", \"at\": \"2026-04-05T08:00\","
                + " \"attributes\": {\"cjitCourtWorkerPresent\": false}}");
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, companion)).isNotEmpty();
    }

    @Test
    @DisplayName("attributes of an event with a missing or unknown type are checked for their own form only")
    void unknownType() {
        String json = withEvents(REMAND, """
                {"type": "MAYBE", "at": "2026-04-01T08:00", "attributes": {"kind": "TRANSFER", "colour": 1}},
                {"at": "2026-04-01T08:00", "attributes": {"place": "NOWHERE"}}""");
        assertThat(pointersAndCodes(json)).containsExactly("/events/0/type UNKNOWN_VALUE",
                "/events/0/attributes/colour UNKNOWN_FIELD", "/events/1/type REQUIRED",
                "/events/1/attributes/place UNKNOWN_VALUE");
    }

    @Test
    @DisplayName("custody.origin may rest on a reception event instead of custody.receptionAt, for the schema too")
    void originWithAReceptionEvent() {
        String json = withEvents("{\"status\": \"REMAND\", \"origin\": \"OTHER_PRISON\"}",
                "{\"type\": \"RECEIVED_INTO_PRISON\", \"at\": \"2026-04-06T14:00\"}");
        assertThat(ThroughcareJson.readSnapshot(json).custody().origin()).isNotNull();
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
        String none = withEvents("{\"status\": \"REMAND\", \"origin\": \"OTHER_PRISON\"}",
                "{\"type\": \"TRANSFERRED_OUT\", \"at\": \"2026-04-06T14:00\", \"attributes\": {\"to\": \"HMP B\"}}");
        assertThat(pointersAndCodes(none)).containsExactly("/custody/origin BEFORE_RECEPTION");
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, none)).isNotEmpty();
    }

    @Test
    @DisplayName("contradictions between the custody facts and the movements name both places")
    void contradictions() {
        String json = withEvents("{\"status\": \"REMAND\", \"origin\": \"OTHER_PRISON\", \"receptionAt\": \"2026-04-06T14:00\"}",
                """
                {"type": "RECEIVED_INTO_PRISON", "at": "2026-04-07T09:00", "attributes": {"kind": "RECALL_WITHOUT_COURT"}},
                {"type": "PRODUCED_AT_COURT", "at": "2026-04-07T10:00", "attributes": {"from": "HMP Example", "to": "Court 7"}},
                {"type": "RETURNED_FROM_COURT", "at": "2026-04-07T17:00", "attributes": {"to": "HMP Elsewhere"}}""");
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/custody/receptionAt CONTRADICTION", "/custody/origin CONTRADICTION",
                "/events/2/attributes/to CONTRADICTION");
        assertThat(p.get(0).message()).contains("/events/0").contains("2026-04-07T09:00:00+01:00");
        assertThat(p.get(1).message()).contains("/events/0/attributes/kind").contains("RECALL_WITHOUT_COURT")
                .contains("OTHER_COMMUNITY");
        assertThat(p.get(2).message()).contains("/events/1/attributes/from").doesNotContain("HMP Elsewhere")
                .doesNotContain("HMP Example");
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as("the schema cannot say these").isEmpty();
    }

    @Test
    @DisplayName("an earlier reception event does not contradict custody.receptionAt; an equal one must agree on origin")
    void agreeing() {
        String json = withEvents("{\"status\": \"REMAND\", \"origin\": \"OTHER_PRISON\", \"receptionAt\": \"2026-04-06T14:00\"}",
                """
                {"type": "RECEIVED_INTO_PRISON", "at": "2025-11-01T14:00", "attributes": {"kind": "RECALL_WITHOUT_COURT"}},
                {"type": "RELEASED", "at": "2026-01-01T09:00", "attributes": {"place": "GATE"}},
                {"type": "RECEIVED_INTO_PRISON", "at": "2026-04-06T14:00", "attributes": {"kind": "TRANSFER"}}""");
        assertThat(ThroughcareJson.readSnapshot(json).events()).hasSize(3);
    }
}
