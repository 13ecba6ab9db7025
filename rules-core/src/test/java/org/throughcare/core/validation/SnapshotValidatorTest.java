package org.throughcare.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;

class SnapshotValidatorTest {

    static final ZonedDateTime AS_OF = at(2026, 4, 8, 10, 0);
    static final ZonedDateTime RECEPTION = at(2026, 4, 6, 14, 0);

    static ZonedDateTime at(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, Times.LONDON);
    }

    static Custody received(Sentence sentence, PlannedDates planned) {
        return new Custody(CustodyStatus.SENTENCED, "HMP Example", Origin.OTHER_PRISON, RECEPTION.plusMinutes(10),
                RECEPTION, sentence, planned);
    }

    static Snapshot snapshot(Person person, Custody custody, Determinations d, Consent consent, Dir dir, Event... events) {
        return new Snapshot("v-1", Jurisdiction.ENGLAND, AS_OF, person, custody, d, consent, dir, List.of(events));
    }

    static List<String> problems(Snapshot s) {
        return SnapshotValidator.validate(s).stream().map(p -> p.pointer() + " " + p.code()).toList();
    }

    @Test
    @DisplayName("A plain received prisoner with a sensible history has no problems")
    void valid() {
        Snapshot s = snapshot(new Person(Sex.MALE, LocalDate.of(1990, 5, 1)), received(null, null), null,
                Consent.given(LocalDate.of(2026, 3, 1)), new Dir(LocalDate.of(2026, 2, 10)),
                Event.of(EventType.CARAT_FILE_MISSING, at(2026, 4, 6, 15, 0)));
        assertThat(SnapshotValidator.validate(s)).isEmpty();
    }

    @Test
    @DisplayName("A date of birth after asOf is impossible, and is reported once (not again as every fact before birth)")
    void bornAfterAsOf() {
        Snapshot s = snapshot(new Person(Sex.MALE, LocalDate.of(2026, 4, 9)), received(null, null), null, null, null,
                Event.of(EventType.CARAT_FILE_MISSING, at(2026, 4, 6, 15, 0)));
        assertThat(problems(s)).containsExactly("/person/dateOfBirth AFTER_AS_OF");
        Snapshot onTheDay = snapshot(new Person(Sex.MALE, LocalDate.of(2026, 4, 8)),
                new Custody(CustodyStatus.REMAND, null, null, null, null, null, null), null, null, null);
        assertThat(problems(onTheDay)).isEmpty();
    }

    @Test
    @DisplayName("Facts dated before the date of birth are impossible; facts on the birthday are not")
    void beforeBirth() {
        LocalDate born = LocalDate.of(2026, 4, 6);
        Snapshot s = snapshot(new Person(Sex.FEMALE, born),
                received(new Sentence(LocalDate.of(2026, 4, 5), 10, null), null),
                Determinations.builder().set("ppo", Determination.yes(at(2026, 4, 5, 23, 59))).build(),
                Consent.oneDecision(ConsentStatus.GIVEN, LocalDate.of(2026, 4, 5), false, false, false, null),
                new Dir(LocalDate.of(2026, 4, 6)),
                Event.of(EventType.DIP_REFERRAL, at(2026, 4, 5, 12, 0)),
                Event.of(EventType.DIP_REFERRAL, at(2026, 4, 6, 0, 0)));
        assertThat(problems(s)).containsExactly("/custody/sentence/imposedOn BEFORE_BIRTH",
                "/determinations/ppo/determinedAt BEFORE_BIRTH", "/consent/date BEFORE_BIRTH", "/events/0/at BEFORE_BIRTH");
    }

    @Test
    @DisplayName("Planned dates may lie after asOf, but not before the sentence was imposed")
    void plannedDates() {
        Sentence sentence = new Sentence(LocalDate.of(2026, 3, 1), null, 6);
        assertThat(problems(snapshot(null, received(sentence, new PlannedDates(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 3, 1))), null, null, null))).isEmpty();
        assertThat(problems(snapshot(null, received(sentence, new PlannedDates(LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 2, 1), null)), null, null, null)))
                .containsExactly("/custody/planned/expectedRelease BEFORE_SENTENCE", "/custody/planned/hdcEligibility BEFORE_SENTENCE");
    }

    @Test
    @DisplayName("A determination made before the reception is fine (it may have come from the CJIT)")
    void determinationBeforeReception() {
        Snapshot s = snapshot(null, received(null, null),
                Determinations.builder().set("ppo", Determination.yes(at(2026, 3, 1, 9, 0)))
                        .set("problematicDrugUse", Determination.yes(RECEPTION.minusDays(1)))
                        .set("inContactWithCjit", Determination.yes(at(2025, 12, 1, 9, 0))).build(), null, null);
        assertThat(problems(s)).isEmpty();
    }

    @Test
    @DisplayName("A non-pre-entry event before the reception is accepted: it may belong to an earlier custody period")
    void earlierPeriodEvents() {
        Snapshot withoutRelease = snapshot(null, received(null, null), null, null, null,
                Event.of(EventType.CLINICAL_ASSESSMENT_COMPLETED, at(2026, 4, 1, 10, 0)),
                Event.of(EventType.CARATS_FIRST_CONTACT, RECEPTION.minusMinutes(1)));
        assertThat(problems(withoutRelease)).isEmpty();
        Snapshot withRelease = snapshot(null, received(null, null), null, null, null,
                Event.of(EventType.RELEASED, at(2026, 1, 5, 9, 0)),
                Event.of(EventType.CLINICAL_ASSESSMENT_COMPLETED, at(2026, 2, 1, 10, 0)));
        assertThat(problems(withRelease)).isEmpty();
    }

    @Test
    @DisplayName("Events after asOf remain impossible, by even one second")
    void eventsAfterAsOf() {
        Snapshot s = snapshot(null, received(null, null), null, null, null,
                Event.of(EventType.CARAT_FILE_MISSING, AS_OF),
                Event.of(EventType.CARAT_FILE_REQUESTED, AS_OF.plusSeconds(1)));
        assertThat(SnapshotValidator.validate(s)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/events/1/at");
            assertThat(p.code()).isEqualTo("AFTER_AS_OF");
            assertThat(p.message()).contains("2026-04-08T10:00:01+01:00", "asOf (2026-04-08T10:00:00+01:00)");
        });
    }

    @Test
    @DisplayName("asOf must lie in 1990 to 2099, the years the business calendars can compute deadlines for")
    void asOfRange() {
        for (ZonedDateTime asOf : List.of(at(1990, 1, 1, 0, 0), at(2099, 12, 31, 23, 59))) {
            Snapshot ok = new Snapshot("v-2", Jurisdiction.ENGLAND, asOf, null,
                    new Custody(CustodyStatus.REMAND, null, null, null, null, null, null), null, null, null, null);
            assertThat(problems(ok)).isEmpty();
        }
        for (ZonedDateTime asOf : List.of(at(1989, 12, 31, 23, 59), at(2100, 1, 1, 0, 0))) {
            Snapshot bad = new Snapshot("v-2", Jurisdiction.ENGLAND, asOf, null,
                    new Custody(CustodyStatus.REMAND, null, null, null, null, null, null), null, null, null, null);
            assertThat(problems(bad)).containsExactly("/asOf OUT_OF_RANGE");
        }
    }

    @Test
    @DisplayName("Over-long texts are rejected: establishment over 200 characters, exception reason over 1000")
    void textLimits() {
        Custody c = new Custody(CustodyStatus.REMAND, "x".repeat(SnapshotValidator.MAX_ESTABLISHMENT_LENGTH + 1), null,
                null, null, null, null);
        Consent consent = Consent.oneDecision(ConsentStatus.REFUSED, LocalDate.of(2026, 3, 1), false, false, false,
                "y".repeat(SnapshotValidator.MAX_REASON_LENGTH + 1));
        assertThat(problems(snapshot(null, c, null, consent, null)))
                .containsExactly("/custody/establishment TOO_LONG", "/consent/exceptions/otherLawfulException TOO_LONG");
        Custody atLimit = new Custody(CustodyStatus.REMAND, "x".repeat(SnapshotValidator.MAX_ESTABLISHMENT_LENGTH), null,
                null, null, null, null);
        assertThat(problems(snapshot(null, atLimit, null, null, null))).isEmpty();
    }

    @Test
    @DisplayName("Every code the validator gives is a documented problem code")
    void codesDocumented() {
        Snapshot everything = new Snapshot("Jane Doe", Jurisdiction.ENGLAND, at(2100, 1, 1, 0, 0),
                new Person(Sex.MALE, LocalDate.of(2000, 1, 1)),
                new Custody(CustodyStatus.REMAND, null, null, at(2100, 1, 2, 0, 0), at(2100, 1, 2, 0, 0),
                        new Sentence(LocalDate.of(1999, 1, 1), 1, 1), new PlannedDates(LocalDate.of(1998, 1, 1), null, null)),
                null, Consent.oneDecision(ConsentStatus.REFUSED, LocalDate.of(1999, 1, 1), false, false, false, " ")
                        .with(new ExceptionToConsent(ExceptionToConsent.Kind.RISK_OF_HARM, at(2100, 1, 3, 0, 0),
                                at(2100, 1, 2, 0, 0), "x")),
                null, List.of());
        assertThat(SnapshotValidator.validate(everything)).extracting(Problem::code).allSatisfy(
                code -> assertThat(ProblemCodes.ALL).contains(code));
        assertThat(ProblemCodes.ALL).doesNotHaveDuplicates();
    }
}
