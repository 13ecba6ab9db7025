package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.fact.ConsentFacts;

@DisplayName("The consent exceptions that can apply")
class ConsentFactsTest {

    @Test
    @DisplayName("a Restriction on Bail counts only for a person in the community, never in custody")
    void restrictionOnBail() {
        Consent c = Consent.refused(LocalDate.of(2026, 4, 13)).withRestrictionOnBail().withRiskOfHarm();
        assertThat(new ConsentFacts(c, CustodyStatus.REMAND).getExceptions()).containsExactly("RISK_OF_HARM");
        assertThat(new ConsentFacts(c, CustodyStatus.SENTENCED).getExceptions()).containsExactly("RISK_OF_HARM");
        assertThat(new ConsentFacts(c, CustodyStatus.RELEASED).getExceptions())
                .containsExactly("RISK_OF_HARM", "RESTRICTION_ON_BAIL");
        Consent bailOnly = Consent.refused(LocalDate.of(2026, 4, 13)).withRestrictionOnBail();
        assertThat(new ConsentFacts(bailOnly, CustodyStatus.REMAND).isExceptionApplies()).isFalse();
        assertThat(new ConsentFacts(bailOnly, CustodyStatus.RELEASED).isExceptionApplies()).isTrue();
    }
}
