package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughcare.core.AlertChange;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Side;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;

/**
 * Every event type of the declaration ({@link EventType}, {@link EventAttribute}), the movements and the events for
 * the other documents alike: stated in JSON with every attribute it takes, read, written and read back equal, and
 * accepted by the published schema; and, for each, the problems of a missing required attribute, an attribute the
 * type does not take and a code that is not in its list, from the reader, the validator and the schema alike.
 */
@DisplayName("Every declared event type in JSON")
class EventVocabularyJsonTest {

    private static final ZonedDateTime AT = Times.strictLondon(LocalDateTime.of(2026, 4, 7, 11, 0));
    private static final String AT_TEXT = "2026-04-07T11:00";
    /** A value a message must never repeat. */
    private static final String ECHO = "Zebedee Quux";

    /** A snapshot of someone on remand at asOf, whose history is {@code events}. */
    private static String snapshot(ObjectNode... events) {
        ObjectNode root = Schemas.MAPPER.createObjectNode();
        root.put("id", "ev-1").put("jurisdiction", "ENGLAND").put("asOf", "2026-04-08T10:00");
        root.putObject("custody").put("status", "REMAND");
        ArrayNode history = root.putArray("events");
        for (ObjectNode e : events) {
            history.add(e);
        }
        return root.toString();
    }

    /** An event of {@code type} at 11:00 on 7 April 2026, with the attributes given. */
    private static ObjectNode event(EventType type, Map<EventAttribute, Object> attributes) {
        ObjectNode e = Schemas.MAPPER.createObjectNode().put("type", type.name()).put("at", AT_TEXT);
        if (!attributes.isEmpty()) {
            ObjectNode a = e.putObject("attributes");
            attributes.forEach((attribute, value) -> {
                switch (attribute.valueType()) {
                    case CODE -> a.put(attribute.jsonName(), ((Enum<?>) value).name());
                    case PLACE -> a.put(attribute.jsonName(), (String) value);
                    case BOOLEAN -> a.put(attribute.jsonName(), (Boolean) value);
                }
            });
        }
        return e;
    }

    /**
     * Every attribute {@code type} takes, each with a value of its declared type (the last code of a code list, so
     * that the first is not the only one ever read), and the value each attribute it qualifies needs.
     */
    private static Map<EventAttribute, Object> everyAttribute(EventType type) {
        Map<EventAttribute, Object> out = new EnumMap<>(EventAttribute.class);
        for (EventAttribute.Use u : type.attributes()) {
            out.put(u.attribute(), value(u.attribute()));
        }
        for (EventAttribute.Use u : type.attributes()) {
            EventAttribute.Qualifies q = u.attribute().qualifies();
            if (q != null) {
                out.put(q.attribute(), q.value());
            }
        }
        return out;
    }

    private static Object value(EventAttribute a) {
        return switch (a.valueType()) {
            case CODE -> {
                Enum<?>[] codes = a.codes().getEnumConstants();
                yield codes[codes.length - 1];
            }
            case PLACE -> "HMP Example";
            case BOOLEAN -> Boolean.FALSE;
        };
    }

    private static List<Problem> problems(String json) {
        return MovementsJsonTest.problems(json);
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("is read with every attribute it takes, written back, read equal, and valid for the schema")
    void roundTrip(EventType type) {
        Map<EventAttribute, Object> attributes = everyAttribute(type);
        String json = snapshot(event(type, attributes));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as("the schema on the input").isEmpty();

        Snapshot s = ThroughcareJson.readSnapshot(json);
        assertThat(s.events()).containsExactly(Event.of(type, AT, attributes));
        String written = ThroughcareJson.writeSnapshot(s);
        assertThat(ThroughcareJson.readSnapshot(written)).isEqualTo(s);
        assertThat(ThroughcareJson.writeSnapshot(ThroughcareJson.readSnapshot(written))).isEqualTo(written);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, written)).as("the schema on the output").isEmpty();
        for (EventAttribute.Use u : type.attributes()) {
            assertThat(written).as(type + " writes " + u.attribute().jsonName())
                    .contains("\"" + u.attribute().jsonName() + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("is read with only the attributes it needs, and valid for the schema")
    void requiredOnly(EventType type) {
        Map<EventAttribute, Object> attributes = new EnumMap<>(EventAttribute.class);
        type.attributes().stream().filter(EventAttribute.Use::required)
                .forEach(u -> attributes.put(u.attribute(), value(u.attribute())));
        String json = snapshot(event(type, attributes));
        assertThat(ThroughcareJson.readSnapshot(json).events()).containsExactly(Event.of(type, AT, attributes));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
        assertThat(SnapshotValidator.validate(ThroughcareJson.readSnapshot(json))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ problems

    static Stream<Arguments> requiredAttributes() {
        List<Arguments> out = new ArrayList<>();
        for (EventType t : EventType.values()) {
            t.attributes().stream().filter(EventAttribute.Use::required).forEach(u -> out.add(Arguments.of(t,
                    u.attribute())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredAttributes")
    @DisplayName("a missing required attribute is REQUIRED at its pointer, saying what it is, for the validator too")
    void missingRequired(EventType type, EventAttribute missing) {
        Map<EventAttribute, Object> attributes = everyAttribute(type);
        attributes.remove(missing);
        String json = snapshot(event(type, attributes));
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code())
                .containsExactly("/events/0/attributes/" + missing.jsonName() + " " + ProblemCodes.REQUIRED);
        String meaning = missing.meaning();
        assertThat(p.get(0).message()).isEqualTo("a " + type + " event needs " + missing.jsonName() + ": "
                + Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1));
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();

        Snapshot built = Snapshot.builder("ev-2", Jurisdiction.ENGLAND, AT.plusDays(1))
                .custody(Custody.builder(CustodyStatus.REMAND)).event(Event.of(type, AT, attributes)).build();
        assertThat(SnapshotValidator.validate(built)).extracting(x -> x.pointer() + " " + x.code())
                .containsExactly("/events/0/attributes/" + missing.jsonName() + " " + ProblemCodes.REQUIRED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("an attribute the type does not take is UNKNOWN_FIELD, listing what it takes, for the validator too")
    void notTaken(EventType type) {
        EventAttribute other = Arrays.stream(EventAttribute.values()).filter(a -> !type.takes(a)).findFirst()
                .orElseThrow();
        Map<EventAttribute, Object> attributes = everyAttribute(type);
        attributes.put(other, value(other));
        String json = snapshot(event(type, attributes));
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code())
                .containsExactly("/events/0/attributes/" + other.jsonName() + " " + ProblemCodes.UNKNOWN_FIELD);
        assertThat(p.get(0).message()).isEqualTo(SnapshotValidator.notTaken(type));
        for (EventAttribute.Use u : type.attributes()) {
            assertThat(p.get(0).message()).contains(u.attribute().jsonName());
        }
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();

        Snapshot built = Snapshot.builder("ev-3", Jurisdiction.ENGLAND, AT.plusDays(1))
                .custody(Custody.builder(CustodyStatus.REMAND)).event(Event.of(type, AT, attributes)).build();
        assertThat(SnapshotValidator.validate(built)).extracting(x -> x.pointer() + " " + x.code())
                .containsExactly("/events/0/attributes/" + other.jsonName() + " " + ProblemCodes.UNKNOWN_FIELD);
    }

    static Stream<Arguments> codeAttributes() {
        List<Arguments> out = new ArrayList<>();
        for (EventType t : EventType.values()) {
            t.attributes().stream().filter(u -> u.attribute().valueType() == EventAttribute.ValueType.CODE)
                    .forEach(u -> out.add(Arguments.of(t, u.attribute())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with a bad {1}")
    @MethodSource("codeAttributes")
    @DisplayName("a code not in the attribute's list is UNKNOWN_VALUE, naming the allowed codes, never the value given")
    void badCode(EventType type, EventAttribute attribute) {
        ObjectNode e = event(type, everyAttribute(type));
        ((ObjectNode) e.get("attributes")).put(attribute.jsonName(), ECHO);
        String json = snapshot(e);
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code())
                .containsExactly("/events/0/attributes/" + attribute.jsonName() + " " + ProblemCodes.UNKNOWN_VALUE);
        assertThat(p.get(0).message()).startsWith("not a known " + attribute.valueName() + "; allowed values: "
                + String.join(", ", attribute.codeNames())).doesNotContainIgnoringCase("zebedee");
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isNotEmpty();

        ((ObjectNode) e.get("attributes")).put(attribute.jsonName(), attribute.codeNames().get(0).toLowerCase());
        assertThat(problems(snapshot(e)).get(0).message()).contains("did you mean \"" + attribute.codeNames().get(0)
                + "\"?");
    }

    @Test
    @DisplayName("an unknown event type is reported in a short message that counts the types and names the nearest")
    void unknownType() {
        ObjectNode misspelt = Schemas.MAPPER.createObjectNode().put("type", "RELEASE_PLAN_CHANGE").put("at", AT_TEXT);
        ObjectNode lower = Schemas.MAPPER.createObjectNode().put("type", "alert_form_sent").put("at", AT_TEXT);
        ObjectNode far = Schemas.MAPPER.createObjectNode().put("type", ECHO).put("at", AT_TEXT);
        ObjectNode number = Schemas.MAPPER.createObjectNode().put("type", 7).put("at", AT_TEXT);
        List<Problem> p = problems(snapshot(misspelt, lower, far, number));
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly("/events/0/type UNKNOWN_VALUE",
                "/events/1/type UNKNOWN_VALUE", "/events/2/type UNKNOWN_VALUE", "/events/3/type WRONG_TYPE");
        String counted = "the JSON Schema lists the " + EventType.values().length + " allowed values";
        assertThat(p.get(0).message()).isEqualTo("not a known event type; " + counted
                + " (did you mean \"RELEASE_PLAN_CHANGED\"?)");
        assertThat(p.get(1).message()).contains("did you mean \"ALERT_FORM_SENT\"?");
        assertThat(p.get(2).message()).isEqualTo("not a known event type; " + counted);
        assertThat(p.get(3).message()).isEqualTo("expected a string (one of the " + EventType.values().length
                + " values the JSON Schema lists), got a number");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).hasSizeLessThan(200).doesNotContainIgnoringCase("zebedee"));
    }

    @Test
    @DisplayName("a yes/no attribute given as text is WRONG_TYPE, and a null one counts as absent")
    void booleans() {
        ObjectNode contact = event(EventType.CONTACT, Map.of());
        contact.putObject("attributes").put("faceToFace", "yes").putNull("purpose");
        ObjectNode outcome = event(EventType.PICK_UP_OUTCOME, Map.of());
        outcome.putObject("attributes").putNull("met");
        String json = snapshot(contact, outcome);
        List<Problem> p = problems(json);
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/events/0/attributes/faceToFace WRONG_TYPE", "/events/1/attributes/met REQUIRED");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).doesNotContain("\"yes\""));
    }

    @Test
    @DisplayName("an Alert Form with several boxes ticked is one event per box, at the same time")
    void alertFormBoxes() {
        List<ObjectNode> boxes = new ArrayList<>();
        for (AlertChange box : List.of(AlertChange.RELEASE_PLAN, AlertChange.TREATMENT_DELIVERED)) {
            boxes.add(event(EventType.ALERT_FORM_SENT, Map.of(EventAttribute.CHANGE, box, EventAttribute.BY,
                    Side.SUBSTANCE_MISUSE_TEAM)));
        }
        String json = snapshot(boxes.toArray(ObjectNode[]::new));
        Snapshot s = ThroughcareJson.readSnapshot(json);
        assertThat(s.events()).extracting(e -> e.attribute(EventAttribute.CHANGE))
                .containsExactly(AlertChange.RELEASE_PLAN, AlertChange.TREATMENT_DELIVERED);
        assertThat(s.events()).extracting(Event::at).containsOnly(AT);
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
    }
}
