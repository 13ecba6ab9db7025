package org.throughcare.core.fact;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Outcome fact: the rule that inserts it says a required action arises. The action's code comes from the rule's
 * {@code @action} metadata, and its owner, wording, timescale and citation from the rule set's action table,
 * picked by the date in force at the trigger time. Immutable: the {@code with...} methods return a copy.
 *
 * <p>Besides its trigger, a rule may say <em>which</em> instance arises and <em>from when</em> (never by when or how:
 * that is the action table's): an instance key ({@link #withInstance}), a window ({@link #inWindow}), how many
 * events the window needs when the data sets it ({@link #atLeast}), the date the due time is counted from
 * ({@link #anchoredOn}) or a due date the data gives ({@link #dueOn}). See docs/obligations.md.
 */
public final class RaisedAction {
    private final ZonedDateTime triggerAt;
    private final String triggerEvent;
    private final String triggerDescription;
    private final boolean pending;
    private final String instance;
    private final ZonedDateTime windowStart;
    private final ZonedDateTime windowEnd;
    private final int requiredCount;
    private final LocalDate dueOn;
    private final String dueOnDescription;
    private final LocalDate anchorDate;
    private final String anchorDescription;

    private RaisedAction(ZonedDateTime triggerAt, String triggerEvent, String triggerDescription, boolean pending,
                         String instance, ZonedDateTime windowStart, ZonedDateTime windowEnd, int requiredCount,
                         LocalDate dueOn, String dueOnDescription, LocalDate anchorDate, String anchorDescription) {
        this.triggerAt = triggerAt;
        this.triggerEvent = triggerEvent;
        this.triggerDescription = triggerDescription;
        this.pending = pending;
        this.instance = instance;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.requiredCount = requiredCount;
        this.dueOn = dueOn;
        this.dueOnDescription = dueOnDescription;
        this.anchorDate = anchorDate;
        this.anchorDescription = anchorDescription;
    }

    private RaisedAction(ZonedDateTime triggerAt, String triggerEvent, String triggerDescription, boolean pending) {
        this(triggerAt, triggerEvent, triggerDescription, pending, null, null, null, 0, null, null, null, null);
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
     * An action triggered when the release date became known: at {@link ReleaseDateKnown#getAt()}, by the trigger it
     * rests on (use {@link ReleaseDateKnown#first()} for a duty that arose when a release date first became known).
     *
     * @param known the helper fact that says when the release date became known
     */
    public static RaisedAction triggeredBy(ReleaseDateKnown known) {
        return new RaisedAction(known.getAt(), known.getTrigger(), known.getDescription(), false);
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

    /**
     * @param key the instance key (an Alert Form's change, a contract target's key, "week-1"): two instances of one
     *            action code are separate required actions, and where the action table says how its completions name
     *            their instance (column {@code instances}), only a completion naming this key counts
     * @return a copy with that instance key
     */
    public RaisedAction withInstance(String key) {
        Objects.requireNonNull(key, "key");
        return new RaisedAction(triggerAt, triggerEvent, triggerDescription, pending, key, windowStart, windowEnd,
                requiredCount, dueOn, dueOnDescription, anchorDate, anchorDescription);
    }

    /**
     * @param start when the window opens
     * @param end   when it closes, or null to count the action table's timescale from {@code start}
     * @return a copy whose window (for due kind WINDOW or MIN_FREQUENCY) runs from {@code start} to {@code end}
     */
    public RaisedAction inWindow(ZonedDateTime start, ZonedDateTime end) {
        Objects.requireNonNull(start, "start");
        return new RaisedAction(triggerAt, triggerEvent, triggerDescription, pending, instance, start, end,
                requiredCount, dueOn, dueOnDescription, anchorDate, anchorDescription);
    }

    /**
     * @param n how many qualifying events the window needs, when the case's data sets it (otherwise the action
     *          table's {@code count} column does)
     * @return a copy needing at least {@code n} events
     */
    public RaisedAction atLeast(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a count must be 1 or more");
        }
        return new RaisedAction(triggerAt, triggerEvent, triggerDescription, pending, instance, windowStart, windowEnd,
                n, dueOn, dueOnDescription, anchorDate, anchorDescription);
    }

    /**
     * @param date        the due date the case's data gives (for an action table row of unit GIVEN): due at its end
     * @param description where the date comes from, in words ("the target's when-by date")
     * @return a copy due on that date
     */
    public RaisedAction dueOn(LocalDate date, String description) {
        return new RaisedAction(triggerAt, triggerEvent, triggerDescription, pending, instance, windowStart, windowEnd,
                requiredCount, date, description, anchorDate, anchorDescription);
    }

    /**
     * @param date        the date the action table's timescale is counted from (for a row anchored on DATE), such as
     *                    the release date the release plan is due six weeks before
     * @param description what the date is, in words ("the expected release date")
     * @return a copy anchored on that date
     */
    public RaisedAction anchoredOn(LocalDate date, String description) {
        return new RaisedAction(triggerAt, triggerEvent, triggerDescription, pending, instance, windowStart, windowEnd,
                requiredCount, dueOn, dueOnDescription, date, description);
    }

    public ZonedDateTime getTriggerAt() { return triggerAt; }

    public String getTriggerEvent() { return triggerEvent; }

    public String getTriggerDescription() { return triggerDescription; }

    public boolean isPending() { return pending; }

    /** @return the instance key, or null */
    public String getInstance() { return instance; }

    /** @return when the window opens, or null */
    public ZonedDateTime getWindowStart() { return windowStart; }

    /** @return when the window closes, or null (then the table's timescale counts from its start) */
    public ZonedDateTime getWindowEnd() { return windowEnd; }

    /** @return how many events the window needs as the data sets it, or 0 (the action table's count) */
    public int getRequiredCount() { return requiredCount; }

    /** @return the due date the data gives, or null */
    public LocalDate getDueOn() { return dueOn; }

    /** @return where the due date comes from, or null */
    public String getDueOnDescription() { return dueOnDescription; }

    /** @return the anchor date, or null */
    public LocalDate getAnchorDate() { return anchorDate; }

    /** @return what the anchor date is, or null */
    public String getAnchorDescription() { return anchorDescription; }

    @Override
    public String toString() {
        return "RaisedAction[" + triggerEvent + (pending ? " (pending)" : " at " + org.throughcare.core.Times.format(triggerAt))
                + (instance == null ? "" : ", instance " + instance) + "]";
    }
}
