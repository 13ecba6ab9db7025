package org.throughcare.core;

/**
 * Where a person was released: the {@code place} attribute of a {@link EventType#RELEASED} event (England 2009
 * process points 9, 13 and 14).
 */
public enum ReleasePlace {
    /** From the prison, at the gate (process point 9). */
    GATE("at the prison gate"),
    /** By the court, after a production from prison (process points 13 and 14). */
    COURT("by the court");

    private final String description;

    ReleasePlace(String description) {
        this.description = description;
    }

    /** @return where, in plain words */
    public String description() {
        return description;
    }
}
