package org.throughcare.core.fact;

import java.time.LocalDate;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;

/** The snapshot's consent, as a fact for the consent rules. Immutable. */
public final class ConsentFacts {
    private final ConsentStatus status;
    private final LocalDate date;
    private final List<String> exceptions;

    public ConsentFacts(Consent consent) {
        this.status = consent.status();
        this.date = consent.date();
        this.exceptions = consent.exceptions();
    }

    public ConsentStatus getStatus() { return status; }

    public LocalDate getDate() { return date; }

    /** @return the exceptions that apply (RISK_OF_HARM, REQUIRED_ASSESSMENT, RESTRICTION_ON_BAIL, OTHER_LAWFUL_EXCEPTION). */
    public List<String> getExceptions() { return exceptions; }

    /** @return true when at least one exception applies. */
    public boolean isExceptionApplies() { return !exceptions.isEmpty(); }

    @Override
    public String toString() {
        return "ConsentFacts[" + status + ", exceptions=" + exceptions + "]";
    }
}
