package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.fact.ConsentFacts;

@DisplayName("Consent as a timeline, and the exceptions that can apply")
class ConsentFactsTest {

    static ZonedDateTime at(int m, int d, int h) {
        return ZonedDateTime.of(2026, m, d, h, 0, 0, 0, Times.LONDON);
    }

    static final ZonedDateTime AS_OF = at(5, 1, 12);

    @Test
    @DisplayName("a Restriction on Bail counts only for a person in the community, never in custody")
    void restrictionOnBail() {
        Consent c = Consent.refused(LocalDate.of(2026, 4, 13)).withRestrictionOnBail().withRiskOfHarm();
        assertThat(new ConsentFacts(c, false, AS_OF, null).getExceptions()).containsExactly("RISK_OF_HARM");
        assertThat(new ConsentFacts(c, true, AS_OF, null).getExceptions())
                .containsExactly("RISK_OF_HARM", "RESTRICTION_ON_BAIL");
        Consent bailOnly = Consent.refused(LocalDate.of(2026, 4, 13)).withRestrictionOnBail();
        assertThat(new ConsentFacts(bailOnly, false, AS_OF, null).isExceptionApplies()).isFalse();
        assertThat(new ConsentFacts(bailOnly, true, AS_OF, null).isExceptionApplies()).isTrue();
    }

    @Test
    @DisplayName("the status at an instant is the latest decision at or before it, whatever order they were given in")
    void statusAtAnInstant() {
        Consent c = Consent.notRecorded()
                .then(ConsentDecision.of(ConsentStatus.WITHDRAWN, at(4, 10, 9)))
                .then(ConsentDecision.of(ConsentStatus.GIVEN, at(3, 1, 10)))
                .then(ConsentDecision.of(ConsentStatus.GIVEN, at(4, 20, 14)));
        assertThat(c.statusAt(at(2, 28, 12), null)).isEqualTo(ConsentStatus.NOT_RECORDED);
        assertThat(c.statusAt(at(3, 1, 10), null)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(c.statusAt(at(4, 15, 0), null)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(c.statusAt(at(4, 20, 14), null)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(c.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(c.givenAfter(at(4, 15, 0), null)).map(ConsentDecision::at).contains(at(4, 20, 14));
        ConsentFacts atAsOf = new ConsentFacts(c, false, at(4, 15, 0), null);
        assertThat(atAsOf.getStatus()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(atAsOf.getDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    @DisplayName("a decision scoped to purposes counts only for them; one with none counts for every purpose")
    void purposes() {
        Consent c = Consent.notRecorded()
                .then(new ConsentDecision(ConsentStatus.GIVEN, at(3, 1, 10), List.of(SharingPurpose.RECOVERY_PLAN_SHARING)))
                .then(new ConsentDecision(ConsentStatus.REFUSED, at(3, 2, 10), List.of(SharingPurpose.CARE_PLAN_TRANSFER)));
        assertThat(c.statusAt(AS_OF, SharingPurpose.RECOVERY_PLAN_SHARING)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(c.statusAt(AS_OF, SharingPurpose.CARE_PLAN_TRANSFER)).isEqualTo(ConsentStatus.REFUSED);
        assertThat(c.statusAt(AS_OF, SharingPurpose.CONTINUITY_OF_CARE)).isEqualTo(ConsentStatus.NOT_RECORDED);
        assertThat(Consent.given(LocalDate.of(2026, 3, 1)).statusAt(AS_OF, SharingPurpose.AFTERCARE_REFERRAL))
                .isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    @DisplayName("an exception applies from the instant it arose until it ended; one without a time applies throughout")
    void exceptionsInTime() {
        Consent c = Consent.refused(LocalDate.of(2026, 3, 1))
                .with(new ExceptionToConsent(ExceptionToConsent.Kind.RISK_OF_HARM, at(4, 1, 9), at(4, 8, 9), null));
        assertThat(c.exceptionsAt(at(3, 31, 23))).isEmpty();
        assertThat(c.exceptionsAt(at(4, 1, 9))).hasSize(1);
        assertThat(c.exceptionsAt(at(4, 8, 9))).isEmpty();
        assertThat(new ConsentFacts(c, false, at(4, 2, 9), null).getExceptions()).containsExactly("RISK_OF_HARM");
        assertThat(new ConsentFacts(c, false, AS_OF, null).isExceptionApplies()).isFalse();
        assertThat(Consent.refused(LocalDate.of(2026, 3, 1)).withRiskOfHarm().exceptionsAt(at(1, 1, 0))).hasSize(1);
    }

    @Test
    @DisplayName("the one-decision form: a day is taken from its start; NOT_RECORDED has no date; toString holds no reason")
    void oneDecisionForm() {
        Consent c = Consent.oneDecision(ConsentStatus.WITHDRAWN, LocalDate.of(2026, 4, 10), true, false, false,
                "court order");
        assertThat(c.decisions()).singleElement().satisfies(d -> assertThat(d.at()).isEqualTo(at(4, 10, 0)));
        assertThat(c.exceptionKinds()).containsExactly("RISK_OF_HARM", "OTHER_LAWFUL_EXCEPTION");
        assertThat(c.fitsOneDecisionForm()).isTrue();
        assertThat(c.then(ConsentDecision.of(ConsentStatus.GIVEN, at(4, 20, 14))).fitsOneDecisionForm()).isFalse();
        assertThat(c.toString()).doesNotContain("court");
        assertThatThrownBy(() -> Consent.decided(ConsentStatus.NOT_RECORDED, LocalDate.of(2026, 4, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsentDecision.of(ConsentStatus.NOT_RECORDED, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
