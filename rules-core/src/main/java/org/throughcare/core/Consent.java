package org.throughcare.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Consent to information sharing and the exceptions to it (England 2009 Annex A; catalogue ENG-COC-CONS-06/07/11).
 * The list of exceptions in the guidance is open ("e.g."), so any other lawful exception is recorded with its reason.
 *
 * @param status                   given / refused / withdrawn / not recorded; never null
 * @param date                     the date of the decision (given, refused or withdrawn); null only when NOT_RECORDED
 * @param riskOfHarm               the client may be likely to harm themselves or another person
 * @param requiredAssessment       a Required Assessment (Drugs Act 2005) applies
 * @param restrictionOnBail        a Restriction on Bail applies and the CJIT is responsible for its conditions
 * @param otherLawfulException     the reason for any other exception under existing confidentiality arrangements,
 *                                 or null when there is none (a blank reason is rejected)
 */
public record Consent(ConsentStatus status, LocalDate date, boolean riskOfHarm, boolean requiredAssessment,
                      boolean restrictionOnBail, String otherLawfulException) {
    public Consent {
        Objects.requireNonNull(status, "status");
    }

    /** @return no consent decision recorded, no exception. */
    public static Consent notRecorded() {
        return new Consent(ConsentStatus.NOT_RECORDED, null, false, false, false, null);
    }

    /** @return consent given on {@code date}. */
    public static Consent given(LocalDate date) {
        return new Consent(ConsentStatus.GIVEN, date, false, false, false, null);
    }

    /** @return the exceptions that apply, by code, in a fixed order (empty when none). */
    public List<String> exceptions() {
        List<String> out = new ArrayList<>();
        if (riskOfHarm) {
            out.add("RISK_OF_HARM");
        }
        if (requiredAssessment) {
            out.add("REQUIRED_ASSESSMENT");
        }
        if (restrictionOnBail) {
            out.add("RESTRICTION_ON_BAIL");
        }
        if (otherLawfulException != null && !otherLawfulException.isBlank()) {
            out.add("OTHER_LAWFUL_EXCEPTION");
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Consent[status=" + status + ", exceptions=" + exceptions() + "]";
    }

    /** @return consent refused on {@code date}, with no exception */
    public static Consent refused(LocalDate date) {
        return new Consent(ConsentStatus.REFUSED, date, false, false, false, null);
    }

    /** @return consent withdrawn on {@code date}, with no exception */
    public static Consent withdrawn(LocalDate date) {
        return new Consent(ConsentStatus.WITHDRAWN, date, false, false, false, null);
    }

    /** @return a copy with the risk-of-harm exception */
    public Consent withRiskOfHarm() {
        return new Consent(status, date, true, requiredAssessment, restrictionOnBail, otherLawfulException);
    }

    /** @return a copy with the Required Assessment exception */
    public Consent withRequiredAssessment() {
        return new Consent(status, date, riskOfHarm, true, restrictionOnBail, otherLawfulException);
    }

    /** @return a copy with the Restriction on Bail exception */
    public Consent withRestrictionOnBail() {
        return new Consent(status, date, riskOfHarm, requiredAssessment, true, otherLawfulException);
    }

    /** @return a copy with another lawful exception and its reason (free text: personal, never logged) */
    public Consent withOtherLawfulException(String reason) {
        return new Consent(status, date, riskOfHarm, requiredAssessment, restrictionOnBail, reason);
    }
}
