package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.fact.CaseFacts;

@DisplayName("The case fact the rules match")
class CaseFactsTest {

    @Test
    @DisplayName("shows the rules age, sex, the sentence and the planned dates, and prints none of the person's facts")
    void personAndCustodyFacts() {
        Snapshot s = Snapshot.builder("cf-1", Jurisdiction.SCOTLAND, Times.strictLondon(LocalDateTime.of(2026, 6, 1, 10, 0)))
                .person(Person.of(Sex.MALE, LocalDate.of(2005, 6, 2)))
                .custody(Custody.builder(CustodyStatus.SENTENCED)
                        .sentence(Sentence.ofDays(LocalDate.of(2023, 6, 1), 120))
                        .planned(PlannedDates.none().withExpectedRelease(LocalDate.of(2026, 9, 1))))
                .build();
        CaseFacts f = new CaseFacts(s, "PP2");
        assertThat(f.getSex()).isEqualTo(Sex.MALE);
        assertThat(f.getAgeAtAsOf()).isEqualTo(20);          // the day before the 21st birthday
        assertThat(f.getAgeAtSentence()).isEqualTo(17);      // the day before the 18th birthday
        assertThat(f.getSentenceDays()).isEqualTo(120);
        assertThat(f.getSentenceMonths()).isNull();
        assertThat(f.getExpectedRelease()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(f.getHdcEligibility()).isNull();
        assertThat(f.toString()).doesNotContain("2005").doesNotContain("MALE").doesNotContain("20");

        CaseFacts unknown = new CaseFacts(Snapshot.builder("cf-2", Jurisdiction.ENGLAND,
                Times.strictLondon(LocalDateTime.of(2026, 6, 1, 10, 0))).custody(Custody.builder(CustodyStatus.REMAND))
                .build(), "PP2");
        assertThat(unknown.getAgeAtAsOf()).isNull();
        assertThat(unknown.getAgeAtSentence()).isNull();
        assertThat(unknown.getSex()).isEqualTo(Sex.NOT_RECORDED);
    }
}
