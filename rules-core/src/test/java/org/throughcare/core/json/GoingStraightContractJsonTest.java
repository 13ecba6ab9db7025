package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Amendment;
import org.throughcare.core.GoingStraightContract.Party;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.GoingStraightContract.Target;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Person;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

/** The Going Straight Contract in JSON: read, written back, valid by the schema, and every mistake named. */
@DisplayName("The Going Straight Contract in JSON")
class GoingStraightContractJsonTest {

    /** Personal free text, as a caller might type it into a target: must never reach a message. */
    static final String PERSONAL = "Zebedee Quux reads with his daughter";

    static String snapshot(String contract) {
        return """
                {"id": "gsc-1", "jurisdiction": "SCOTLAND", "asOf": "2026-06-15T10:00",
                 "person": {"dateOfBirth": "1990-05-01"},
                 "custody": {"status": "SENTENCED", "receptionAt": "2026-04-01T10:00"},
                 "goingStraightContract": %s}
                """.formatted(contract);
    }

    static final String CONTRACT = """
            {"parties": [{"role": "PRISONER", "signedAt": "2026-05-20T14:00"},
                         {"role": "SUPERVISOR", "signedAt": "2026-05-20T14:05"},
                         {"role": "HOUSING"}],
             "startsOn": "2026-05-20", "endsOn": "2026-12-31", "needsAssessedAt": "2026-05-18T11:00",
             "targets": [
               {"key": "T1", "target": "Improve my reading and writing", "responsible": ["PRISONER", "TRAINING"],
                "how": "Attend the literacy course twice a week", "whenBy": "2026-09-30", "achieved": "NOT_YET",
                "reviewedAt": "2026-06-12T10:00", "endorsedBy": ["PRISONER", "SUPERVISOR"]},
               {"key": "T2", "target": "A tenancy offer before release"}],
             "amendments": [{"at": "2026-06-12T10:30", "agreedBy": ["PRISONER", "SUPERVISOR", "HOUSING"]},
                            {"at": "2026-06-13T09:00"}]}
            """;

    static List<String> problems(String json) {
        return rejected(json).problems().stream().map(p -> p.pointer() + " " + p.code()).toList();
    }

    static InvalidSnapshotException rejected(String json) {
        InvalidSnapshotException e = catchThrowableOfType(InvalidSnapshotException.class,
                () -> ThroughcareJson.readSnapshot(json));
        assertThat(e).as("should have been rejected").isNotNull();
        return e;
    }

    @Test
    @DisplayName("is read field by field, with each target's key, roles, dates and answer")
    void read() {
        GoingStraightContract c = ThroughcareJson.readSnapshot(snapshot(CONTRACT)).goingStraightContract();
        assertThat(c.parties()).containsExactly(new Party(Role.PRISONER, Fixtures.at(2026, 5, 20, 14, 0)),
                new Party(Role.SUPERVISOR, Fixtures.at(2026, 5, 20, 14, 5)), new Party(Role.HOUSING, null));
        assertThat(c.startsOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(c.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(c.needsAssessedAt()).isEqualTo(Fixtures.at(2026, 5, 18, 11, 0));
        assertThat(c.targets()).containsExactly(
                new Target("T1", "Improve my reading and writing", List.of(Role.PRISONER, Role.TRAINING),
                        "Attend the literacy course twice a week", LocalDate.of(2026, 9, 30), Achieved.NOT_YET,
                        Fixtures.at(2026, 6, 12, 10, 0), List.of(Role.PRISONER, Role.SUPERVISOR)),
                new Target("T2", "A tenancy offer before release", List.of(), null, null, Achieved.NOT_RECORDED, null,
                        List.of()));
        assertThat(c.amendments()).containsExactly(
                Amendment.of(Fixtures.at(2026, 6, 12, 10, 30), Role.PRISONER, Role.SUPERVISOR, Role.HOUSING),
                Amendment.of(Fixtures.at(2026, 6, 13, 9, 0)));
    }

    @Test
    @DisplayName("is written back to an equal snapshot, byte-identical on a second write, and valid by the schema")
    void roundTrip() {
        Snapshot s = ThroughcareJson.readSnapshot(snapshot(CONTRACT));
        String json = ThroughcareJson.writeSnapshot(s);
        Snapshot back = ThroughcareJson.readSnapshot(json);
        assertThat(back).isEqualTo(s);
        assertThat(ThroughcareJson.writeSnapshot(back)).isEqualTo(json);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, snapshot(CONTRACT))).isEmpty();
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as(json).isEmpty();
        assertThat(json).contains("\"goingStraightContract\"").doesNotContain("\"achieved\": \"NOT_RECORDED\"")
                .contains("\"achieved\": \"NOT_YET\"");
    }

    @Test
    @DisplayName("built in Java, is written and read back equal; an empty contract stays a contract; none is absent")
    void builtInJava() {
        GoingStraightContract built = GoingStraightContract.builder()
                .party(Role.PRISONER, Fixtures.at(2026, 5, 20, 14, 0)).party(Role.SUPERVISOR, null)
                .runs(LocalDate.of(2026, 5, 20), null).needsAssessedAt(Fixtures.at(2026, 5, 18, 11, 0))
                .target(Target.builder("T1", "Aim").responsible(Role.PRISONER).how("How").whenBy(LocalDate.of(2027, 1, 1))
                        .achieved(Achieved.YES, Fixtures.at(2026, 6, 1, 9, 0)).endorsedBy(Role.SUPERVISOR))
                .amendment(Fixtures.at(2026, 6, 2, 9, 0), Role.PRISONER).build();
        for (GoingStraightContract c : List.of(built, GoingStraightContract.builder().build())) {
            Snapshot s = Snapshot.builder("gsc-java", Jurisdiction.SCOTLAND, Fixtures.at(2026, 6, 15, 10, 0))
                    .person(Person.of(Sex.MALE, LocalDate.of(1990, 5, 1)))
                    .custody(Custody.builder(CustodyStatus.SENTENCED)).goingStraightContract(c).build();
            String json = ThroughcareJson.writeSnapshot(s);
            assertThat(ThroughcareJson.readSnapshot(json)).isEqualTo(s);
            assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as(json).isEmpty();
        }
        assertThat(ThroughcareJson.readSnapshot(snapshot("{}")).goingStraightContract())
                .isEqualTo(GoingStraightContract.builder().build());
        assertThat(ThroughcareJson.readSnapshot(snapshot("null")).goingStraightContract()).isNull();
        Snapshot none = ThroughcareJson.readSnapshot(snapshot("null"));
        assertThat(ThroughcareJson.writeSnapshot(none)).doesNotContain("goingStraightContract");
    }

    @Test
    @DisplayName("may state a contract that falls short of the guidance: that is for the rules to judge")
    void shortOfTheGuidanceIsValidInput() {
        String json = snapshot("""
                {"parties": [{"role": "PRISONER", "signedAt": "2026-05-01T10:00"}, {"role": "SUPERVISOR"}],
                 "needsAssessedAt": "2026-05-18T11:00",
                 "targets": [{"key": "T1", "target": "Stop offending"},
                             {"key": "T2", "target": "Get a job", "whenBy": "2027-06-30", "achieved": "NO",
                              "reviewedAt": "2026-06-01T10:00"}],
                 "amendments": [{"at": "2026-06-01T10:00", "agreedBy": ["SUPERVISOR"]},
                                {"at": "2026-06-02T10:00", "agreedBy": []}]}
                """);
        // signed before the assessment of needs, by one party only; no dates; vague targets with no one responsible,
        // no how, no endorsement; a target due after the (unrecorded) end; amendments one party or none agreed
        GoingStraightContract c = ThroughcareJson.readSnapshot(json).goingStraightContract();
        assertThat(c.targets()).hasSize(2);
        assertThat(c.amendments().get(0).agreedBy()).containsExactly(Role.SUPERVISOR);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
    }

    @Test
    @DisplayName("may plan ahead: its start, its end and a target's date may lie after asOf")
    void plannedDatesAfterAsOf() {
        String json = snapshot("""
                {"parties": [{"role": "PRISONER", "signedAt": "2026-06-15T10:00"}],
                 "startsOn": "2026-07-03", "endsOn": "2027-01-31",
                 "targets": [{"key": "T1", "target": "Aim", "whenBy": "2026-12-31"}]}
                """);
        assertThat(ThroughcareJson.readSnapshot(json).goingStraightContract().endsOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        // ... and they are not taken for events after asOf when other fields have problems
        String withFormError = json.replace("\"custody\": {", "\"custody\": {\"recepionAt\": 1, ");
        assertThat(problems(withFormError)).containsExactly("/custody/recepionAt UNKNOWN_FIELD");
    }

    @Test
    @DisplayName("never repeats a target's text, nor a rejected key, in any problem or in the exception")
    void personalTextNeverEchoed() {
        String json = snapshot("""
                {"parties": [{"role": "PRISONER"}],
                 "targets": [{"key": "%1$s", "target": "%2$s", "how": "%3$s", "endorsedBy": ["SUPERVISOR"]},
                             {"key": "T2", "target": "   ", "how": "%1$s"},
                             {"key": "T3", "target": 7, "how": ["%1$s"]}]}
                """.formatted(PERSONAL, "Zebedee Quux ".repeat(100), PERSONAL));
        InvalidSnapshotException e = rejected(json);
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code()).containsExactly(
                "/goingStraightContract/targets/2/target WRONG_TYPE",
                "/goingStraightContract/targets/2/how WRONG_TYPE");
        e = rejected(json.replace("\"target\": 7, \"how\": [\"" + PERSONAL + "\"]", "\"target\": \"Aim\""));
        assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code()).containsExactly(
                "/goingStraightContract/targets/0/key TOO_LONG",
                "/goingStraightContract/targets/0/target TOO_LONG",
                "/goingStraightContract/targets/0/endorsedBy/0 CONTRADICTION",
                "/goingStraightContract/targets/1/target REQUIRED");
        for (Problem p : e.problems()) {
            assertThat(p.toString()).doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("quux");
        }
        assertThat(e.getMessage()).doesNotContainIgnoringCase("quux");
        assertThat(e.toString()).doesNotContainIgnoringCase("quux");
    }

    @Test
    @DisplayName("takes a target key of letters and digits only, at most 16")
    void keys() {
        assertThat(problems(snapshot("{\"targets\": [{\"key\": \"T 1\", \"target\": \"Aim\"}]}")))
                .containsExactly("/goingStraightContract/targets/0/key INVALID_ID");
        assertThat(problems(snapshot("{\"targets\": [{\"key\": \"T-1\", \"target\": \"Aim\"}]}")))
                .containsExactly("/goingStraightContract/targets/0/key INVALID_ID");
        assertThat(ThroughcareJson.readSnapshot(snapshot("{\"targets\": [{\"key\": \"aim12\", \"target\": \"Aim\"}]}"))
                .goingStraightContract().targets().get(0).key()).isEqualTo("aim12");
    }

    @Test
    @DisplayName("refuses more than 100 targets or amendments without reading them")
    void tooMany() {
        String targets = "{\"key\": \"T\", \"target\": \"Aim\"},".repeat(101);
        String amendments = "{\"at\": \"2026-06-01T10:00\"},".repeat(101);
        assertThat(problems(snapshot("{\"targets\": [" + targets.substring(0, targets.length() - 1) + "], "
                + "\"amendments\": [" + amendments.substring(0, amendments.length() - 1) + "]}")))
                .containsExactly("/goingStraightContract/targets TOO_MANY", "/goingStraightContract/amendments TOO_MANY");
    }
}
