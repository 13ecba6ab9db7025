package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A helper fact: the prisoner's release date is known, with when it became known and what that rests on. One rule
 * file of a rule set inserts it, at most once per evaluation, so that every rule whose duty arises "when the release
 * date becomes known" reads one definition instead of repeating it (England 2009: {@code release/release-date-known.drl}).
 * Never an outcome of the decision by itself. Immutable.
 *
 * <p>It carries two instants: {@link #getAt()}, when the release date as now recorded became known (a changed date
 * is judged from when it became known, so a release plan counts from the latest), and {@link #getFirstAt()}, when a
 * release date first became known in the custody period (when the prisoner's exit first became anticipated). Both
 * come with the trigger they rest on, in the form a {@link RaisedAction} reports it: an event type's name, or one of
 * the rule set's declared triggers.
 */
public final class ReleaseDateKnown {
    private final ZonedDateTime at;
    private final ZonedDateTime firstAt;
    private final String trigger;
    private final String description;

    private ReleaseDateKnown(ZonedDateTime at, ZonedDateTime firstAt, String trigger, String description) {
        this.at = Objects.requireNonNull(at, "at");
        this.firstAt = Objects.requireNonNull(firstAt, "firstAt");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.description = description;
    }

    /**
     * The release date became known by events of the snapshot.
     *
     * @param latest the latest of them (the release date as now recorded became known then)
     * @param first  the first of them in the custody period
     */
    public static ReleaseDateKnown byEvents(CaseEvent latest, CaseEvent first) {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(first, "first");
        if (latest.getAt().isBefore(first.getAt())) {
            throw new IllegalArgumentException("the latest event comes before the first");
        }
        return new ReleaseDateKnown(latest.getAt(), first.getAt(), latest.getType().name(),
                latest.getType().description());
    }

    /**
     * The release date became known at a moment that no single event records (for England 2009: a release date
     * recorded without the event, known from the prisoner's entry into the main prison).
     *
     * @param at          when it became known (first and as now recorded)
     * @param trigger     the trigger's name, as the rule set declares it
     * @param description what happened, in plain words
     */
    public static ReleaseDateKnown triggeredAt(ZonedDateTime at, String trigger, String description) {
        return new ReleaseDateKnown(at, at, trigger, description);
    }

    /** @return when the release date as now recorded became known */
    public ZonedDateTime getAt() { return at; }

    /** @return when a release date first became known in the custody period (never after {@link #getAt()}) */
    public ZonedDateTime getFirstAt() { return firstAt; }

    /** @return the trigger's name: an event type's name, or one of the rule set's declared triggers */
    public String getTrigger() { return trigger; }

    /** @return what happened, in plain words */
    public String getDescription() { return description; }

    /** @return the same knowledge dated when a release date first became known, for a duty that arose then */
    public ReleaseDateKnown first() {
        return at.equals(firstAt) ? this : new ReleaseDateKnown(firstAt, firstAt, trigger, description);
    }

    @Override
    public String toString() {
        return "ReleaseDateKnown[" + trigger + " at " + org.throughcare.core.Times.format(at) + "]";
    }
}
