package org.throughcare.core.fact;

import java.time.LocalDate;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;

/** The snapshot's consent, as a fact for the consent rules. Immutable. */
public final class ConsentFacts {
    private final ConsentStatus status;
    private final LocalDate date;
    private final List<String> exceptions;

    /**
     * @param consent the snapshot's consent
     * @param custody the person's custody status: a Restriction on Bail counts only while the person is in the
     *                community, where the CJIT can be overseeing bail conditions; never for someone remanded in, or
     *                serving a sentence in, custody (England 2009 Annex A, principle 1)
     */
    public ConsentFacts(Consent consent, CustodyStatus custody) {
        this.status = consent.status();
        this.date = consent.date();
        this.exceptions = applicable(consent, custody);
    }

    /** @return the exceptions recorded that can apply to a person with this custody status */
    public static List<String> applicable(Consent consent, CustodyStatus custody) {
        return consent.exceptions().stream()
                .filter(e -> !e.equals("RESTRICTION_ON_BAIL") || custody == CustodyStatus.RELEASED).toList();
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
