package org.throughcare.core;

/**
 * A party to the Scottish community integration plan: the {@code party} attribute of a
 * {@link EventType#COMMUNITY_INTEGRATION_PLAN_AGREED} event (SCOT-TAS-OBL-03, OBL-04, DATA-01: a pathway agreed by
 * everyone). Each party's agreement is one event; the plan is agreed when every party has agreed.
 */
public enum PlanParty {
    /** The prisoner. */
    PRISONER("the prisoner"),
    /** Local authority criminal justice social work (the lead agency). */
    SOCIAL_WORK("local authority criminal justice social work"),
    /** The services in the prison. */
    PRISON_SERVICES("the services in the prison");

    private final String description;

    PlanParty(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
