package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one person at one moment: the input of every evaluation.
 *
 * <p><b>Custody periods.</b> The current custody period starts at the latest reception: custody.receptionAt
 * ({@link Custody#receptionAt()}) or the latest {@link EventType#RECEIVED_INTO_PRISON} event. A return from court
 * is not a reception. An event completes an action only when it falls at or after the action's trigger and within
 * the current period. Events that lead into custody ({@link EventType#leadsIntoCustody()}: the pre-entry events,
 * a DIR the prison received while the person was on the way, and the advice to a client who refused consent that
 * treatment may be delayed) that happen after the last movement before the
 * reception (the last {@link EventType#RELEASED} event, or the departure from the previous prison) belong to the
 * current period too, because they lead up to it. Other events before the reception belong to an earlier period and
 * are ignored. The origin and the person's current place are derived too: see {@link Journey}.
 *
 * <p>The value is immutable; its {@link #toString()} prints only the pseudonymous id.
 *
 * @param id            a pseudonymous id chosen by the caller (never a name or prison number); the only thing logged
 * @param jurisdiction  the jurisdiction of the prison; selects the rule sets
 * @param asOf          the moment the snapshot describes (Europe/London); sets every status; no event lies after it
 * @param person        who the person is (pseudonymous)
 * @param custody       custody facts
 * @param determinations the three-state facts staff determine
 * @param consent       consent to information sharing and its exceptions
 * @param dir           the DIR on file
 * @param events        the dated event history, in any order (kept as given, so that problems can name the index)
 * @param goingStraightContract the Going Straight Contract (Scottish Voluntary Assistance), or null when the snapshot
 *                      states none
 */
public record Snapshot(String id, Jurisdiction jurisdiction, ZonedDateTime asOf, Person person, Custody custody,
                       Determinations determinations, Consent consent, Dir dir, List<Event> events,
                       GoingStraightContract goingStraightContract) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(custody, "custody");
        asOf = Times.london(asOf);
        person = person == null ? Person.unrecorded() : person;
        determinations = determinations == null ? Determinations.none() : determinations;
        consent = consent == null ? Consent.notRecorded() : consent;
        dir = dir == null ? Dir.none() : dir;
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A snapshot that states no Going Straight Contract (the nine parts every snapshot had before it). */
    public Snapshot(String id, Jurisdiction jurisdiction, ZonedDateTime asOf, Person person, Custody custody,
                    Determinations determinations, Consent consent, Dir dir, List<Event> events) {
        this(id, jurisdiction, asOf, person, custody, determinations, consent, dir, events, null);
    }

    @Override
    public String toString() {
        // A rejected id may be a name: only a valid pseudonymous id is ever printed.
        return "Snapshot[id=" + (org.throughcare.core.validation.SnapshotValidator.isPseudonymousId(id) ? id
                : "(not a valid id)") + "]";
    }

    /**
     * @return a builder for a snapshot with these three required facts; everything else defaults as the JSON reader
     *         defaults it (nothing recorded, no events)
     */
    public static Builder builder(String id, Jurisdiction jurisdiction, ZonedDateTime asOf) {
        return new Builder(id, jurisdiction, asOf);
    }

    /**
     * Builds a {@link Snapshot} by naming each part, so that a new part never breaks a caller and no two arguments of
     * one type can swap. Not thread-safe; the snapshot it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final Jurisdiction jurisdiction;
        private final ZonedDateTime asOf;
        private Person person;
        private Custody custody;
        private Determinations determinations;
        private Consent consent;
        private Dir dir;
        private final List<Event> events = new java.util.ArrayList<>();
        private GoingStraightContract goingStraightContract;

        private Builder(String id, Jurisdiction jurisdiction, ZonedDateTime asOf) {
            this.id = Objects.requireNonNull(id, "id");
            this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /** Who the person is (default: nothing recorded). */
        public Builder person(Person person) {
            this.person = person;
            return this;
        }

        /** The custody facts (required before {@link #build()}). */
        public Builder custody(Custody custody) {
            this.custody = custody;
            return this;
        }

        /** The custody facts, from their builder. */
        public Builder custody(Custody.Builder custody) {
            return custody(custody.build());
        }

        /** The staff determinations (default: none determined). */
        public Builder determinations(Determinations determinations) {
            this.determinations = determinations;
            return this;
        }

        /** The staff determinations, from their builder. */
        public Builder determinations(Determinations.Builder determinations) {
            return determinations(determinations.build());
        }

        /** Consent to information sharing (default: not recorded). */
        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        /** The DIR's completion (default: none). */
        public Builder dir(Dir dir) {
            this.dir = dir;
            return this;
        }

        /** Adds an event to the history. */
        public Builder event(EventType type, ZonedDateTime at) {
            events.add(Event.of(type, at));
            return this;
        }

        /** Adds an event (with its attributes, if any) to the history. */
        public Builder event(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /** Adds events to the history. */
        public Builder events(List<Event> more) {
            events.addAll(more);
            return this;
        }

        /** The Going Straight Contract (default: none stated). */
        public Builder goingStraightContract(GoingStraightContract contract) {
            this.goingStraightContract = contract;
            return this;
        }

        /** The Going Straight Contract, from its builder. */
        public Builder goingStraightContract(GoingStraightContract.Builder contract) {
            return goingStraightContract(contract.build());
        }

        /**
         * @return the snapshot (its meaning is checked when it is evaluated)
         * @throws NullPointerException when the custody facts were not given
         */
        public Snapshot build() {
            Objects.requireNonNull(custody, "custody: give the custody facts, e.g. Custody.builder(CustodyStatus.REMAND)");
            return new Snapshot(id, jurisdiction, asOf, person, custody, determinations, consent, dir, events,
                    goingStraightContract);
        }
    }
}
