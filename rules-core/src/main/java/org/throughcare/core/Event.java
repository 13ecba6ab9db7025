package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One dated event in the history. Events carry no free text, so no personal data can hide in them: their attributes
 * ({@link EventAttribute}) are codes from closed lists, establishment or court codes, and yes/no values.
 *
 * <p>The record checks only that each attribute value has its declared Java type (a {@link ReceptionKind} for
 * {@code kind}, a string for {@code from}, ...). Whether the event's type takes the attribute, and whether a required
 * one is missing, is checked with the rest of the snapshot's meaning by
 * {@link org.throughcare.core.validation.SnapshotValidator}, which names the event by its JSON Pointer.
 *
 * @param type       what happened; never null
 * @param at         when it happened (Europe/London); never null, never after the snapshot's {@code asOf}
 * @param attributes the event's attributes (unmodifiable, in declaration order; empty when it has none); never null
 */
public record Event(EventType type, ZonedDateTime at, Map<EventAttribute, Object> attributes) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        at = Times.london(at);
        if (attributes == null || attributes.isEmpty()) {
            attributes = Map.of();
        } else {
            EnumMap<EventAttribute, Object> copy = new EnumMap<>(EventAttribute.class);
            for (Map.Entry<EventAttribute, Object> e : attributes.entrySet()) {
                EventAttribute a = Objects.requireNonNull(e.getKey(), "attribute");
                Object v = Objects.requireNonNull(e.getValue(), () -> "the value of attribute " + a.jsonName());
                if (!a.valueClass().isInstance(v)) {
                    // The value is never repeated: it may be anything a caller put there.
                    throw new IllegalArgumentException("attribute " + a.jsonName() + " takes a "
                            + a.valueClass().getSimpleName() + " value");
                }
                copy.put(a, v);
            }
            attributes = Collections.unmodifiableMap(copy);
        }
    }

    /** An event without attributes. */
    public Event(EventType type, ZonedDateTime at) {
        this(type, at, Map.of());
    }

    /** @return an event of {@code type} at {@code at}, without attributes. */
    public static Event of(EventType type, ZonedDateTime at) {
        return new Event(type, at, Map.of());
    }

    /** @return an event of {@code type} at {@code at} with these attributes. */
    public static Event of(EventType type, ZonedDateTime at, Map<EventAttribute, ?> attributes) {
        return new Event(type, at, attributes == null ? Map.of() : new java.util.HashMap<EventAttribute, Object>(attributes));
    }

    /**
     * @return a copy of this event with {@code attribute} set to {@code value} (or removed, when {@code value} is
     *         null), e.g. {@code Event.of(RECEIVED_INTO_PRISON, t).with(KIND, ReceptionKind.TRANSFER)}
     */
    public Event with(EventAttribute attribute, Object value) {
        Objects.requireNonNull(attribute, "attribute");
        EnumMap<EventAttribute, Object> copy = new EnumMap<>(EventAttribute.class);
        copy.putAll(attributes);
        if (value == null) {
            copy.remove(attribute);
        } else {
            copy.put(attribute, value);
        }
        return new Event(type, at, copy);
    }

    /** @return the attribute's value (a code's enum constant, a string or a Boolean), or null when not given */
    public Object attribute(EventAttribute attribute) {
        return attributes.get(attribute);
    }

    /** @return the attribute's value as its type, or null when not given */
    public <T> T attribute(EventAttribute attribute, Class<T> type) {
        Object v = attributes.get(attribute);
        return v == null ? null : type.cast(v);
    }

    /**
     * Prints the type, the time and the attributes' codes; an establishment or court code is shown only as given
     * (no value given to a snapshot is ever repeated where it could reach a log).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Event[").append(type).append(" at ").append(Times.format(at));
        attributes.forEach((a, v) -> sb.append(", ").append(a.jsonName()).append('=')
                .append(a.valueType() == EventAttribute.ValueType.PLACE ? "(given)" : v));
        return sb.append(']').toString();
    }
}
