package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;

class CustodyPeriodTest {

    static ZonedDateTime at(int m, int d, int h) {
        return ZonedDateTime.of(2026, m, d, h, 0, 0, 0, Times.LONDON);
    }

    static Snapshot snapshot(ZonedDateTime reception, Event... events) {
        return new Snapshot("p-1", Jurisdiction.ENGLAND, at(6, 30, 12), null,
                new Custody(CustodyStatus.REMAND, null, null, null, reception, null, null), null, null, null, List.of(events));
    }

    @Test
    @DisplayName("The period starts at the latest reception; earlier in-prison events belong to an earlier period")
    void startsAtReception() {
        Event earlier = Event.of(EventType.CARAT_FILE_REQUESTED, at(1, 10, 9));
        Event released = Event.of(EventType.RELEASED, at(2, 1, 9));
        Event later = Event.of(EventType.CARAT_FILE_REQUESTED, at(5, 2, 9));
        assertThat(CustodyPeriod.currentPeriod(snapshot(at(5, 1, 9), later, released, earlier))).containsExactly(later);
    }

    @Test
    @DisplayName("Pre-entry events after the last release lead up to the reception and belong to its period")
    void preEntryAfterRelease() {
        Event oldAware = Event.of(EventType.CJIT_AWARE_OF_DESTINATION, at(1, 5, 9));
        Event released = Event.of(EventType.RELEASED, at(2, 1, 9));
        Event aware = Event.of(EventType.CJIT_AWARE_OF_DESTINATION, at(4, 30, 16));
        Event sent = Event.of(EventType.DIR_SENT_TO_PRISON, at(5, 1, 8));
        assertThat(CustodyPeriod.currentPeriod(snapshot(at(5, 1, 9), sent, aware, released, oldAware)))
                .containsExactly(aware, sent);
    }

    @Test
    @DisplayName("Before reception, the period holds everything after the last release, sorted by time")
    void beforeReception() {
        Event released = Event.of(EventType.RELEASED, at(2, 1, 9));
        Event referral = Event.of(EventType.DIP_REFERRAL, at(4, 1, 9));
        Event aware = Event.of(EventType.CJIT_AWARE_OF_DESTINATION, at(4, 30, 16));
        assertThat(CustodyPeriod.currentPeriod(snapshot(null, aware, referral, released))).containsExactly(referral, aware);
    }

    @Test
    @DisplayName("The last release is the latest in time, whatever order the events are listed in")
    void latestReleaseWhateverTheOrder() {
        Event recent = Event.of(EventType.RELEASED, at(4, 20, 9));
        Event referral = Event.of(EventType.DIP_REFERRAL, at(4, 10, 9));
        Event older = Event.of(EventType.RELEASED, at(3, 31, 9));
        Event aware = Event.of(EventType.CJIT_AWARE_OF_DESTINATION, at(4, 30, 16));
        assertThat(CustodyPeriod.currentPeriod(snapshot(at(5, 1, 9), recent, referral, older, aware)))
                .containsExactly(aware);
        assertThat(CustodyPeriod.currentPeriod(snapshot(null, recent, referral, older, aware))).containsExactly(aware);
    }

    @Test
    @DisplayName("An event at the very instant of reception is in the period")
    void atReception() {
        Event e = Event.of(EventType.ESCORT_FILES_RETRIEVED, at(5, 1, 9));
        assertThat(CustodyPeriod.currentPeriod(snapshot(at(5, 1, 9), e))).containsExactly(e);
    }

    @Test
    @DisplayName("A DIR the prison received while the person was on the way belongs to the period it leads into")
    void dirOnTheWay() {
        Event oldDir = Event.of(EventType.DIR_RECEIVED_BY_PRISON, at(1, 20, 9));
        Event released = Event.of(EventType.RELEASED, at(2, 1, 9));
        Event dir = Event.of(EventType.DIR_RECEIVED_BY_PRISON, at(5, 1, 8));
        assertThat(CustodyPeriod.currentPeriod(snapshot(at(5, 1, 9), dir, released, oldDir))).containsExactly(dir);
        assertThat(EventType.DIR_RECEIVED_BY_PRISON.leadsIntoCustody()).isTrue();
        assertThat(EventType.DIR_RECEIVED_BY_PRISON.preEntry()).isFalse();
        assertThat(EventType.CARAT_FILE_REQUESTED.leadsIntoCustody()).isFalse();
        // Annex A binds the CJIT's workers too: advice given in the community leads into the custody period
        assertThat(EventType.CLIENT_ADVISED_OF_POSSIBLE_DELAY.leadsIntoCustody()).isTrue();
        assertThat(EventType.CLIENT_ADVISED_OF_POSSIBLE_DELAY.preEntry()).isFalse();
        for (EventType t : EventType.values()) {
            if (t.preEntry()) {
                assertThat(t.leadsIntoCustody()).as(t.name()).isTrue();
            }
        }
    }
}
