package org.throughcare.core.fact;

/**
 * Outcome fact: something staff must know that is not an action (e.g. CLINICAL_UNSTABLE_AT_RECEPTION, AMB-42).
 * It becomes a notice in the decision. Immutable.
 */
public final class Flag {
    private final String code;
    private final String message;

    public Flag(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String getCode() { return code; }

    public String getMessage() { return message; }

    @Override
    public String toString() {
        return "Flag[" + code + "]";
    }
}
