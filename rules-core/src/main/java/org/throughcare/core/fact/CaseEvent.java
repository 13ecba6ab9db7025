package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import org.throughcare.core.AlertChange;
import org.throughcare.core.CaseloadChange;
import org.throughcare.core.ContactPurpose;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.EvidenceSource;
import org.throughcare.core.MeetingMeans;
import org.throughcare.core.PlanParty;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReferralRoute;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.Side;
import org.throughcare.core.ThroughcareService;

/**
 * One event of the current custody period, as a fact. Immutable. Rules name its type by its code and read its
 * attributes through the typed getters, one per {@link EventAttribute} ({@code CaseEvent( code ==
 * "RECEIVED_INTO_PRISON", kind == ReceptionKind.TRANSFER )}, {@code CaseEvent( code == "ALERT_FORM_SENT", by ==
 * Side.CJIT )}), or the generic {@link #attribute(String)} by JSON name. Each getter returns null when the event does
 * not carry the attribute. The code, not {@code type == EventType.X}: Drools indexes a comparison with a literal, so
 * an event reaches only the rules about its type, where a comparison with an enum constant is tested in every rule
 * that matches events; the load checks each code names an {@link EventType} (docs/editing-rules.md).
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

    /** @return the event type's name ({@link EventType#name()}): what rules compare, with a literal (see above) */
    public String getCode() { return type.name(); }

    public ZonedDateTime getAt() { return at; }

    /** @return the kind of a reception (attribute {@code kind}), or null */
    public ReceptionKind getKind() { return (ReceptionKind) attributes.get(EventAttribute.KIND); }

    /** @return the prison or court left (attribute {@code from}), or null */
    public String getFrom() { return (String) attributes.get(EventAttribute.FROM); }

    /** @return the prison or court reached (attribute {@code to}), or null */
    public String getTo() { return (String) attributes.get(EventAttribute.TO); }

    /** @return where a release took place (attribute {@code place}), or null */
    public ReleasePlace getPlace() { return (ReleasePlace) attributes.get(EventAttribute.PLACE); }

    /**
     * @return for a release by the court, whether a CJIT court worker was present (attribute
     *         {@code cjitCourtWorkerPresent}), or null
     */
    public Boolean getCjitCourtWorkerPresent() {
        return (Boolean) attributes.get(EventAttribute.CJIT_COURT_WORKER_PRESENT);
    }

    /** @return how a release-plan meeting was held (attribute {@code means}), or null */
    public MeetingMeans getMeans() { return (MeetingMeans) attributes.get(EventAttribute.MEANS); }

    /** @return whether the release plan was agreed at the meeting (attribute {@code planAgreed}), or null */
    public Boolean getPlanAgreed() { return (Boolean) attributes.get(EventAttribute.PLAN_AGREED); }

    /** @return the side that changed the release plan or sent the form (attribute {@code by}), or null */
    public Side getBy() { return (Side) attributes.get(EventAttribute.BY); }

    /** @return the change of circumstance an Alert Form reports (attribute {@code change}), or null */
    public AlertChange getChange() { return (AlertChange) attributes.get(EventAttribute.CHANGE); }

    /** @return what an Activity Form records (attribute {@code caseload}), or null */
    public CaseloadChange getCaseload() { return (CaseloadChange) attributes.get(EventAttribute.CASELOAD); }

    /**
     * @return whether CJIT court workers are at the court the prisoner is due at (attribute
     *         {@code courtHasCjitWorkers}), or null
     */
    public Boolean getCourtHasCjitWorkers() { return (Boolean) attributes.get(EventAttribute.COURT_HAS_CJIT_WORKERS); }

    /** @return whether the CJIT met the person on release (attribute {@code met}), or null */
    public Boolean getMet() { return (Boolean) attributes.get(EventAttribute.MET); }

    /**
     * @return where evidence of PPO status or problematic drug misuse came from (attribute {@code evidence}), or null
     */
    public EvidenceSource getEvidence() { return (EvidenceSource) attributes.get(EventAttribute.EVIDENCE); }

    /** @return the Scottish service the person asked for help (attribute {@code service}), or null */
    public ThroughcareService getService() { return (ThroughcareService) attributes.get(EventAttribute.SERVICE); }

    /** @return whether a contact was face to face (attribute {@code faceToFace}), or null */
    public Boolean getFaceToFace() { return (Boolean) attributes.get(EventAttribute.FACE_TO_FACE); }

    /** @return what a contact was for (attribute {@code purpose}), or null */
    public ContactPurpose getPurpose() { return (ContactPurpose) attributes.get(EventAttribute.PURPOSE); }

    /**
     * @return the party whose agreement to the community integration plan the event records (attribute {@code party}),
     *         or null
     */
    public PlanParty getParty() { return (PlanParty) attributes.get(EventAttribute.PARTY); }

    /** @return how a referral reached the substance use service (attribute {@code route}), or null */
    public ReferralRoute getRoute() { return (ReferralRoute) attributes.get(EventAttribute.ROUTE); }

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
