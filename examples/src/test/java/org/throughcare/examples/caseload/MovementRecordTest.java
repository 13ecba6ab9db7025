package org.throughcare.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Decision;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Routing;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;

/**
 * The movements a generated line records agree with its stated custody facts, so they change nothing the engine
 * decides: each of 2,000 lines gives the same actions, priorities, eligibility, notices and route with and without
 * them, and the derived reception and origin are the stated ones. Only where the person is may say more.
 */
@DisplayName("The movements recorded in a generated caseload")
class MovementRecordTest {

    @Test
    @DisplayName("change no decision where the stated custody facts can say the same (receptions; no exit movement)")
    void sameDecisions() {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        LineFactory factory = new LineFactory(20260512L, 0);
        List<String> differences = new ArrayList<>();
        int withMovements = 0;
        for (int i = 0; i < 2000; i++) {
            Snapshot with = factory.snapshot(i);
            Snapshot without = withoutMovements(with);
            if (with.equals(without) || actsOnMovements(with)) {
                continue;
            }
            withMovements++;
            Decision a = engine.evaluate(with);
            Decision b = engine.evaluate(without);
            if (!a.requiredActions().equals(b.requiredActions()) || !a.priorities().equals(b.priorities())
                    || !a.eligibility().equals(b.eligibility()) || !a.notices().equals(b.notices())
                    || !route(a.routing()).equals(route(b.routing()))
                    || !java.util.Objects.equals(a.routing().journey().receptionAt(), b.routing().journey().receptionAt())
                    || a.routing().journey().origin() != b.routing().journey().origin()) {
                if (differences.size() < 5) {
                    List<Object> onlyWith = new ArrayList<>(a.requiredActions());
                    onlyWith.removeAll(b.requiredActions());
                    List<Object> onlyWithout = new ArrayList<>(b.requiredActions());
                    onlyWithout.removeAll(a.requiredActions());
                    differences.add(with.id() + ": with the movements only " + onlyWith + "\n  without them only "
                            + onlyWithout + "\n  notices " + a.notices() + "\n  vs " + b.notices() + "\n  "
                            + route(a.routing()) + " vs " + route(b.routing()));
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(withMovements).as("lines that record movements").isGreaterThan(500);
    }

    /**
     * Whether the line records a movement that the exit rules act on (process points 8 to 14): a transfer out, a
     * production at court, a return from court or a release with its place. The stated custody facts cannot say
     * those, so the two forms of such a line rightly differ; the comparison keeps the lines whose movements are
     * receptions (and releases with no place), which the stated facts say in full.
     */
    static boolean actsOnMovements(Snapshot s) {
        for (Event e : s.events()) {
            if (e.type() == EventType.TRANSFERRED_OUT || e.type() == EventType.PRODUCED_AT_COURT
                    || e.type() == EventType.RETURNED_FROM_COURT
                    || (e.type() == EventType.RELEASED && e.attributes() != null && !e.attributes().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** The line as it was before its movements were recorded: no movement event, releases without a place. */
    static Snapshot withoutMovements(Snapshot s) {
        List<Event> events = new ArrayList<>();
        for (Event e : s.events()) {
            if (e.type() == EventType.RELEASED) {
                events.add(Event.of(EventType.RELEASED, e.at()));
            } else if (!e.type().movement()) {
                events.add(e);
            }
        }
        return new Snapshot(s.id(), s.jurisdiction(), s.asOf(), s.person(), s.custody(), s.determinations(),
                s.consent(), s.dir(), events);
    }

    private static Routing route(Routing r) {
        return new Routing(r.currentPoint(), r.currentPointName(), r.nextPoint(), r.nextPointName(),
                r.nextPointEncoded(), r.path(), r.statement());
    }
}
