package org.throughcare.core.fact;

import java.time.ZonedDateTime;

/**
 * Outcome fact: the rule that inserts it says a required action arises. The action's code comes from the rule's
 * {@code @action} metadata, and its owner, wording, timescale and citation from the rule set's action table,
 * picked by the date in force at the trigger time. Immutable.
 */
public final class RaisedAction {
    private final ZonedDateTime triggerAt;
    private final String triggerEvent;
    private final String triggerDescription;
    private final boolean pending;

    private RaisedAction(ZonedDateTime triggerAt, String triggerEvent, String triggerDescription, boolean pending) {
        this.triggerAt = triggerAt;
        this.triggerEvent = triggerEvent;
        this.triggerDescription = triggerDescription;
        this.pending = pending;
    }

    /**
     * An action triggered by an event.
     *
     * @param event the triggering event
     */
    public static RaisedAction triggeredBy(CaseEvent event) {
        return new RaisedAction(event.getAt(), event.getType().name(), event.getType().description(), false);
    }

    /**
     * An action triggered by a fact at a time (e.g. RECEPTION).
     *
     * @param at          the trigger instant
     * @param event       the trigger's name
     * @param description what happened
     */
    public static RaisedAction triggeredAt(ZonedDateTime at, String event, String description) {
        return new RaisedAction(at, event, description, false);
    }

    /**
     * An action whose conditional trigger has not been reached yet (status PENDING).
     *
     * @param awaitedEvent the event or fact awaited
     * @param condition    the condition under which the action would arise, in plain English
     * @param hypotheticalTriggerAt the trigger time the action would have if the condition held now (may be null)
     */
    public static RaisedAction pending(String awaitedEvent, String condition, ZonedDateTime hypotheticalTriggerAt) {
        return new RaisedAction(hypotheticalTriggerAt, awaitedEvent, condition, true);
    }

    public ZonedDateTime getTriggerAt() { return triggerAt; }

    public String getTriggerEvent() { return triggerEvent; }

    public String getTriggerDescription() { return triggerDescription; }

    public boolean isPending() { return pending; }

    @Override
    public String toString() {
        return "RaisedAction[" + triggerEvent + (pending ? " (pending)" : " at " + org.throughcare.core.Times.format(triggerAt)) + "]";
    }
}
