package org.throughcare.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughcare.core.RouteStep;
import org.throughcare.core.Routing;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.RouteEdge;

/** Routing: the rules' route edges walked from the journey's start to the point that applies now. */
final class Router {
    private Router() {
    }

    /**
     * @return where the person is in the rule set's journey (the encoded point that applies now), the next point
     *         and the path that led there, with a statement in words
     */
    static Routing route(LoadedRuleSet rs, Snapshot s, List<Outcome<RouteEdge>> edges, boolean inForce) {
        Map<String, RuleSetDescriptor.Point> points = rs.descriptor().points();
        if (!inForce) {
            return new Routing(null, null, null, null, false, List.of(), "No process point applies: the "
                    + rs.info().id() + " guidance applies from " + rs.info().effectiveFrom() + ".");
        }
        Map<String, Outcome<RouteEdge>> byFrom = new LinkedHashMap<>();
        for (Outcome<RouteEdge> e : edges) {
            Outcome<RouteEdge> clash = byFrom.putIfAbsent(e.fact().getFrom(), e);
            if (clash != null) {
                throw new IllegalStateException("rules '" + clash.rule().name() + "' and '" + e.rule().name()
                        + "' both route from " + e.fact().getFrom());
            }
        }
        String node = s.custody().received() ? "RECEPTION" : rs.descriptor().start();
        List<RouteStep> path = new ArrayList<>();
        String current = points.containsKey(node) && points.get(node).encoded() ? node : null;
        String next = null;
        String nextReason = null;
        Set<String> seen = new LinkedHashSet<>();
        while (seen.add(node)) {
            Outcome<RouteEdge> e = byFrom.get(node);
            if (e == null) {
                break;
            }
            if (e.fact().isUpcoming()) {
                next = e.fact().getTo();
                nextReason = e.fact().getReason();
                break;
            }
            path.add(new RouteStep(e.fact().getFrom(), e.fact().getTo(), e.rule().ruleIds(), e.fact().getReason()));
            RuleSetDescriptor.Point p = points.get(e.fact().getTo());
            if (p != null && p.encoded()) {
                current = e.fact().getTo();
                node = e.fact().getTo();
            } else {
                next = e.fact().getTo();
                nextReason = e.fact().getReason();
                break;
            }
        }
        String currentName = current == null ? null : name(points, current);
        boolean nextEncoded = next != null && points.containsKey(next) && points.get(next).encoded();
        StringBuilder st = new StringBuilder();
        if (current == null) {
            st.append("No encoded process point applies yet.");
        } else {
            st.append(label(current)).append(" (").append(currentName).append(") applies now.");
        }
        if (next == null) {
            st.append(" The next point cannot be known yet: it depends on facts not yet established");
            RuleSetDescriptor.Point p = current == null ? null : points.get(current);
            st.append(p != null && p.exits() != null ? " (" + p.exits() + ")." : ".");
        } else {
            st.append(" Next: ").append(label(next)).append(" (").append(name(points, next)).append(")");
            st.append(nextReason == null ? "" : ", because " + nextReason).append('.');
            if (!nextEncoded) {
                st.append(" The rules of ").append(label(next)).append(" are not encoded yet in rule set ")
                        .append(rs.info().id()).append(": follow the guidance text for it; this decision lists no actions from it.");
            }
        }
        return new Routing(current, currentName, next, next == null ? null : name(points, next), nextEncoded, path,
                st.toString());
    }

    private static String name(Map<String, RuleSetDescriptor.Point> points, String id) {
        RuleSetDescriptor.Point p = points.get(id);
        return p == null ? id : p.name();
    }

    private static String label(String id) {
        if (id.startsWith("PP")) {
            return "Process point " + id.substring(2);
        }
        if (id.equals("PART_1")) {
            return "Part 1";
        }
        return id;
    }
}
