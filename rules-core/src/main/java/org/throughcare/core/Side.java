package org.throughcare.core;

/**
 * The side of the continuity of care that acted: the {@code by} attribute of a {@link EventType#RELEASE_PLAN_CHANGED}
 * event (the side that changed the plan, England 2009 process point 7), an {@link EventType#ALERT_FORM_SENT} or an
 * {@link EventType#ACTIVITY_FORM_SENT} event (the side that sent the form).
 */
public enum Side {
    /** The prison's Substance Misuse Team (CARATs and prison healthcare). */
    SUBSTANCE_MISUSE_TEAM("the prison's Substance Misuse Team"),
    /** The Criminal Justice Integrated Team in the community. */
    CJIT("the CJIT");

    private final String description;

    Side(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
