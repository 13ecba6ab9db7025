package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.fact.CaseEvent;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.SnapshotValidator;

@DisplayName("An event's attributes")
class EventAttributesTest {

    static final ZonedDateTime T = Times.strictLondon(LocalDateTime.of(2026, 4, 6, 14, 0));

    @Test
    @DisplayName("are an immutable map in declaration order; equal events are equal; Event.of(type, at) still works")
    void valueSemantics() {
        Map<EventAttribute, Object> given = new HashMap<>();
        given.put(EventAttribute.TO, "HMP Example");
        given.put(EventAttribute.KIND, ReceptionKind.TRANSFER);
        Event a = Event.of(EventType.RECEIVED_INTO_PRISON, T, given);
        Event b = Event.of(EventType.RECEIVED_INTO_PRISON, T).with(EventAttribute.KIND, ReceptionKind.TRANSFER)
                .with(EventAttribute.TO, "HMP Example");
        given.clear();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.attributes().keySet()).containsExactly(EventAttribute.KIND, EventAttribute.TO);
        assertThatThrownBy(() -> a.attributes().put(EventAttribute.FROM, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(b.with(EventAttribute.TO, null).attributes()).containsOnlyKeys(EventAttribute.KIND);
        assertThat(Event.of(EventType.RELEASED, T)).isEqualTo(new Event(EventType.RELEASED, T))
                .isEqualTo(new Event(EventType.RELEASED, T, null));
        assertThat(Event.of(EventType.RELEASED, T).attributes()).isEmpty();
    }

    @Test
    @DisplayName("print their codes, never an establishment or court code, and a wrong Java type is refused unechoed")
    void printingAndTypes() {
        Event e = Event.of(EventType.RECEIVED_INTO_PRISON, T).with(EventAttribute.KIND, ReceptionKind.TRANSFER)
                .with(EventAttribute.FROM, "Zebedee Quux");
        assertThat(e.toString()).contains("RECEIVED_INTO_PRISON").contains("kind=TRANSFER").contains("from=(given)")
                .doesNotContain("Zebedee");
        assertThat(new CaseEvent(e).toString()).contains("kind=TRANSFER").doesNotContain("Zebedee");
        assertThatThrownBy(() -> Event.of(EventType.RELEASED, T).with(EventAttribute.PLACE, "Zebedee Quux"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute place takes a ReleasePlace value");
        assertThatThrownBy(() -> Event.of(EventType.RELEASED, T).with(EventAttribute.CJIT_COURT_WORKER_PRESENT, "yes"))
                .hasMessage("attribute cjitCourtWorkerPresent takes a Boolean value");
    }

    @Test
    @DisplayName("reach the rules through CaseEvent, typed or by JSON name")
    void caseEvent() {
        CaseEvent c = new CaseEvent(Event.of(EventType.RELEASED, T).with(EventAttribute.PLACE, ReleasePlace.COURT)
                .with(EventAttribute.CJIT_COURT_WORKER_PRESENT, true));
        assertThat(c.getPlace()).isEqualTo(ReleasePlace.COURT);
        assertThat(c.getCjitCourtWorkerPresent()).isTrue();
        assertThat(c.attribute("place")).isEqualTo(ReleasePlace.COURT);
        assertThat(c.attribute("kind")).isNull();
        assertThat(c.attribute("no such attribute")).isNull();
        CaseEvent r = new CaseEvent(Event.of(EventType.PRODUCED_AT_COURT, T).with(EventAttribute.TO, "Court 7"));
        assertThat(r.getTo()).isEqualTo("Court 7");
        assertThat(r.getFrom()).isNull();
        assertThat(r.getKind()).isNull();
    }

    @Test
    @DisplayName("each reach the rules through a typed CaseEvent getter named after its JSON name, and by that name")
    void everyAttributeHasATypedGetter() throws Exception {
        for (EventAttribute a : EventAttribute.values()) {
            String name = "get" + Character.toUpperCase(a.jsonName().charAt(0)) + a.jsonName().substring(1);
            Method getter = CaseEvent.class.getMethod(name);
            assertThat(getter.getReturnType()).as(name).isEqualTo(a.valueClass());
            Object value = switch (a.valueType()) {
                case CODE -> a.codes().getEnumConstants()[0];
                case PLACE -> "HMP Example";
                case BOOLEAN -> Boolean.TRUE;
            };
            CaseEvent with = new CaseEvent(Event.of(EventType.RELEASED, T).with(a, value));
            assertThat(getter.invoke(with)).as(name).isEqualTo(value);
            assertThat(with.attribute(a.jsonName())).as(a.jsonName()).isEqualTo(value);
            assertThat(getter.invoke(new CaseEvent(Event.of(EventType.RELEASED, T)))).as(name).isNull();
        }
    }

    @Test
    @DisplayName("of the other documents print their codes and are refused in a wrong Java type, unechoed")
    void otherDocuments() {
        Event alert = Event.of(EventType.ALERT_FORM_SENT, T).with(EventAttribute.CHANGE, AlertChange.DEATH)
                .with(EventAttribute.BY, Side.CJIT);
        assertThat(alert.toString()).contains("ALERT_FORM_SENT").contains("change=DEATH").contains("by=CJIT");
        assertThat(new CaseEvent(alert).getBy()).isEqualTo(Side.CJIT);
        assertThatThrownBy(() -> Event.of(EventType.CONTACT, T).with(EventAttribute.FACE_TO_FACE, "Zebedee Quux"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute faceToFace takes a Boolean value");
        assertThatThrownBy(() -> Event.of(EventType.REFERRED_TO_SUBSTANCE_USE_SERVICE, T)
                .with(EventAttribute.ROUTE, Side.CJIT))
                .hasMessage("attribute route takes a ReferralRoute value");
    }

    @Test
    @DisplayName("are checked by the validator for snapshots built in Java, at each event's pointer")
    void validatedInJava() {
        Snapshot s = Snapshot.builder("ea-1", Jurisdiction.ENGLAND, T.plusDays(1))
                .custody(Custody.builder(CustodyStatus.REMAND))
                .event(Event.of(EventType.DIP_REFERRAL, T).with(EventAttribute.KIND, ReceptionKind.TRANSFER))
                .event(Event.of(EventType.TRANSFERRED_OUT, T).with(EventAttribute.FROM, " "))
                .event(Event.of(EventType.RELEASED, T).with(EventAttribute.CJIT_COURT_WORKER_PRESENT, true))
                .build();
        List<Problem> p = SnapshotValidator.validate(s);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/kind UNKNOWN_FIELD", "/events/1/attributes/to REQUIRED",
                "/events/1/attributes/from REQUIRED", "/events/2/attributes/cjitCourtWorkerPresent WITHOUT_VALUE");
    }
}
