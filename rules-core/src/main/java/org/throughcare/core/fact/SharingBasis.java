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
    private final java.util.List<String> exceptions;
    private final String withoutExceptions;

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
        this(permitted, basis, since, at, purpose, java.util.List.of(), null);
    }

    /**
     * A basis that permits sharing only because exceptions apply (England 2009 Annex A, principle 1: each exception
     * allows sharing only in relation to itself). The engine checks each sharing action against the exceptions its
     * action-table row says it may rest on (column {@code exceptions}); an action outside every exception's scope is
     * judged by {@code withoutExceptions} instead.
     *
     * @param exceptions        the exceptions that apply (kinds, such as RISK_OF_HARM)
     * @param withoutExceptions the basis without them: "CONSENT_REFUSED", "CONSENT_WITHDRAWN" or
     *                          "CONSENT_NOT_RECORDED"
     */
    public SharingBasis(boolean permitted, String basis, LocalDate since, ZonedDateTime at,
                        org.throughcare.core.SharingPurpose purpose, java.util.List<String> exceptions,
                        String withoutExceptions) {
        this.permitted = permitted;
        this.basis = basis;
        this.since = since;
        this.at = at;
        this.purpose = purpose;
        this.exceptions = exceptions == null ? java.util.List.of() : java.util.List.copyOf(exceptions);
        this.withoutExceptions = withoutExceptions;
    }

    /** @return the exceptions this basis rests on (empty unless it permits sharing by exception) */
    public java.util.List<String> getExceptions() { return exceptions; }

    /** @return the basis without the exceptions, or null when it does not rest on exceptions */
    public String getWithoutExceptions() { return withoutExceptions; }

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
