package org.throughcare.core;

import java.time.ZonedDateTime;

/**
 * The custody facts the engine derives from a snapshot's movements ({@link EventType#movement()}) and its custody
 * facts: where the person is now, the reception that starts the current custody period, and where they arrived from.
 * A decision shows it under {@code routing.journey}; the rules read it through
 * {@link org.throughcare.core.fact.CaseFacts}.
 *
 * <ul>
 *   <li><b>The reception</b> is the latest reception: the latest {@link EventType#RECEIVED_INTO_PRISON} event, or
 *       custody.receptionAt (no reception event may lie after it). A reception followed by a release, for a person
 *       remanded or sentenced again, began an earlier custody period: the person is not received yet.</li>
 *   <li><b>The origin</b> is custody.origin when stated; otherwise the kind of that reception; otherwise the movement
 *       that led to it (a transfer out of another prison, or a production at court from another prison). A return
 *       from court is not a reception: the period it returns to goes on.</li>
 *   <li><b>The place</b> follows the latest movement (a reception or a return from court: in prison; a transfer out:
 *       in transit; a production: at court; a release: in the community), and the custody status (released: in the
 *       community; remanded or sentenced with no reception since the last release: not yet received).</li>
 * </ul>
 *
 * @param place               where the person is; never null
 * @param location            the prison or court the person is at, or is being taken to (in transit, not yet
 *                            received), as an establishment or court code; null in the community or when unknown
 * @param since               when the person got there (the movement's time), or null when no movement says it
 * @param receptionAt         the latest reception: the current custody period starts here; null before reception
 * @param origin              where the person arrived from at that reception, or null while not known
 * @param originBasis         what says the origin, or null when there is none
 * @param originEstablishedAt when the origin was established: custody.originEstablishedAt when stated; the reception
 *                            when the movements say it; null when not known
 * @param statement           the same in plain English; never null
 */
public record Journey(Place place, String location, ZonedDateTime since, ZonedDateTime receptionAt, Origin origin,
                      OriginBasis originBasis, ZonedDateTime originEstablishedAt, String statement) {
    public Journey {
        java.util.Objects.requireNonNull(place, "place");
        java.util.Objects.requireNonNull(statement, "statement");
        since = Times.london(since);
        receptionAt = Times.london(receptionAt);
        originEstablishedAt = Times.london(originEstablishedAt);
    }

    /** @return true when the person has been received into prison (a current custody period exists) */
    public boolean received() {
        return receptionAt != null;
    }

    /** Prints the place and the origin; never the location (an establishment or court code given to a snapshot). */
    @Override
    public String toString() {
        return "Journey[" + place + (origin == null ? "" : ", origin=" + origin + " (" + originBasis + ")") + "]";
    }
}
