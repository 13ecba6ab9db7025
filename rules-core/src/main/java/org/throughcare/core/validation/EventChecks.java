package org.throughcare.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReceptionKind;

/**
 * The meaning checks of a snapshot's events: each event's attributes against its type's declaration
 * ({@link EventType#attributes()}, {@link EventAttribute}), and the one check between movements (a return from court
 * goes back to the prison the person was produced from). Messages name events by JSON Pointer and never repeat a
 * value given.
 */
final class EventChecks {
    private EventChecks() {
    }

    /**
     * Checks an event's attributes against its type's declaration ({@link EventType#attributes()}): an attribute the
     * type does not take, a blank or over-long establishment or court code, an attribute given without the value it
     * qualifies, a required attribute missing. The JSON reader runs the first and the last on each event it reads
     * ({@link SnapshotValidator#attributeFormProblems}).
     *
     * @param type         the event's type
     * @param attributes   its attributes, each value of its declared Java type
     * @param eventPointer the JSON Pointer of the event ({@code /events/3})
     * @return the problems, in the order of the declaration; empty when there are none
     */
    static List<Problem> attributeProblems(EventType type, Map<EventAttribute, Object> attributes,
                                           String eventPointer) {
        List<Problem> p = attributeFormProblems(type, attributes, eventPointer);
        String at = eventPointer + "/attributes/";
        for (EventAttribute a : EventAttribute.values()) {
            Object v = attributes.get(a);
            if (v == null || !type.takes(a)) {
                continue;
            }
            if (v instanceof String text) {
                if (text.isBlank()) {
                    p.add(new Problem(at + a.jsonName(), ProblemCodes.REQUIRED, a.jsonName()
                            + " must not be blank: give the establishment or court code, or leave it out"));
                } else if (text.length() > EventAttribute.MAX_PLACE_LENGTH) {
                    p.add(new Problem(at + a.jsonName(), ProblemCodes.TOO_LONG, a.jsonName() + " must be at most "
                            + EventAttribute.MAX_PLACE_LENGTH + " characters (an establishment or court code)"));
                }
            }
            EventAttribute.Qualifies q = a.qualifies();
            if (q != null && !q.value().equals(attributes.get(q.attribute()))) {
                p.add(new Problem(at + a.jsonName(), ProblemCodes.WITHOUT_VALUE, a.jsonName() + " qualifies a "
                        + type + " event whose " + q.attribute().jsonName() + " is " + q.value() + ": give "
                        + q.attribute().jsonName() + " " + q.value() + " with it, or leave it out"));
            }
        }
        return p;
    }

    /**
     * The part of {@link #attributeProblems} that concerns the form of the event (the JSON reader runs it on each
     * event it reads): an attribute the type does not take, a required one missing.
     */
    static List<Problem> attributeFormProblems(EventType type, Map<EventAttribute, Object> attributes,
                                               String eventPointer) {
        List<Problem> p = new ArrayList<>();
        String at = eventPointer + "/attributes/";
        for (EventAttribute a : EventAttribute.values()) {
            if (attributes.get(a) != null && !type.takes(a)) {
                p.add(new Problem(at + a.jsonName(), ProblemCodes.UNKNOWN_FIELD, notTaken(type)));
            }
        }
        for (EventAttribute.Use u : type.attributes()) {
            if (u.required() && attributes.get(u.attribute()) == null) {
                p.add(new Problem(at + u.attribute().jsonName(), ProblemCodes.REQUIRED, "a " + type + " event needs "
                        + u.attribute().jsonName() + ": " + lowerFirst(u.attribute().meaning())));
            }
        }
        return p;
    }

    /** @return the message for an attribute that an event of {@code type} does not take */
    static String notTaken(EventType type) {
        if (type.attributes().isEmpty()) {
            return "a " + type + " event takes no attributes";
        }
        return "not an attribute of a " + type + " event; its attributes are: " + type.attributes().stream()
                .map(u -> u.attribute().jsonName()).collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A return from court goes back to the prison the person was produced from (England 2009 process point 12); a
     * move from court to another prison is a reception (process point 11). Both codes given and different is a
     * contradiction. The messages name the events by pointer, never the codes (a value given in the wrong place is
     * never repeated).
     */
    static void returnsFromCourt(List<Problem> p, List<Event> events) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().movement()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> events.get(i).at()));
        int production = -1;
        for (int i : order) {
            Event e = events.get(i);
            if (e.type() == EventType.PRODUCED_AT_COURT) {
                production = i;
                continue;
            }
            if (e.type() == EventType.RETURNED_FROM_COURT && production >= 0) {
                String from = events.get(production).attribute(EventAttribute.FROM, String.class);
                String to = e.attribute(EventAttribute.TO, String.class);
                if (from != null && to != null && !from.equals(to)) {
                    p.add(new Problem("/events/" + i + "/attributes/to", ProblemCodes.CONTRADICTION, "a return from "
                            + "court goes back to the prison the person was produced from, and the production at court "
                            + "(/events/" + production + "/attributes/from) names another prison: a move from court to "
                            + "another prison is a " + EventType.RECEIVED_INTO_PRISON + " event of kind "
                            + ReceptionKind.FROM_COURT_AFTER_OTHER_PRISON));
                }
            }
            production = -1;
        }
    }
}
