package org.throughcare.core;

/** The person's informed consent to sharing information for continuity of care (England 2009 Annex A). */
public enum ConsentStatus {
    /** Consent given (the DIR consent form signed by worker and client) and not withdrawn. */
    GIVEN,
    /** Consent refused: identifiable sharing is blocked unless an exception applies (ENG-COC-CONS-06/07). */
    REFUSED,
    /** Consent withdrawn on {@link Consent#date()}: later sharing is blocked unless an exception applies (ENG-COC-CONS-11). */
    WITHDRAWN,
    /** No consent decision recorded yet: sharing actions stay open and say that consent is needed first. */
    NOT_RECORDED
}
