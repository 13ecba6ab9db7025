package org.throughcare.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughcare.core.NextPoint;
import org.throughcare.core.RouteStep;
import org.throughcare.core.Routing;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.RouteEdge;

/**
 * Routing: the rules' route edges walked from the journey's start to the point that applies now. It never throws:
 * a point may lead to several next points (all are listed), and where the rules take two edges out of one point the
 * walk follows the first in the order the rule set declares its points and records the other in the path and the
 * statement.
 */
final class Router {
    private Router() {
    }

    /**
     * @return where the person is in the rule set's journey (the encoded point that applies now), the next points and
     *         the path that led there, with a statement in words
     */
    static Routing route(LoadedRuleSet rs, Snapshot s, List<Outcome<RouteEdge>> edges, boolean inForce) {
        Map<String, RuleSetDescriptor.Point> points = rs.descriptor().points() == null ? Map.of()
                : rs.descriptor().points();
        if (!inForce) {
            return new Routing(null, null, null, null, false, List.of(), "No process point applies: the "
                    + rs.info().id() + " guidance applies from " + rs.info().effectiveFrom() + ".");
        }
        Comparator<Outcome<RouteEdge>> byDeclaration = Comparator.comparingInt(
                (Outcome<RouteEdge> e) -> declared(points, e.fact().getTo())).thenComparing(e -> e.fact().getTo());
        Map<String, List<Outcome<RouteEdge>>> byFrom = new LinkedHashMap<>();
        for (Outcome<RouteEdge> e : edges) {
            byFrom.computeIfAbsent(e.fact().getFrom(), k -> new ArrayList<>()).add(e);
        }
        byFrom.values().forEach(l -> l.sort(byDeclaration));
        String node = s.custody().received() ? "RECEPTION" : rs.descriptor().start();
        List<RouteStep> path = new ArrayList<>(leadIn(node, edges));
        String current = node != null && points.containsKey(node) && points.get(node).encoded() ? node : null;
        List<Outcome<RouteEdge>> next = new ArrayList<>();
        List<String> alsoTaken = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (node != null && seen.add(node)) {
            List<Outcome<RouteEdge>> out = byFrom.getOrDefault(node, List.of());
            List<Outcome<RouteEdge>> taken = out.stream().filter(e -> !e.fact().isUpcoming()).toList();
            if (taken.isEmpty()) {
                next.addAll(out);
                break;
            }
            Outcome<RouteEdge> e = taken.get(0);
            for (Outcome<RouteEdge> t : taken) {
                path.add(new RouteStep(t.fact().getFrom(), t.fact().getTo(), t.rule().ruleIds(), t.fact().getReason()));
                if (t != e) {
                    alsoTaken.add(t.fact().getTo());
                }
            }
            RuleSetDescriptor.Point p = points.get(e.fact().getTo());
            if (p != null && p.encoded()) {
                current = e.fact().getTo();
                node = e.fact().getTo();
            } else {
                next.add(e);
                break;
            }
        }
        List<NextPoint> nextPoints = new ArrayList<>();
        Set<String> nextIds = new LinkedHashSet<>();
        for (Outcome<RouteEdge> e : next) {
            String to = e.fact().getTo();
            if (nextIds.add(to)) {
                nextPoints.add(new NextPoint(to, name(points, to), encoded(points, to), e.fact().getReason(),
                        e.rule().ruleIds()));
            }
        }
        NextPoint first = nextPoints.isEmpty() ? null : nextPoints.get(0);
        String statement = statement(rs, points, current, nextPoints, alsoTaken);
        return new Routing(current, current == null ? null : name(points, current), first == null ? null : first.point(),
                first == null ? null : first.name(), first != null && first.encoded(), path, statement, null,
                nextPoints);
    }

    /**
     * @return the taken edges that lead into the walk's start, earliest first: how the person came to this reception
     *         from a point of the previous custody period (process point 10 to 11, then the reception at the receiving
     *         prison: England 2009 process point 11). They are part of the path; the walk itself starts at the start.
     */
    private static List<RouteStep> leadIn(String start, List<Outcome<RouteEdge>> edges) {
        List<RouteStep> steps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String node = start;
        while (node != null && seen.add(node)) {
            String to = node;
            Outcome<RouteEdge> into = edges.stream().filter(e -> !e.fact().isUpcoming() && e.fact().getTo().equals(to)
                    && !seen.contains(e.fact().getFrom())).findFirst().orElse(null);
            if (into == null) {
                break;
            }
            steps.add(0, new RouteStep(into.fact().getFrom(), into.fact().getTo(), into.rule().ruleIds(),
                    into.fact().getReason()));
            node = into.fact().getFrom();
        }
        return steps;
    }

    private static String statement(LoadedRuleSet rs, Map<String, RuleSetDescriptor.Point> points, String current,
                                    List<NextPoint> next, List<String> alsoTaken) {
        StringBuilder st = new StringBuilder(256);
        if (current == null) {
            st.append("No encoded process point applies yet.");
        } else {
            st.append(label(current)).append(" (").append(name(points, current)).append(") applies now.");
        }
        for (String other : alsoTaken) {
            st.append(" The rules also lead to ").append(label(other)).append(" (").append(name(points, other))
                    .append(") from the same point; this routing follows the first.");
        }
        RuleSetDescriptor.Point here = current == null ? null : points.get(current);
        if (next.isEmpty() && here != null && here.end()) {
            return name(points, current) + (here.exits() == null ? "." : ": " + here.exits() + ".");
        }
        if (next.isEmpty()) {
            st.append(" The next point cannot be known yet: it depends on facts not yet established");
            RuleSetDescriptor.Point p = current == null ? null : points.get(current);
            st.append(p != null && p.exits() != null ? " (" + p.exits() + ")." : ".");
            return st.toString();
        }
        st.append(next.size() == 1 ? " Next: " : " Next, one of: ");
        for (int i = 0; i < next.size(); i++) {
            NextPoint n = next.get(i);
            st.append(i == 0 ? "" : "; or ").append(label(n.point())).append(" (").append(n.name()).append(")");
            st.append(n.reason() == null ? "" : ", because " + n.reason());
        }
        st.append('.');
        for (NextPoint n : next) {
            if (!n.encoded()) {
                st.append(" The rules of ").append(label(n.point())).append(" are not encoded yet in rule set ")
                        .append(rs.info().id()).append(": follow the guidance text for it; this decision lists no actions from it.");
            }
        }
        return st.toString();
    }

    /** @return where the rule set declares a point among its points, or {@link Integer#MAX_VALUE} if it does not */
    private static int declared(Map<String, RuleSetDescriptor.Point> points, String id) {
        int i = 0;
        for (String p : points.keySet()) {
            if (p.equals(id)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    private static boolean encoded(Map<String, RuleSetDescriptor.Point> points, String id) {
        RuleSetDescriptor.Point p = points.get(id);
        return p != null && p.encoded();
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
