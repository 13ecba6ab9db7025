package org.throughcare.core;

/**
 * Who must do an action.
 *
 * @param agency the agency, e.g. "CJIT" or "Prison Substance Misuse Team"
 * @param role   the team or role within it, e.g. "SMT (clinical)", "CARATs (sending prison)"
 */
public record Owner(String agency, String role) {
}
