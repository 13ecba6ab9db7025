package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.PlannedDate;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;

/** The planned dates follow their one declaration ({@link PlannedDate}): read, written, checked. */
class PlannedDatesJsonTest {

    static String snapshot(String planned) {
        return """
                {"id": "planned-1", "jurisdiction": "ENGLAND", "asOf": "2026-04-20T10:00",
                 "custody": {"status": "SENTENCED", "sentence": {"imposedOn": "2026-01-12", "months": 20},
                             "planned": %s}}
                """.formatted(planned);
    }

    @Test
    @DisplayName("Approved HDC and ECL release dates are read apart from HDC eligibility, and written back")
    void approvedDates() {
        String json = snapshot("{\"hdcEligibility\": \"2026-06-01\", \"approvedHdcRelease\": \"2026-06-15\","
                + " \"approvedEclRelease\": \"2026-07-01\"}");
        Snapshot s = ThroughcareJson.readSnapshot(json);
        PlannedDates p = s.custody().planned();
        assertThat(p.hdcEligibility()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(p.get(PlannedDate.APPROVED_HDC_RELEASE)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(p.get(PlannedDate.APPROVED_ECL_RELEASE)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p.expectedRelease()).isNull();
        assertThat(ThroughcareJson.readSnapshot(ThroughcareJson.writeSnapshot(s))).isEqualTo(s);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
        assertThat(p.toString()).doesNotContain("2026");
    }

    @Test
    @DisplayName("Every planned date is checked against the sentence, and an unknown one is named")
    void checks() {
        assertThatThrownBy(() -> ThroughcareJson.readSnapshot(snapshot("{\"approvedEclRelease\": \"2025-12-01\"}")))
                .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.problems())
                        .extracting(x -> x.pointer() + " " + x.code())
                        .containsExactly("/custody/planned/approvedEclRelease BEFORE_SENTENCE"));
        assertThatThrownBy(() -> ThroughcareJson.readSnapshot(snapshot("{\"approvedHdcReleas\": \"2026-06-15\"}")))
                .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(x -> assertThat(x.message()).contains("approvedHdcRelease")));
    }
}
