package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;

/** The consent timeline in JSON: both forms read, the timeline written back, every mistake named. */
class ConsentTimelineJsonTest {

    static String snapshot(String consent) {
        return """
                {"id": "consent-1", "jurisdiction": "ENGLAND", "asOf": "2026-04-20T10:00",
                 "person": {"dateOfBirth": "1990-01-01"},
                 "custody": {"status": "REMAND"}, "consent": %s}
                """.formatted(consent);
    }

    static final String TIMELINE = """
            {"decisions": [
               {"status": "GIVEN", "at": "2026-03-01T10:00", "purposes": ["CONTINUITY_OF_CARE"]},
               {"status": "WITHDRAWN", "at": "2026-04-10T09:15"}],
             "exceptions": [
               {"kind": "RISK_OF_HARM", "from": "2026-04-12T08:00", "until": "2026-04-15T08:00"},
               {"kind": "OTHER_LAWFUL_EXCEPTION", "from": "2026-04-16T11:00", "reason": "court order 12"}]}
            """;

    static List<String> problems(String json) {
        try {
            ThroughcareJson.readSnapshot(json);
        } catch (InvalidSnapshotException e) {
            return e.problems().stream().map(p -> p.pointer() + " " + p.code()).toList();
        }
        throw new AssertionError("read, but should have been rejected");
    }

    @Test
    @DisplayName("The timeline is read, judged at each instant, written back as a timeline, and valid by the schema")
    void timelineRoundTrip() {
        String json = snapshot(TIMELINE);
        Consent c = ThroughcareJson.readSnapshot(json).consent();
        assertThat(c.decisions()).containsExactly(
                new ConsentDecision(ConsentStatus.GIVEN, Fixtures.at(2026, 3, 1, 10, 0), List.of(SharingPurpose.CONTINUITY_OF_CARE)),
                ConsentDecision.of(ConsentStatus.WITHDRAWN, Fixtures.at(2026, 4, 10, 9, 15)));
        assertThat(c.statusAt(Fixtures.at(2026, 4, 10, 9, 14), SharingPurpose.CONTINUITY_OF_CARE)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(c.statusAt(Fixtures.at(2026, 4, 10, 9, 15), SharingPurpose.CONTINUITY_OF_CARE)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(c.exceptionsAt(Fixtures.at(2026, 4, 13, 0, 0))).extracting(ExceptionToConsent::kind)
                .containsExactly(ExceptionToConsent.Kind.RISK_OF_HARM);
        assertThat(c.exceptionsAt(Fixtures.at(2026, 4, 15, 8, 0))).isEmpty();
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();

        String written = ThroughcareJson.writeSnapshot(ThroughcareJson.readSnapshot(json));
        assertThat(written).contains("\"decisions\"").doesNotContain("\"date\"");
        assertThat(ThroughcareJson.readSnapshot(written).consent()).isEqualTo(c);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, written)).isEmpty();
    }

    @Test
    @DisplayName("The one-decision form reads as one decision at the start of its day, and is written back unchanged")
    void oneDecisionForm() {
        String json = snapshot("{\"status\": \"REFUSED\", \"date\": \"2026-04-01\", \"exceptions\": {\"riskOfHarm\": true}}");
        Snapshot s = ThroughcareJson.readSnapshot(json);
        assertThat(s.consent()).isEqualTo(Consent.refused(java.time.LocalDate.of(2026, 4, 1)).withRiskOfHarm());
        String written = ThroughcareJson.writeSnapshot(s);
        assertThat(written).contains("\"status\": \"REFUSED\"").contains("\"riskOfHarm\": true")
                .doesNotContain("decisions");
    }

    @Test
    @DisplayName("Mixing the forms, a NOT_RECORDED decision, a missing time: each is named")
    void formProblems() {
        assertThat(problems(snapshot("{\"status\": \"GIVEN\", \"date\": \"2026-03-01\", \"decisions\": []}")))
                .containsExactly("/consent/status AMBIGUOUS", "/consent/date AMBIGUOUS");
        assertThat(problems(snapshot("{\"decisions\": [], \"exceptions\": {\"riskOfHarm\": true}}")))
                .containsExactly("/consent/exceptions WRONG_TYPE");
        assertThat(problems(snapshot("{\"decisions\": [{\"status\": \"NOT_RECORDED\", \"at\": \"2026-03-01T10:00\"},"
                + " {\"status\": \"GIVEN\"}, 7, {\"status\": \"GIVEN\", \"at\": \"2026-03-01T10:00\", \"purposes\": [\"FUN\"]}]}")))
                .containsExactly("/consent/decisions/0/status UNKNOWN_VALUE", "/consent/decisions/1/at REQUIRED",
                        "/consent/decisions/2 WRONG_TYPE", "/consent/decisions/3/purposes/0 UNKNOWN_VALUE");
        assertThat(problems(snapshot("{\"decisions\": [], \"exceptions\": [{\"kind\": \"RISK_OF_HARM\"}, {\"from\":"
                + " \"2026-03-01T10:00\", \"why\": 1}]}")))
                .containsExactly("/consent/exceptions/0/from REQUIRED", "/consent/exceptions/1/why UNKNOWN_FIELD",
                        "/consent/exceptions/1/kind REQUIRED");
        // found by the fuzz suite: a null in the list of purposes was dropped silently
        assertThat(problems(snapshot("{\"decisions\": [{\"status\": \"GIVEN\", \"at\": \"2026-03-01T10:00\","
                + " \"purposes\": [null]}]}"))).containsExactly("/consent/decisions/0/purposes/0 WRONG_TYPE");
    }

    @Test
    @DisplayName("Meaning: two decisions at one instant, an exception ending before it arose, a reason where none belongs")
    void meaningProblems() {
        assertThat(problems(snapshot("""
                {"decisions": [{"status": "GIVEN", "at": "2026-03-01T10:00"}, {"status": "REFUSED", "at": "2026-03-01T10:00"},
                               {"status": "GIVEN", "at": "2026-05-01T10:00"}, {"status": "GIVEN", "at": "1989-12-31T10:00"}],
                 "exceptions": [{"kind": "RISK_OF_HARM", "from": "2026-04-12T08:00", "until": "2026-04-12T08:00",
                                 "reason": "x"},
                                {"kind": "OTHER_LAWFUL_EXCEPTION", "from": "2026-04-21T08:00"}]}
                """)))
                .containsExactly("/consent/decisions/1 AMBIGUOUS", "/consent/decisions/2/at AFTER_AS_OF",
                        "/consent/decisions/3/at BEFORE_BIRTH", "/consent/exceptions/0/reason WITHOUT_VALUE",
                        "/consent/exceptions/0/until ENDS_BEFORE_START", "/consent/exceptions/1/reason REASON_REQUIRED",
                        "/consent/exceptions/1/from AFTER_AS_OF");
    }

    @Test
    @DisplayName("A free-text reason is never repeated in a message, and a refused reason is not echoed")
    void reasonNeverEchoed() {
        assertThatThrownBy(() -> ThroughcareJson.readSnapshot(snapshot("""
                {"decisions": [], "exceptions": [{"kind": "RISK_OF_HARM", "from": "2026-04-12T08:00",
                 "reason": "Zebedee Quux said so"}]}""")))
                .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.message()).doesNotContain("Zebedee")));
        assertThat(ThroughcareJson.readSnapshot(snapshot(TIMELINE)).consent().toString()).doesNotContain("court");
    }
}
