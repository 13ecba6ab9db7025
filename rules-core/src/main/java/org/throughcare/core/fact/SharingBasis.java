package org.throughcare.core.fact;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Outcome fact from a consent rule: whether identifiable information may be shared at one instant, and on what basis.
 * The engine judges every action whose row in the action table has {@code shares_information = yes}: an open one by
 * the basis at {@code asOf}, one already done by the basis at the instant it was done. Immutable.
 */
public final class SharingBasis {
    private final boolean permitted;
    private final String basis;
    private final LocalDate since;
    private final ZonedDateTime at;
    private final org.throughcare.core.SharingPurpose purpose;

    /**
     * @param permitted true when sharing may go ahead
     * @param basis     "CONSENT_GIVEN", "EXCEPTION: ...", "CONSENT_NOT_RECORDED", or, when not permitted,
     *                  "CONSENT_REFUSED" / "CONSENT_WITHDRAWN"
     * @param since     the day of the consent decision in force, or null
     * @param at        the instant judged ({@link ConsentFacts#getAt()})
     */
    public SharingBasis(boolean permitted, String basis, LocalDate since, ZonedDateTime at) {
        this(permitted, basis, since, at, null);
    }

    /**
     * A basis for one purpose (a rule set whose consent is judged per purpose, such as Service 4).
     *
     * @param purpose the purpose judged ({@link ConsentFacts#getPurpose()}), or null when the consent has no scope
     */
    public SharingBasis(boolean permitted, String basis, LocalDate since, ZonedDateTime at,
                        org.throughcare.core.SharingPurpose purpose) {
        this.permitted = permitted;
        this.basis = basis;
        this.since = since;
        this.at = at;
        this.purpose = purpose;
    }

    /** @return the purpose judged, or null */
    public org.throughcare.core.SharingPurpose getPurpose() { return purpose; }

    public boolean isPermitted() { return permitted; }

    public String getBasis() { return basis; }

    public LocalDate getSince() { return since; }

    /** @return the instant this basis judges */
    public ZonedDateTime getAt() { return at; }

    @Override
    public String toString() {
        return "SharingBasis[" + (permitted ? "permitted: " : "blocked: ") + basis + "]";
    }
}
