package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.fact.CaseEvent;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.fact.ReleaseDateKnown;

@DisplayName("The helper fact that says when the release date became known")
class ReleaseDateKnownTest {

    private static ZonedDateTime at(int month, int day) {
        return Times.strictLondon(LocalDateTime.of(2026, month, day, 10, 0));
    }

    @Test
    @DisplayName("by events: the latest says when the date as now recorded became known, the first when one first did")
    void byEvents() {
        CaseEvent first = new CaseEvent(Event.of(EventType.RELEASE_DATE_KNOWN, at(7, 6)));
        CaseEvent latest = new CaseEvent(Event.of(EventType.RELEASE_DATE_KNOWN, at(9, 1)));
        ReleaseDateKnown known = ReleaseDateKnown.byEvents(latest, first);
        assertThat(known.getAt()).isEqualTo(at(9, 1));
        assertThat(known.getFirstAt()).isEqualTo(at(7, 6));
        RaisedAction now = RaisedAction.triggeredBy(known);
        assertThat(now.getTriggerEvent()).isEqualTo("RELEASE_DATE_KNOWN");
        assertThat(now.getTriggerAt()).isEqualTo(at(9, 1));
        assertThat(now.getTriggerDescription()).isEqualTo(EventType.RELEASE_DATE_KNOWN.description());
        assertThat(RaisedAction.triggeredBy(known.first()).getTriggerAt()).isEqualTo(at(7, 6));
        assertThatThrownBy(() -> ReleaseDateKnown.byEvents(first, latest)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("at a moment no event records: one instant, with the trigger the rule set declares")
    void triggeredAt() {
        ReleaseDateKnown known = ReleaseDateKnown.triggeredAt(at(4, 8), "MAIN_PRISON", "entered the main prison");
        assertThat(known.first()).isSameAs(known);
        assertThat(known.getFirstAt()).isEqualTo(known.getAt());
        RaisedAction raised = RaisedAction.triggeredBy(known);
        assertThat(raised.getTriggerEvent()).isEqualTo("MAIN_PRISON");
        assertThat(raised.getTriggerAt()).isEqualTo(at(4, 8));
        assertThat(known.toString()).doesNotContain("entered");
    }
}
