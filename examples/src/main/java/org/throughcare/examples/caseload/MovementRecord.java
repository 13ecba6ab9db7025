package org.throughcare.examples.caseload;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Origin;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.Snapshot;

/**
 * Records, now and then, the movements behind a snapshot's custody facts, as a prison's movement record would: the
 * reception that custody.receptionAt states (with the kind that says the stated origin), the receptions, court
 * productions, returns and transfers of an earlier custody period, a production at court and the return from it in
 * the current one, and where a release took place. Every movement agrees with the custody facts the snapshot states,
 * so the decision is the same with or without them; they exercise the derivation (see {@code docs/movements.md}).
 * Its own random numbers, so that the rest of the line is the same as without it.
 */
final class MovementRecord {
    private MovementRecord() {
    }

    static Snapshot add(Snapshot s, Story story, Dice d) {
        Custody c = s.custody();
        ZonedDateTime asOf = s.asOf();
        List<Event> events = new ArrayList<>(s.events());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type() == EventType.RELEASED && d.chance(0.5)) {
                events.set(i, e.with(EventAttribute.PLACE, ReleasePlace.GATE));
            }
        }
        String prison = c.establishment();
        if (c.receptionAt() != null && d.chance(0.5)) {
            Event in = Event.of(EventType.RECEIVED_INTO_PRISON, c.receptionAt()).with(EventAttribute.TO, prison);
            if (c.origin() != null && d.chance(0.8)) {
                in = in.with(EventAttribute.KIND, kind(c.origin(), d));
            }
            insert(events, in);
            if (c.status() != CustodyStatus.RELEASED && d.chance(0.3)) {
                ZonedDateTime out = Moments.at(c.receptionAt().toLocalDate().plusDays(d.between(1, 20)),
                        LocalTime.of(9, d.between(0, 30)));
                ZonedDateTime back = out.plusHours(d.between(5, 8));
                if (back.isBefore(asOf)) {
                    insert(events, Event.of(EventType.PRODUCED_AT_COURT, out).with(EventAttribute.FROM, prison)
                            .with(EventAttribute.TO, "Example Crown Court"));
                    insert(events, Event.of(EventType.RETURNED_FROM_COURT, back).with(EventAttribute.TO, prison));
                }
            }
        }
        if (story.previousReception != null && !story.previousRelease.isAfter(asOf) && d.chance(0.6)) {
            earlierPeriod(events, story.previousReception, story.previousRelease, d);
        }
        return new Snapshot(s.id(), s.jurisdiction(), asOf, s.person(), c, s.determinations(), s.consent(), s.dir(),
                events, s.goingStraightContract());
    }

    /** The movements of an earlier custody period, all before its release. */
    private static void earlierPeriod(List<Event> events, ZonedDateTime received, ZonedDateTime released, Dice d) {
        String first = "HMP Sample";
        insert(events, Event.of(EventType.RECEIVED_INTO_PRISON, received).with(EventAttribute.TO, first)
                .with(EventAttribute.KIND, ReceptionKind.FROM_COURT_AFTER_COMMUNITY));
        ZonedDateTime t = received.plusDays(2);
        if (t.plusDays(1).isBefore(released) && d.chance(0.5)) {
            ZonedDateTime out = Moments.at(t.toLocalDate(), LocalTime.of(9, 0));
            insert(events, Event.of(EventType.PRODUCED_AT_COURT, out).with(EventAttribute.FROM, first)
                    .with(EventAttribute.TO, "Sample Magistrates' Court"));
            insert(events, Event.of(EventType.RETURNED_FROM_COURT, out.plusHours(7)).with(EventAttribute.TO, first));
            t = t.plusDays(2);
        }
        if (t.plusDays(1).isBefore(released) && d.chance(0.5)) {
            ZonedDateTime out = Moments.at(t.toLocalDate(), LocalTime.of(8, 0));
            insert(events, Event.of(EventType.TRANSFERRED_OUT, out).with(EventAttribute.FROM, first)
                    .with(EventAttribute.TO, "HMP Specimen"));
            insert(events, Event.of(EventType.RECEIVED_INTO_PRISON, out.plusHours(6))
                    .with(EventAttribute.TO, "HMP Specimen").with(EventAttribute.KIND, ReceptionKind.TRANSFER));
        }
    }

    private static ReceptionKind kind(Origin origin, Dice d) {
        return switch (origin) {
            case COMMUNITY_VIA_COURT -> ReceptionKind.FROM_COURT_AFTER_COMMUNITY;
            case OTHER_PRISON -> ReceptionKind.TRANSFER;
            case COURT_FROM_OTHER_PRISON -> ReceptionKind.FROM_COURT_AFTER_OTHER_PRISON;
            case OTHER_COMMUNITY -> d.chance(0.6) ? ReceptionKind.RECALL_WITHOUT_COURT
                    : ReceptionKind.OTHER_FROM_COMMUNITY;
        };
    }

    /** Inserts before the first event that is later, so that an ordered history stays ordered. */
    private static void insert(List<Event> events, Event e) {
        int i = 0;
        while (i < events.size() && !events.get(i).at().isAfter(e.at())) {
            i++;
        }
        events.add(i, e);
    }
}
