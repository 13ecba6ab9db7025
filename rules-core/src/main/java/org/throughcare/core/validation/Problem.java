package org.throughcare.core.validation;

import java.util.Objects;

/**
 * One problem with an input.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending field, "" for the whole document
 * @param code    a machine-readable code from {@link ProblemCodes}, e.g. "REQUIRED", "UNKNOWN_VALUE",
 *                "AMBIGUOUS_LOCAL_TIME"
 * @param message a plain-English reason
 */
public record Problem(String pointer, String code, String message) {
    /**
     * Creates a problem.
     *
     * @param pointer see {@link #pointer()}
     * @param code    see {@link #code()}
     * @param message see {@link #message()}
     * @throws NullPointerException if any component is null
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + code + ": " + message;
    }
}
