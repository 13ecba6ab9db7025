package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.NextPoint;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.RouteEdge;

/**
 * A property of routing, checked over many generated sets of route edges (a seeded loop, so that rules-core's tests
 * stay on the module path with JUnit alone; the property over whole generated snapshots is a jqwik property,
 * examples' GeneratedRoutingPropertiesTest): whatever edges the rules insert (two edges out of one point, cycles,
 * edges to undeclared points, upcoming and taken edges mixed), routing never throws, and its answer is consistent.
 */
class RouterPropertyTest {

    static final List<String> IDS = List.of("PART_1", "RECEPTION", "PP1", "PP2", "PP3", "PP5", "PP6", "PP7", "PP10",
            "PP99");

    static LoadedRuleSet ruleSet() {
        Map<String, RuleSetDescriptor.Point> points = new LinkedHashMap<>();
        points.put("PART_1", new RuleSetDescriptor.Point("Part 1", true, null));
        points.put("RECEPTION", new RuleSetDescriptor.Point("Reception", false, "process point 1"));
        for (String p : List.of("PP1", "PP2", "PP5", "PP6")) {
            points.put(p, new RuleSetDescriptor.Point("point " + p, true, "somewhere"));
        }
        for (String p : List.of("PP3", "PP7", "PP10")) {
            points.put(p, new RuleSetDescriptor.Point("point " + p, false, null));
        }
        RuleSetDescriptor d = new RuleSetDescriptor("t", "T", "1", "kb", List.of("ENGLAND"), LocalDate.of(2009, 7, 1),
                "england-and-wales", "a.csv", "ids.csv", "PART_1", points, Map.of(), Map.of(), null);
        RuleSetInfo info = new RuleSetInfo("t", "T", "1", List.of(Jurisdiction.ENGLAND), LocalDate.of(2009, 7, 1),
                "england-and-wales");
        return new LoadedRuleSet(d, info, null, Map.of(), null, java.util.Set.of(), null, null);
    }

    @Test
    @DisplayName("Routing never throws, over 20,000 generated sets of edges, and its first next point is nextPoint")
    void neverThrows() {
        LoadedRuleSet rs = ruleSet();
        Random random = new Random(20261202L);
        ZonedDateTime at = ZonedDateTime.of(2026, 4, 8, 10, 0, 0, 0, ZoneId.of("Europe/London"));
        for (int i = 0; i < 20_000; i++) {
            boolean received = random.nextBoolean();
            Custody custody = new Custody(CustodyStatus.REMAND, "HMP Example", null, null, received ? at : null, null,
                    null);
            Snapshot s = new Snapshot("r-" + i, Jurisdiction.ENGLAND, at, null, custody, null, null, null, List.of());
            List<Outcome<RouteEdge>> edges = new ArrayList<>();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                String from = IDS.get(random.nextInt(IDS.size()));
                String to = IDS.get(random.nextInt(IDS.size()));
                RouteEdge e = random.nextBoolean() ? RouteEdge.taken(from, to, "because " + k)
                        : RouteEdge.upcoming(from, to, random.nextBoolean() ? null : "later " + k);
                edges.add(new Outcome<>(e, new RuleMeta("rule " + k, "p", List.of("ENG-COC-RT-0" + (k + 1)), "s",
                        null)));
            }
            Routing r = Router.route(rs, s, edges, random.nextInt(10) > 0);
            assertThat(r.statement()).isNotBlank();
            if (r.nextPoint() == null) {
                assertThat(r.nextPoints()).isEmpty();
            } else {
                assertThat(r.nextPoints().get(0).point()).isEqualTo(r.nextPoint());
                assertThat(r.nextPoints()).extracting(NextPoint::point).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    @DisplayName("Process point 6 leads to two next points (RT-09 and RT-21): both are listed, in declared order")
    void twoNextPoints() {
        ZonedDateTime at = ZonedDateTime.of(2026, 4, 8, 10, 0, 0, 0, ZoneId.of("Europe/London"));
        Snapshot s = new Snapshot("r", Jurisdiction.ENGLAND, at, null,
                new Custody(CustodyStatus.REMAND, "HMP Example", null, null, at, null, null), null, null, null, List.of());
        RuleMeta m = new RuleMeta("r", "p", List.of("ENG-COC-RT-01"), "s", null);
        List<Outcome<RouteEdge>> edges = List.of(
                new Outcome<>(RouteEdge.taken("RECEPTION", "PP1", "reception"), m),
                new Outcome<>(RouteEdge.taken("PP1", "PP5", "x"), m),
                new Outcome<>(RouteEdge.taken("PP5", "PP6", "y"), m),
                new Outcome<>(RouteEdge.upcoming("PP6", "PP10", "a court production is known"),
                        new RuleMeta("r21", "p", List.of("ENG-COC-RT-21"), "s", null)),
                new Outcome<>(RouteEdge.upcoming("PP6", "PP7", "release is planned"),
                        new RuleMeta("r9", "p", List.of("ENG-COC-RT-09"), "s", null)));
        Routing r = Router.route(ruleSet(), s, edges, true);
        assertThat(r.currentPoint()).isEqualTo("PP6");
        assertThat(r.nextPoints()).extracting(NextPoint::point).containsExactly("PP7", "PP10");
        assertThat(r.nextPoints()).extracting(p -> p.ruleIds().get(0)).containsExactly("ENG-COC-RT-09", "ENG-COC-RT-21");
        assertThat(r.statement()).contains("Next, one of: Process point 7").contains("; or Process point 10");
    }
}
