package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;

/**
 * The snapshot schema's event attributes follow the one declaration ({@link EventAttribute} and
 * {@link EventType#attributes()}): this test builds, from the declaration, what the schema must say (each attribute's
 * value type and codes, the conditions between attributes, which attributes each event type takes and needs) and
 * compares it with the published schema, descriptions aside. On a difference it prints the expected JSON to paste.
 */
@DisplayName("The snapshot schema's event attributes")
class EventAttributeSchemaTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode DEFS = SchemaContractTest.SNAPSHOT.get("$defs");

    @Test
    @DisplayName("declare exactly the attributes of EventAttribute, with their value types, codes and conditions")
    void attributesFollowTheDeclaration() {
        JsonNode actual = withoutDescriptions(DEFS.get("eventAttributes"));
        assertThat(actual.toPrettyString()).as("$defs/eventAttributes, from EventAttribute")
                .isEqualTo(expectedAttributes().toPrettyString());
    }

    @Test
    @DisplayName("say, for every event type, the attributes it takes and those it needs, as EventType declares them")
    void eventTypesFollowTheDeclaration() {
        JsonNode actual = withoutDescriptions(DEFS.get("event").get("allOf"));
        assertThat(actual.toPrettyString()).as("$defs/event/allOf, from EventType.attributes()")
                .isEqualTo(expectedByType().toPrettyString());
        assertThat(DEFS.at("/event/properties/attributes/$ref").asText()).isEqualTo("#/$defs/eventAttributes");
    }

    @Test
    @DisplayName("describe each attribute with its meaning, its catalogue IDs and each of its codes")
    void described() {
        for (EventAttribute a : EventAttribute.values()) {
            String d = DEFS.at("/eventAttributes/properties/" + a.jsonName() + "/description").asText();
            assertThat(d).as(a.jsonName()).contains(a.meaning());
            for (String id : a.catalogueIds()) {
                assertThat(d).as(a.jsonName()).contains(id);
            }
            for (String code : a.codeNames()) {
                assertThat(d).as(a.jsonName()).contains(code + ":");
            }
        }
        String types = DEFS.at("/event/properties/type/description").asText();
        for (EventType t : EventType.values()) {
            for (EventAttribute.Use u : t.attributes()) {
                assertThat(types).as(t + " in the event type's description").containsPattern(
                        t.name() + ":[^:]*attributes[^.]*" + u.attribute().jsonName());
            }
        }
    }

    @Test
    @DisplayName("have unique JSON names, catalogue IDs in the catalogue's form, and a code list only for codes")
    void declarationIsWellFormed() {
        assertThat(java.util.Arrays.stream(EventAttribute.values()).map(EventAttribute::jsonName)).doesNotHaveDuplicates();
        for (EventAttribute a : EventAttribute.values()) {
            assertThat(a.catalogueIds()).as(a.jsonName()).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(id -> id.matches("(ENG-COC|SCOT-TAS|SCOT-VA|HO-RPT|SPEC4)-[A-Z0-9]+-\\d{2}|(AMB|TC)-\\d{2}"));
            assertThat(a.valueName()).as(a.jsonName()).isNotBlank();
            assertThat(a.codes() != null).as(a.jsonName()).isEqualTo(a.valueType() == EventAttribute.ValueType.CODE);
            assertThat(EventAttribute.byJsonName(a.jsonName())).isSameAs(a);
            if (a.qualifies() != null) {
                assertThat(a.qualifies().attribute().valueClass().isInstance(a.qualifies().value())).isTrue();
            }
        }
        for (EventType t : EventType.values()) {
            assertThat(t.attributes().stream().map(EventAttribute.Use::attribute)).as(t.name()).doesNotHaveDuplicates();
            for (EventAttribute.Use u : t.attributes()) {
                EventAttribute.Qualifies q = u.attribute().qualifies();
                if (q != null) {
                    assertThat(t.takes(q.attribute())).as(t + " takes what " + u.attribute().jsonName() + " needs")
                            .isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("and the decision's journey lists the places, origins and bases of the Java enums")
    void journeyEnums() {
        JsonNode j = SchemaContractTest.DECISION.at("/$defs/journey/properties");
        assertThat(texts(j.at("/place/enum"))).containsExactlyElementsOf(
                java.util.Arrays.stream(org.throughcare.core.Place.values()).map(Enum::name).toList());
        assertThat(texts(j.at("/origin/enum"))).containsExactlyElementsOf(
                java.util.Arrays.stream(org.throughcare.core.Origin.values()).map(Enum::name).toList());
        assertThat(texts(j.at("/originBasis/enum"))).containsExactlyElementsOf(
                java.util.Arrays.stream(org.throughcare.core.OriginBasis.values()).map(Enum::name).toList());
        List<String> components = java.util.Arrays.stream(org.throughcare.core.Journey.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        j.fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactlyElementsOf(components);
        assertThat(SchemaContractTest.DECISION.at("/$defs/routing/properties/journey/$ref").asText())
                .isEqualTo("#/$defs/journey");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------ expected

    static ObjectNode expectedAttributes() {
        ObjectNode n = F.objectNode();
        n.set("type", strings("object", "null"));
        n.put("additionalProperties", false);
        ObjectNode props = n.putObject("properties");
        for (EventAttribute a : EventAttribute.values()) {
            ObjectNode p = props.putObject(a.jsonName());
            switch (a.valueType()) {
                case CODE -> {
                    ArrayNode e = strings(a.codeNames().toArray(String[]::new));
                    e.addNull();
                    p.set("enum", e);
                }
                case PLACE -> {
                    p.set("type", strings("string", "null"));
                    p.put("minLength", 1);
                    p.put("maxLength", EventAttribute.MAX_PLACE_LENGTH);
                    p.put("pattern", "\\S");
                }
                case BOOLEAN -> p.set("type", strings("boolean", "null"));
            }
        }
        ArrayNode all = F.arrayNode();
        for (EventAttribute a : EventAttribute.values()) {
            EventAttribute.Qualifies q = a.qualifies();
            if (q == null) {
                continue;
            }
            ObjectNode c = all.addObject();
            ObjectNode ifs = c.putObject("if");
            ifs.set("required", strings(a.jsonName()));
            ifs.putObject("properties").putObject(a.jsonName()).putObject("not").put("type", "null");
            ObjectNode then = c.putObject("then");
            then.set("required", strings(q.attribute().jsonName()));
            then.putObject("properties").putObject(q.attribute().jsonName()).put("const", ((Enum<?>) q.value()).name());
        }
        if (!all.isEmpty()) {
            n.set("allOf", all);
        }
        return n;
    }

    /** One condition per distinct declaration (the attributes taken and needed), for the types that share it. */
    static ArrayNode expectedByType() {
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            List<String> key = new ArrayList<>();
            for (EventAttribute.Use u : t.attributes()) {
                key.add(u.attribute().jsonName() + (u.required() ? "!" : ""));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t.name());
        }
        ArrayNode all = F.arrayNode();
        groups.forEach((key, types) -> {
            List<String> allowed = key.stream().map(k -> k.replace("!", "")).toList();
            List<String> required = key.stream().filter(k -> k.endsWith("!")).map(k -> k.replace("!", "")).toList();
            ObjectNode c = all.addObject();
            ObjectNode ifs = c.putObject("if");
            ifs.set("required", strings("type"));
            ifs.putObject("properties").putObject("type").set("enum", strings(types.toArray(String[]::new)));
            ObjectNode then = c.putObject("then");
            if (!required.isEmpty()) {
                then.set("required", strings("attributes"));
            }
            ObjectNode attributes = then.putObject("properties").putObject("attributes");
            if (!required.isEmpty()) {
                attributes.put("type", "object");
            }
            if (allowed.isEmpty()) {
                attributes.put("propertyNames", false);
            } else {
                attributes.putObject("propertyNames").set("enum", strings(allowed.toArray(String[]::new)));
            }
            if (!required.isEmpty()) {
                attributes.set("required", strings(required.toArray(String[]::new)));
                ObjectNode props = attributes.putObject("properties");
                for (String r : required) {
                    props.putObject(r).putObject("not").put("type", "null");
                }
            }
        });
        return all;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = F.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    /** A copy without the "description" keywords (of schemas only: never a property named "description"). */
    static JsonNode withoutDescriptions(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = F.objectNode();
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("description") || !e.getValue().isTextual()) {
                    out.set(e.getKey(), withoutDescriptions(e.getValue()));
                }
            });
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = F.arrayNode();
            n.forEach(x -> out.add(withoutDescriptions(x)));
            return out;
        }
        return n;
    }
}
