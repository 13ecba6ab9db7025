package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReleasePlace;

/**
 * One event of the current custody period, as a fact. Immutable. Rules read its attributes through the typed
 * getters ({@code CaseEvent( type == EventType.RECEIVED_INTO_PRISON, kind == ReceptionKind.TRANSFER )}) or the generic
 * {@link #attribute(String)}.
 */
public final class CaseEvent {
    private final EventType type;
    private final ZonedDateTime at;
    private final Map<EventAttribute, Object> attributes;

    public CaseEvent(Event event) {
        this.type = Objects.requireNonNull(event, "event").type();
        this.at = event.at();
        this.attributes = event.attributes();
    }

    public EventType getType() { return type; }

    public ZonedDateTime getAt() { return at; }

    /** @return the kind of a reception (attribute {@code kind}), or null */
    public ReceptionKind getKind() { return (ReceptionKind) attributes.get(EventAttribute.KIND); }

    /** @return the prison or court left (attribute {@code from}), or null */
    public String getFrom() { return (String) attributes.get(EventAttribute.FROM); }

    /** @return the prison or court reached (attribute {@code to}), or null */
    public String getTo() { return (String) attributes.get(EventAttribute.TO); }

    /** @return where a release took place (attribute {@code place}), or null */
    public ReleasePlace getPlace() { return (ReleasePlace) attributes.get(EventAttribute.PLACE); }

    /** @return for a release by the court, whether a CJIT court worker was present (attribute {@code cjitCourtWorkerPresent}), or null */
    public Boolean getCjitCourtWorkerPresent() {
        return (Boolean) attributes.get(EventAttribute.CJIT_COURT_WORKER_PRESENT);
    }

    /**
     * @param jsonName the attribute's JSON name ({@code "kind"}, {@code "from"}, ...)
     * @return its value (a code's enum constant, a string or a Boolean), or null when not given or not an attribute
     */
    public Object attribute(String jsonName) {
        EventAttribute a = EventAttribute.byJsonName(jsonName);
        return a == null ? null : attributes.get(a);
    }

    /** Prints the type, the time and the attributes' codes, never an establishment or court code. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CaseEvent[").append(type).append(" at ")
                .append(org.throughcare.core.Times.format(at));
        attributes.forEach((a, v) -> {
            if (a.valueType() != EventAttribute.ValueType.PLACE) {
                sb.append(", ").append(a.jsonName()).append('=').append(v);
            }
        });
        return sb.append(']').toString();
    }
}
