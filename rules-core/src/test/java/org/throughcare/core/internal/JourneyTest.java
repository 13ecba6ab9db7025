package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.core.EventAttribute.FROM;
import static org.throughcare.core.EventAttribute.KIND;
import static org.throughcare.core.EventAttribute.PLACE;
import static org.throughcare.core.EventAttribute.TO;
import static org.throughcare.core.EventType.CARAT_FILE_REQUESTED;
import static org.throughcare.core.EventType.CJIT_AWARE_OF_DESTINATION;
import static org.throughcare.core.EventType.DIR_RECEIVED_BY_PRISON;
import static org.throughcare.core.EventType.PRODUCED_AT_COURT;
import static org.throughcare.core.EventType.RECEIVED_INTO_PRISON;
import static org.throughcare.core.EventType.RELEASED;
import static org.throughcare.core.EventType.RETURNED_FROM_COURT;
import static org.throughcare.core.EventType.TRANSFERRED_OUT;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Journey;
import org.throughcare.core.Origin;
import org.throughcare.core.OriginBasis;
import org.throughcare.core.Place;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.fact.CaseFacts;

@DisplayName("The custody period, origin and place derived from the movements")
class JourneyTest {

    static ZonedDateTime at(int m, int d, int h) {
        return ZonedDateTime.of(2026, m, d, h, 0, 0, 0, Times.LONDON);
    }

    static Snapshot snapshot(Custody custody, Event... events) {
        return new Snapshot("j-1", Jurisdiction.ENGLAND, at(6, 30, 12), null, custody, null, null, null,
                List.of(events));
    }

    static Custody remand() {
        return Custody.builder(CustodyStatus.REMAND).establishment("HMP Example").build();
    }

    static Event received(int m, int d, int h) {
        return Event.of(RECEIVED_INTO_PRISON, at(m, d, h));
    }

    @Test
    @DisplayName("A transfer: out of one prison, into the next; the movement before the reception says OTHER_PRISON")
    void transfer() {
        Event old = Event.of(CARAT_FILE_REQUESTED, at(5, 2, 9));
        Event out = Event.of(TRANSFERRED_OUT, at(6, 1, 8)).with(FROM, "HMP Alpha").with(TO, "HMP Example");
        Event in = received(6, 1, 14).with(TO, "HMP Example");
        Event later = Event.of(CARAT_FILE_REQUESTED, at(6, 1, 18));
        CustodyPeriod p = CustodyPeriod.of(snapshot(remand(), received(5, 1, 10), old, out, in, later));
        Journey j = p.journey();
        assertThat(j.receptionAt()).isEqualTo(at(6, 1, 14));
        assertThat(j.origin()).isEqualTo(Origin.OTHER_PRISON);
        assertThat(j.originBasis()).isEqualTo(OriginBasis.EARLIER_MOVEMENTS);
        assertThat(j.originEstablishedAt()).isEqualTo(at(6, 1, 14));
        assertThat(j.place()).isEqualTo(Place.IN_PRISON);
        assertThat(j.location()).isEqualTo("HMP Example");
        assertThat(j.since()).isEqualTo(at(6, 1, 14));
        assertThat(p.events()).containsExactly(in, later);
        assertThat(p.effective().custody().receptionAt()).isEqualTo(at(6, 1, 14));
        assertThat(p.effective().custody().origin()).isEqualTo(Origin.OTHER_PRISON);
        assertThat(j.statement()).isEqualTo("In prison at HMP Example since 2026-06-01T14:00:00+01:00. The current"
                + " custody period began with the reception at 2026-06-01T14:00:00+01:00. The prisoner arrived from"
                + " another prison, as the movement before the reception shows.");
    }

    @Test
    @DisplayName("A production at court and a return to the same prison: the same period, in prison again")
    void courtAndBack() {
        Event in = received(5, 1, 10).with(KIND, ReceptionKind.FROM_COURT_AFTER_COMMUNITY);
        Event produced = Event.of(PRODUCED_AT_COURT, at(6, 10, 8)).with(FROM, "HMP Example").with(TO, "Court 7");
        Event back = Event.of(RETURNED_FROM_COURT, at(6, 10, 17)).with(TO, "HMP Example");
        Event request = Event.of(CARAT_FILE_REQUESTED, at(5, 2, 9));
        CustodyPeriod p = CustodyPeriod.of(snapshot(remand(), in, produced, back, request));
        assertThat(p.journey().receptionAt()).as("a return is not a reception").isEqualTo(at(5, 1, 10));
        assertThat(p.events()).containsExactly(in, request, produced, back);
        assertThat(p.journey().origin()).isEqualTo(Origin.COMMUNITY_VIA_COURT);
        assertThat(p.journey().originBasis()).isEqualTo(OriginBasis.RECEPTION_KIND);
        assertThat(p.journey().place()).isEqualTo(Place.IN_PRISON);
        assertThat(p.journey().since()).isEqualTo(at(6, 10, 17));

        Journey atCourt = CustodyPeriod.of(snapshot(remand(), in, produced)).journey();
        assertThat(atCourt.place()).isEqualTo(Place.AT_COURT);
        assertThat(atCourt.location()).isEqualTo("Court 7");
        assertThat(atCourt.receptionAt()).isEqualTo(at(5, 1, 10));
        CaseFacts f = new CaseFacts(snapshot(remand(), in, produced), "PP2");
        assertThat(f.isAtCourt()).isTrue();
        assertThat(f.isInPrison()).isFalse();
        assertThat(f.getLocation()).isEqualTo("Court 7");
        assertThat(f.getReceptionAt()).isEqualTo(at(5, 1, 10));
        assertThat(f.getOriginRoute()).isEqualTo("PP3");
    }

    @Test
    @DisplayName("From court to another prison: COURT_FROM_OTHER_PRISON; back into the prison of the production: no origin")
    void courtToAnotherPrison() {
        Event produced = Event.of(PRODUCED_AT_COURT, at(6, 10, 8)).with(FROM, "HMP Alpha").with(TO, "Court 7");
        Journey j = CustodyPeriod.of(snapshot(remand(), received(5, 1, 10), produced,
                received(6, 10, 18).with(TO, "HMP Example"))).journey();
        assertThat(j.origin()).isEqualTo(Origin.COURT_FROM_OTHER_PRISON);
        assertThat(j.originBasis()).isEqualTo(OriginBasis.EARLIER_MOVEMENTS);
        Journey same = CustodyPeriod.of(snapshot(remand(), produced, received(6, 10, 18).with(TO, "HMP Alpha")))
                .journey();
        assertThat(same.origin()).as("a return recorded as a reception says no origin").isNull();
        assertThat(same.receptionAt()).isEqualTo(at(6, 10, 18));
    }

    @Test
    @DisplayName("The reception's kind says the origin alone; a stated origin comes first")
    void kindAndStated() {
        Journey recall = CustodyPeriod.of(snapshot(remand(),
                received(6, 1, 14).with(KIND, ReceptionKind.RECALL_WITHOUT_COURT))).journey();
        assertThat(recall.origin()).isEqualTo(Origin.OTHER_COMMUNITY);
        assertThat(recall.originBasis()).isEqualTo(OriginBasis.RECEPTION_KIND);
        assertThat(new CaseFacts(snapshot(remand(), received(6, 1, 14).with(KIND, ReceptionKind.RECALL_WITHOUT_COURT)),
                "PP2").getOriginRoute()).isEqualTo("PP3");

        Custody stated = Custody.builder(CustodyStatus.REMAND).receivedAt(at(6, 1, 14))
                .origin(Origin.OTHER_PRISON, at(6, 1, 15)).build();
        Journey j = CustodyPeriod.of(snapshot(stated, received(6, 1, 14).with(KIND, ReceptionKind.TRANSFER))).journey();
        assertThat(j.originBasis()).isEqualTo(OriginBasis.STATED);
        assertThat(j.originEstablishedAt()).isEqualTo(at(6, 1, 15));

        Journey unknown = CustodyPeriod.of(snapshot(remand(), Event.of(RELEASED, at(3, 1, 9)), received(6, 1, 14)))
                .journey();
        assertThat(unknown.origin()).as("a release before says the community, not whether via court").isNull();
        assertThat(unknown.statement()).endsWith("Where the prisoner arrived from is not established yet.");
    }

    @Test
    @DisplayName("Information sent while the person was on the way counts for the period it leads into; not before")
    void onTheWay() {
        Event oldDir = Event.of(DIR_RECEIVED_BY_PRISON, at(2, 10, 9));
        Event gate = Event.of(RELEASED, at(3, 1, 9)).with(PLACE, ReleasePlace.GATE);
        Event aware = Event.of(CJIT_AWARE_OF_DESTINATION, at(5, 31, 16));
        Event dir = Event.of(DIR_RECEIVED_BY_PRISON, at(6, 1, 11));
        Event in = received(6, 1, 14).with(KIND, ReceptionKind.FROM_COURT_AFTER_COMMUNITY);
        assertThat(CustodyPeriod.of(snapshot(remand(), received(1, 5, 10), oldDir, gate, aware, dir, in)).events())
                .containsExactly(aware, dir, in);

        // A DIR the previous prison received before the person left it belongs to that prison's period.
        Event out = Event.of(TRANSFERRED_OUT, at(5, 20, 8)).with(TO, "HMP Example");
        Event atPrevious = Event.of(DIR_RECEIVED_BY_PRISON, at(5, 2, 9));
        Event onTransfer = Event.of(DIR_RECEIVED_BY_PRISON, at(5, 20, 12));
        Event transferIn = received(5, 20, 15).with(KIND, ReceptionKind.TRANSFER);
        assertThat(CustodyPeriod.of(snapshot(remand(), received(4, 1, 10), atPrevious, out, onTransfer, transferIn))
                .events()).containsExactly(onTransfer, transferIn);
    }

    @Test
    @DisplayName("The place: in transit, in the community, not yet received")
    void places() {
        Event out = Event.of(TRANSFERRED_OUT, at(6, 1, 8)).with(TO, "HMP Beta");
        Journey transit = CustodyPeriod.of(snapshot(remand(), received(5, 1, 10), out)).journey();
        assertThat(transit.place()).isEqualTo(Place.IN_TRANSIT);
        assertThat(transit.location()).isEqualTo("HMP Beta");
        assertThat(transit.receptionAt()).as("the period at the sending prison goes on until the next reception")
                .isEqualTo(at(5, 1, 10));

        Custody released = Custody.builder(CustodyStatus.RELEASED).receivedAt(at(5, 1, 10)).build();
        Event atCourt = Event.of(RELEASED, at(6, 2, 12)).with(PLACE, ReleasePlace.COURT);
        Journey free = CustodyPeriod.of(snapshot(released, atCourt)).journey();
        assertThat(free.place()).isEqualTo(Place.IN_COMMUNITY);
        assertThat(free.since()).isEqualTo(at(6, 2, 12));
        assertThat(free.location()).isNull();
        assertThat(CustodyPeriod.of(snapshot(released)).journey().place()).as("the status says released")
                .isEqualTo(Place.IN_COMMUNITY);

        Journey again = CustodyPeriod.of(snapshot(remand(), received(1, 1, 10), Event.of(RELEASED, at(3, 1, 9))))
                .journey();
        assertThat(again.place()).as("remanded again after a release").isEqualTo(Place.NOT_YET_RECEIVED);
        assertThat(again.location()).isEqualTo("HMP Example");
        assertThat(CustodyPeriod.of(snapshot(remand())).journey().place()).isEqualTo(Place.NOT_YET_RECEIVED);
        assertThat(CustodyPeriod.of(snapshot(remand())).journey().statement())
                .isEqualTo("Not yet received into prison (expected at HMP Example).");
    }

    @Test
    @DisplayName("Released since the last reception and remanded again: not received yet, the period is what leads in")
    void releasedSinceTheLastReception() {
        Event oldIn = received(1, 5, 10).with(KIND, ReceptionKind.FROM_COURT_AFTER_COMMUNITY);
        Event inPrison = Event.of(CARAT_FILE_REQUESTED, at(1, 6, 9));
        Event gate = Event.of(RELEASED, at(3, 1, 9)).with(PLACE, ReleasePlace.GATE);
        Event aware = Event.of(CJIT_AWARE_OF_DESTINATION, at(6, 29, 16));
        CustodyPeriod p = CustodyPeriod.of(snapshot(remand(), oldIn, inPrison, gate, aware));
        assertThat(p.journey().receptionAt()).isNull();
        assertThat(p.journey().origin()).isNull();
        assertThat(p.journey().place()).isEqualTo(Place.NOT_YET_RECEIVED);
        assertThat(p.events()).containsExactly(aware);
        assertThat(p.receptionIndex()).isEqualTo(-1);
        assertThat(p.effective().custody().received()).isFalse();

        Custody released = Custody.builder(CustodyStatus.RELEASED).build();
        CustodyPeriod after = CustodyPeriod.of(snapshot(released, oldIn, inPrison, gate));
        assertThat(after.journey().receptionAt()).as("released: the latest period is the one that ended")
                .isEqualTo(at(1, 5, 10));
        assertThat(after.journey().place()).isEqualTo(Place.IN_COMMUNITY);
        assertThat(after.events()).containsExactly(oldIn, inPrison, gate);
    }

    @Test
    @DisplayName("A snapshot that states its custody facts and records no movement is evaluated exactly as it is")
    void statedOnly() {
        Custody stated = Custody.builder(CustodyStatus.REMAND).establishment("HMP Example").receivedAt(at(6, 1, 14))
                .origin(Origin.OTHER_PRISON, at(6, 1, 15)).build();
        Snapshot s = snapshot(stated, Event.of(RELEASED, at(2, 1, 9)), Event.of(CARAT_FILE_REQUESTED, at(6, 2, 9)));
        CustodyPeriod p = CustodyPeriod.of(s);
        assertThat(p.effective()).isSameAs(s);
        assertThat(p.journey().place()).isEqualTo(Place.IN_PRISON);
        assertThat(p.journey().since()).isEqualTo(at(6, 1, 14));
        assertThat(p.journey().location()).isEqualTo("HMP Example");
        Snapshot none = snapshot(Custody.builder(CustodyStatus.REMAND).receivedAt(at(6, 1, 14)).build());
        assertThat(CustodyPeriod.of(none).effective()).isSameAs(none);
        assertThat(CustodyPeriod.of(none).journey().origin()).isNull();
        assertThat(p.journey().toString()).doesNotContain("HMP");
    }
}
