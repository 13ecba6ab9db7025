package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one person at one moment: the input of every evaluation.
 *
 * <p><b>Custody periods.</b> The current custody period starts at the latest reception
 * ({@link Custody#receptionAt()}). An event completes an action only when it falls at or after the action's
 * trigger and within the current period. Events that lead into custody ({@link EventType#leadsIntoCustody()}: the
 * pre-entry events, and a DIR the prison received while the person was on the way) that happen after the last
 * {@link EventType#RELEASED} event before the reception belong to the current period too, because they lead up to
 * it. Other events before the reception belong to an earlier period and are ignored.
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
 */
public record Snapshot(String id, Jurisdiction jurisdiction, ZonedDateTime asOf, Person person, Custody custody,
                       Determinations determinations, Consent consent, Dir dir, List<Event> events) {

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

    @Override
    public String toString() {
        // A rejected id may be a name: only a valid pseudonymous id is ever printed.
        return "Snapshot[id=" + (org.throughcare.core.validation.SnapshotValidator.isPseudonymousId(id) ? id
                : "(not a valid id)") + "]";
    }
}
