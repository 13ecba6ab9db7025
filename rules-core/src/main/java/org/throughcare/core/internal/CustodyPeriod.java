package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Journey;
import org.throughcare.core.Origin;
import org.throughcare.core.OriginBasis;
import org.throughcare.core.Place;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;

/**
 * The one place where a snapshot's movements and custody facts become its custody period, its arrival origin and the
 * person's current place ({@link Journey}). Immutable; built once per evaluation.
 *
 * <ul>
 *   <li><b>The reception</b> that starts the current period is the later of custody.receptionAt and the latest
 *       {@link EventType#RECEIVED_INTO_PRISON} event (the validator rejects a reception event after
 *       custody.receptionAt, so when both are given they agree). A {@link EventType#RETURNED_FROM_COURT} is not a
 *       reception: the period goes on. A reception followed by a release, for a person remanded or sentenced again
 *       (custody status not RELEASED), began an earlier period: the person is not received yet.</li>
 *   <li><b>The period's events</b> are those at or after the reception, plus the events that lead into custody
 *       ({@link EventType#leadsIntoCustody()}: the pre-entry events, a DIR received while the person was on the
 *       way, and the advice to a client who refused consent that treatment may be delayed) after the last
 *       movement before the reception: the last release, or the departure from the previous prison. Before any
 *       reception: everything after the last movement. With no movement but releases (every snapshot made before
 *       movements existed) this is exactly the rule of earlier releases.</li>
 *   <li><b>The origin</b> is custody.origin when stated; else the reception's kind; else the movement that led to the
 *       reception: a transfer out ({@link Origin#OTHER_PRISON}) or a production at court from another prison
 *       ({@link Origin#COURT_FROM_OTHER_PRISON}). A release before the reception says the person came from the
 *       community but not whether via court, so it says no origin.</li>
 *   <li><b>The place</b> follows the latest movement and the custody status (see {@link Journey}).</li>
 * </ul>
 */
public final class CustodyPeriod {
    private final List<Event> events;
    private final Journey journey;
    private final Snapshot effective;
    private final int receptionIndex;

    private CustodyPeriod(List<Event> events, Journey journey, Snapshot effective, int receptionIndex) {
        this.events = events;
        this.journey = journey;
        this.effective = effective;
        this.receptionIndex = receptionIndex;
    }

    /** @return the snapshot's custody period, origin and place */
    public static CustodyPeriod of(Snapshot s) {
        Objects.requireNonNull(s, "snapshot");
        Custody c = s.custody();
        List<Event> sorted = s.events().stream().sorted(Comparator.comparing(Event::at)).toList();
        Reception r = reception(s);
        int ri = r.index();
        Event receptionEvent = ri < 0 ? null : s.events().get(ri);
        ZonedDateTime reception = r.at();

        // The last movement before the reception (before any reception: the last movement of all).
        Event before = null;
        for (Event e : sorted) {
            if (e.type().movement() && (reception == null || e.at().isBefore(reception))) {
                before = e;
            }
        }
        ZonedDateTime leadIn = before == null ? null : before.at();
        List<Event> period = new ArrayList<>();
        for (Event e : sorted) {
            boolean afterLeadIn = leadIn == null || e.at().isAfter(leadIn);
            if (reception == null) {
                if (afterLeadIn && e.type() != EventType.RELEASED) {
                    period.add(e);
                }
            } else if (!e.at().isBefore(reception) || (e.type().leadsIntoCustody() && afterLeadIn)) {
                period.add(e);
            }
        }

        Origin origin = c.origin();
        OriginBasis basis = origin == null ? null : OriginBasis.STATED;
        ZonedDateTime establishedAt = c.originEstablishedAt();
        if (origin == null && reception != null) {
            ReceptionKind kind = receptionEvent == null ? null
                    : receptionEvent.attribute(EventAttribute.KIND, ReceptionKind.class);
            if (kind != null) {
                origin = kind.origin();
                basis = OriginBasis.RECEPTION_KIND;
            } else {
                origin = inferred(before, receptionEvent, c);
                basis = origin == null ? null : OriginBasis.EARLIER_MOVEMENTS;
            }
            establishedAt = origin == null ? null : reception;
        }

        Journey journey = place(sorted, c, reception, receptionEvent, origin, basis, establishedAt);
        Snapshot effective = s;
        if (!Objects.equals(reception, c.receptionAt()) || origin != c.origin()
                || !Objects.equals(establishedAt, c.originEstablishedAt())) {
            effective = new Snapshot(s.id(), s.jurisdiction(), s.asOf(), s.person(),
                    new Custody(c.status(), c.establishment(), origin, establishedAt, reception, c.sentence(),
                            c.planned()),
                    s.determinations(), s.consent(), s.dir(), s.events(), s.goingStraightContract());
        }
        return new CustodyPeriod(List.copyOf(period), journey, effective, ri);
    }

    /**
     * The reception that starts the current custody period.
     *
     * @param at    when, or null before any reception
     * @param index the index in the snapshot's events of the reception event at that instant, or -1 when
     *              custody.receptionAt alone says it (or there is none)
     */
    public record Reception(ZonedDateTime at, int index) {
    }

    /** @return the reception that starts the current custody period (see the class comment) */
    public static Reception reception(Snapshot s) {
        Custody c = s.custody();
        int ri = latestReceptionIndex(s.events());
        Event receptionEvent = ri < 0 ? null : s.events().get(ri);
        if (receptionEvent != null && c.status() != CustodyStatus.RELEASED) {
            for (Event e : s.events()) {
                if (e.type() == EventType.RELEASED && e.at().isAfter(receptionEvent.at())) {
                    // Released since, and remanded or sentenced again: that reception began an earlier period, and
                    // the person has not been received for the current one yet (unless custody.receptionAt says so).
                    receptionEvent = null;
                    ri = -1;
                    break;
                }
            }
        }
        ZonedDateTime stated = c.receptionAt();
        ZonedDateTime reception = receptionEvent == null ? stated
                : stated != null && stated.isAfter(receptionEvent.at()) ? stated : receptionEvent.at();
        if (receptionEvent != null && !receptionEvent.at().isEqual(reception)) {
            ri = -1; // an earlier reception: custody.receptionAt is the latest
        }
        return new Reception(reception, ri);
    }

    /** The origin the movement before the reception says, if any. */
    private static Origin inferred(Event before, Event receptionEvent, Custody c) {
        if (before == null) {
            return null;
        }
        if (before.type() == EventType.TRANSFERRED_OUT) {
            return Origin.OTHER_PRISON;
        }
        if (before.type() == EventType.PRODUCED_AT_COURT) {
            String producedFrom = before.attribute(EventAttribute.FROM, String.class);
            String receivedInto = receptionEvent == null ? null : receptionEvent.attribute(EventAttribute.TO, String.class);
            if (receivedInto == null) {
                receivedInto = c.establishment();
            }
            // Back into the prison the person was produced from: a return recorded as a reception; it says no origin.
            return producedFrom != null && producedFrom.equals(receivedInto) ? null : Origin.COURT_FROM_OTHER_PRISON;
        }
        return null;
    }

    private static Journey place(List<Event> sorted, Custody c, ZonedDateTime reception, Event receptionEvent,
                                 Origin origin, OriginBasis basis, ZonedDateTime establishedAt) {
        Event last = null;
        for (Event e : sorted) {
            if (e.type().movement()) {
                last = e;
            }
        }
        // custody.receptionAt with no reception event at that instant is a reception all the same.
        boolean statedReceptionLast = reception != null && receptionEvent == null
                && (last == null || !last.at().isAfter(reception));
        Place place;
        String location = null;
        ZonedDateTime since = null;
        if (statedReceptionLast) {
            place = Place.IN_PRISON;
            location = c.establishment();
            since = reception;
        } else if (last == null) {
            place = Place.NOT_YET_RECEIVED;
            location = c.establishment();
        } else {
            String to = last.attribute(EventAttribute.TO, String.class);
            switch (last.type().move()) {
                case RECEPTION, RETURN -> {
                    place = Place.IN_PRISON;
                    location = to != null ? to : c.establishment();
                    since = last.at();
                }
                case DEPARTURE -> {
                    place = last.type() == EventType.PRODUCED_AT_COURT ? Place.AT_COURT : Place.IN_TRANSIT;
                    location = to;
                    since = last.at();
                }
                default -> { // a release
                    if (c.status() == CustodyStatus.RELEASED) {
                        place = Place.IN_COMMUNITY;
                        since = last.at();
                    } else {
                        place = Place.NOT_YET_RECEIVED; // remanded or sentenced again, on the way
                        location = c.establishment();
                    }
                }
            }
        }
        if (c.status() == CustodyStatus.RELEASED && place != Place.IN_COMMUNITY) {
            place = Place.IN_COMMUNITY; // the status says released; the release is not recorded as a movement
            location = null;
            since = null;
        }
        return new Journey(place, location, since, reception, origin, basis, establishedAt,
                statement(place, location, since, reception, origin, basis));
    }

    /** The journey in plain English: the place, the reception that starts the period, the origin and its basis. */
    static String statement(Place place, String location, ZonedDateTime since, ZonedDateTime reception, Origin origin,
                            OriginBasis basis) {
        StringBuilder sb = new StringBuilder();
        switch (place) {
            case IN_PRISON -> sb.append("In prison").append(location == null ? "" : " at " + location);
            case AT_COURT -> sb.append("At court").append(location == null ? "" : " (" + location + ")")
                    .append(", produced from prison; no outcome is recorded yet");
            case IN_TRANSIT -> sb.append("On transfer between prisons").append(location == null ? "" : ", to " + location);
            case IN_COMMUNITY -> sb.append("Released, in the community");
            case NOT_YET_RECEIVED -> sb.append("Not yet received into prison")
                    .append(location == null ? "" : " (expected at " + location + ")");
        }
        sb.append(since == null ? "" : " since " + Times.format(since)).append('.');
        if (reception != null) {
            sb.append(" The current custody period began with the reception at ").append(Times.format(reception))
                    .append('.');
            if (origin == null) {
                sb.append(" Where the prisoner arrived from is not established yet.");
            } else {
                sb.append(" The prisoner arrived ").append(switch (origin) {
                    case COMMUNITY_VIA_COURT -> "from the community via court";
                    case OTHER_PRISON -> "from another prison";
                    case COURT_FROM_OTHER_PRISON -> "from court after being held in another prison";
                    case OTHER_COMMUNITY -> "from the community, not via court";
                }).append(switch (basis) {
                    case STATED -> ", as reception established.";
                    case RECEPTION_KIND -> ", as the kind of the reception says.";
                    case EARLIER_MOVEMENTS -> ", as the movement before the reception shows.";
                });
            }
        }
        return sb.toString();
    }

    /**
     * @return the index in {@code events} of the latest {@link EventType#RECEIVED_INTO_PRISON} event (the last listed
     *         among those at the same instant), or -1 when there is none
     */
    public static int latestReceptionIndex(List<Event> events) {
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type() == EventType.RECEIVED_INTO_PRISON
                    && (best < 0 || !e.at().isBefore(events.get(best).at()))) {
                best = i;
            }
        }
        return best;
    }

    /**
     * @return the index in the snapshot's events of the reception event that starts the current period, or -1 when
     *         custody.receptionAt alone says it, or there is none
     */
    public int receptionIndex() {
        return receptionIndex;
    }

    /** The events of the current custody period, in time order (see the class comment). */
    public List<Event> events() {
        return events;
    }

    /** @return where the person is, the reception that starts the period and the arrival's origin */
    public Journey journey() {
        return journey;
    }

    /**
     * @return the snapshot with custody.receptionAt, origin and originEstablishedAt as derived (the snapshot itself
     *         when nothing is derived beyond what it states)
     */
    public Snapshot effective() {
        return effective;
    }

    /** The events of the current custody period (see the class comment). */
    static List<Event> currentPeriod(Snapshot s) {
        return of(s).events;
    }
}
