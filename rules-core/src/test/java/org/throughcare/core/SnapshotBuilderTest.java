package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.json.ThroughcareJson;

@DisplayName("Snapshots built in Java by naming each part")
class SnapshotBuilderTest {

    private static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return Times.strictLondon(LocalDateTime.of(y, m, d, h, min));
    }

    @Test
    @DisplayName("equal the snapshot the JSON reader reads from the same facts (the bundled PP2 example)")
    void sameAsJson() throws IOException {
        Snapshot fromJson = ThroughcareJson.readSnapshot(
                Files.readString(Path.of("..", "examples", "snapshots", "pp2-transfer-carat-file-missing.json")));

        Snapshot built = Snapshot.builder("ex-pp2-transfer-0410", Jurisdiction.ENGLAND, at(2026, 4, 13, 10, 0))
                .person(Person.of(Sex.FEMALE, LocalDate.of(1995, 2, 14)))
                .custody(Custody.builder(CustodyStatus.SENTENCED)
                        .establishment("HMP Example")
                        .receivedAt(at(2026, 4, 10, 14, 0))
                        .origin(Origin.OTHER_PRISON, at(2026, 4, 10, 14, 10))
                        .sentence(Sentence.ofMonths(LocalDate.of(2026, 1, 19), 18))
                        .planned(PlannedDates.none().withExpectedRelease(LocalDate.of(2026, 10, 19))
                                .withHdcEligibility(LocalDate.of(2026, 8, 7))))
                .determinations(Determinations.builder()
                        .set("stableAtReceptionScreen", TriState.YES, at(2026, 4, 10, 14, 15))
                        .set("inContactWithPreviousPrisonTeam", TriState.YES, at(2026, 4, 10, 14, 20))
                        .set("ppo", TriState.YES, at(2026, 4, 10, 14, 20))
                        .set("substanceMisuseNeed", TriState.YES, at(2026, 4, 11, 10, 0)))
                .consent(Consent.given(LocalDate.of(2026, 1, 19)))
                .event(EventType.CARAT_FILE_MISSING, at(2026, 4, 10, 15, 0))
                .event(EventType.CARAT_FILE_REQUESTED, at(2026, 4, 10, 18, 30))
                .event(EventType.CLINICAL_ASSESSMENT_COMPLETED, at(2026, 4, 11, 10, 0))
                .event(EventType.REFERRED_TO_CARATS, at(2026, 4, 11, 11, 0))
                .build();

        assertThat(built).isEqualTo(fromJson);
    }

    @Test
    @DisplayName("default what is not named, and refuse a snapshot without custody facts")
    void defaults() {
        Snapshot s = Snapshot.builder("b-1", Jurisdiction.SCOTLAND, at(2026, 4, 7, 10, 0))
                .custody(Custody.builder(CustodyStatus.REMAND)).build();
        assertThat(s.person()).isEqualTo(Person.unrecorded());
        assertThat(s.determinations()).isEqualTo(Determinations.none());
        assertThat(s.consent()).isEqualTo(Consent.notRecorded());
        assertThat(s.events()).isEmpty();
        assertThatThrownBy(() -> Snapshot.builder("b-2", Jurisdiction.ENGLAND, at(2026, 4, 7, 10, 0)).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("custody");
        Consent c = Consent.refused(LocalDate.of(2026, 5, 1)).withRiskOfHarm().withOtherLawfulException("court order");
        assertThat(c.exceptionKinds()).containsExactly("RISK_OF_HARM", "OTHER_LAWFUL_EXCEPTION");
        assertThat(Sentence.ofDays(null, 90).days()).isEqualTo(90);
    }
}
