package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;

/**
 * Reads a snapshot's {@code events}, reporting problems through the document's reader: each event's type, time and
 * attributes, the attributes by their declaration ({@link EventAttribute}, {@link EventType#attributes()}).
 */
final class EventReader {
    static final List<String> EVENT_FIELDS = List.of("type", "at", "attributes");

    private final DocumentReader r;

    EventReader(DocumentReader r) {
        this.r = r;
    }

    /** @return the events, or null when {@code n} is null or any event has a problem */
    List<Event> events(JsonNode n, String ptr) {
        if (n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected an array of events, got " + DocumentReader.type(n));
            return null;
        }
        if (n.size() > SnapshotValidator.MAX_EVENTS) {
            r.add(ptr, ProblemCodes.TOO_MANY, "at most " + SnapshotValidator.MAX_EVENTS + " events are accepted, got "
                    + n.size() + "; the events were not read");
            return null;
        }
        int before = r.problems.mark();
        List<Event> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            Event e = event(n.get(i), ptr + "/" + i);
            if (e != null) {
                out.add(e);
            }
        }
        return r.problems.since(before) ? null : out;
    }

    private Event event(JsonNode n, String ptr) {
        if (n.isNull() || !n.isObject()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected an event object {\"type\": ..., \"at\": ...}, got "
                    + DocumentReader.type(n));
            return null;
        }
        int before = r.problems.mark();
        EventType type = null;
        ZonedDateTime at = null;
        JsonNode attributes = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "type" -> type = r.enumValue(v, p, EventType.class, "event type");
                case "at" -> at = r.time(v, p);
                case "attributes" -> attributes = v;
                default -> r.unknown(f.getKey(), p, EVENT_FIELDS, "an event");
            }
        }
        r.required(n, ptr, "type", "the event type");
        r.required(n, ptr, "at", "when the event happened");
        // The attributes are read once the type is known (the type may come after them): the type says which it takes.
        Map<EventAttribute, Object> values = attributes(attributes, ptr, type);
        return r.problems.since(before) ? null : new Event(type, at, values);
    }

    /**
     * Reads an event's attributes: each a declared {@link EventAttribute} of its declared value type, each one the
     * event's type takes, with every attribute the type requires (see {@link EventType#attributes()}). A null
     * attribute counts as absent. When the type is missing or unknown, only the attributes' own form is checked.
     */
    private Map<EventAttribute, Object> attributes(JsonNode n, String eventPtr, EventType type) {
        Map<EventAttribute, Object> out = new EnumMap<>(EventAttribute.class);
        String ptr = DocumentReader.child(eventPtr, "attributes");
        if (n != null && !n.isNull() && !n.isObject()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected an object of event attributes, got " + DocumentReader.type(n));
            return out;
        }
        int before = r.problems.mark();
        if (n != null && !n.isNull()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = DocumentReader.child(ptr, f.getKey());
                EventAttribute a = EventAttribute.byJsonName(f.getKey());
                if (a == null) {
                    unknownAttribute(f.getKey(), p, type);
                    continue;
                }
                if (type != null && !type.takes(a)) {
                    r.add(p, ProblemCodes.UNKNOWN_FIELD, SnapshotValidator.notTaken(type)); // even when null
                    continue;
                }
                Object v = attributeValue(a, f.getValue(), p);
                if (v != null) {
                    out.put(a, v);
                }
            }
        }
        if (type != null && !r.problems.since(before)) {
            for (Problem p : SnapshotValidator.attributeFormProblems(type, out, eventPtr)) {
                r.add(p.pointer(), p.code(), p.message());
            }
        }
        return out;
    }

    private void unknownAttribute(String name, String p, EventType type) {
        if (type != null && type.attributes().isEmpty()) {
            r.add(p, ProblemCodes.UNKNOWN_FIELD, SnapshotValidator.notTaken(type));
        } else if (type == null) {
            r.unknown(name, p, Arrays.stream(EventAttribute.values()).map(EventAttribute::jsonName).toList(),
                    "the event attributes");
        } else {
            r.unknown(name, p, type.attributes().stream().map(u -> u.attribute().jsonName()).toList(),
                    "the attributes of a " + type + " event");
        }
    }

    private Object attributeValue(EventAttribute a, JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        return switch (a.valueType()) {
            case CODE -> r.enumValue(v, p, codes(a), a.valueName());
            case PLACE -> r.string(v, p);
            case BOOLEAN -> v.isBoolean() ? Boolean.valueOf(r.bool(v, p)) : wrongBoolean(v, p);
        };
    }

    private Object wrongBoolean(JsonNode v, String p) {
        r.bool(v, p); // reports the wrong type
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends Enum> codes(EventAttribute a) {
        return (Class<? extends Enum>) a.codes();
    }
}
