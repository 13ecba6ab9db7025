package org.throughcare.core.fact;

import java.time.LocalDate;

/**
 * Outcome fact from a consent rule: whether identifiable information may be shared, and on what basis. The engine
 * applies it to every action whose row in the action table has {@code shares_information = yes}. Immutable.
 */
public final class SharingBasis {
    private final boolean permitted;
    private final String basis;
    private final LocalDate since;

    /**
     * @param permitted true when sharing may go ahead
     * @param basis     "CONSENT_GIVEN", "EXCEPTION: ...", "CONSENT_NOT_RECORDED", or, when not permitted,
     *                  "CONSENT_REFUSED" / "CONSENT_WITHDRAWN"
     * @param since     the date of the consent decision, or null
     */
    public SharingBasis(boolean permitted, String basis, LocalDate since) {
        this.permitted = permitted;
        this.basis = basis;
        this.since = since;
    }

    public boolean isPermitted() { return permitted; }

    public String getBasis() { return basis; }

    public LocalDate getSince() { return since; }

    @Override
    public String toString() {
        return "SharingBasis[" + (permitted ? "permitted: " : "blocked: ") + basis + "]";
    }
}
