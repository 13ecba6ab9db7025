package org.throughcare.examples.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.Custody;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Event;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;
import org.throughcare.core.json.ThroughcareJson;

/**
 * Writes a snapshot as a JSON tree in the snapshot input format (schema {@code snapshot.schema.json}) and as one
 * line of compact JSON. Jackson does the writing, so every string is escaped properly and a line never holds a line
 * break. Fields follow the schema's order; absent values are left out (or, in the explicit-defaults style, spelled
 * out).
 */
final class SnapshotJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private SnapshotJson() {
    }

    /** @return the compact, one-line JSON text of {@code tree} */
    static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }

    static ObjectNode tree(Snapshot s, JsonStyle style) {
        ObjectNode root = NODES.objectNode();
        if (style.schemaVersion()) {
            root.put("schemaVersion", ThroughcareJson.SCHEMA_VERSION);
        }
        root.put("id", s.id());
        root.put("jurisdiction", s.jurisdiction().name());
        root.put("asOf", time(s.asOf(), style));
        person(root, s.person(), style);
        root.set("custody", custody(s.custody(), style));
        determinations(root, s.determinations(), style);
        consent(root, s.consent(), style);
        if (s.dir().completedOn() != null) {
            root.putObject("dir").put("completedOn", s.dir().completedOn().toString());
        }
        if (!s.events().isEmpty() || style.explicitDefaults()) {
            ArrayNode events = root.putArray("events");
            for (Event e : s.events()) {
                ObjectNode n = events.addObject().put("type", e.type().name()).put("at", time(e.at(), style));
                if (!e.attributes().isEmpty()) {
                    ObjectNode a = n.putObject("attributes");
                    e.attributes().forEach((attribute, value) -> {
                        if (value instanceof Enum<?> code) {
                            a.put(attribute.jsonName(), code.name());
                        } else if (value instanceof Boolean yes) {
                            a.put(attribute.jsonName(), yes);
                        } else {
                            a.put(attribute.jsonName(), (String) value);
                        }
                    });
                }
            }
        }
        return root;
    }

    private static String time(ZonedDateTime t, JsonStyle style) {
        return TimeText.write(t, style.times());
    }

    private static void person(ObjectNode root, Person p, JsonStyle style) {
        boolean sex = p.sex() != Sex.NOT_RECORDED || style.explicitDefaults();
        if (!sex && p.dateOfBirth() == null) {
            return;
        }
        ObjectNode o = root.putObject("person");
        if (sex) {
            o.put("sex", p.sex().name());
        }
        if (p.dateOfBirth() != null) {
            o.put("dateOfBirth", p.dateOfBirth().toString());
        }
    }

    private static ObjectNode custody(Custody c, JsonStyle style) {
        ObjectNode o = NODES.objectNode();
        o.put("status", c.status().name());
        if (c.establishment() != null) {
            o.put("establishment", c.establishment());
        }
        if (c.origin() != null) {
            o.put("origin", c.origin().name());
        }
        if (c.originEstablishedAt() != null) {
            o.put("originEstablishedAt", time(c.originEstablishedAt(), style));
        }
        if (c.receptionAt() != null) {
            o.put("receptionAt", time(c.receptionAt(), style));
        }
        Sentence sentence = c.sentence();
        if (sentence != null) {
            ObjectNode so = o.putObject("sentence");
            if (sentence.imposedOn() != null) {
                so.put("imposedOn", sentence.imposedOn().toString());
            }
            if (sentence.days() != null) {
                so.put("days", sentence.days());
            }
            if (sentence.months() != null) {
                so.put("months", sentence.months());
            }
        }
        PlannedDates p = c.planned();
        if (p.expectedRelease() != null || p.hdcEligibility() != null || p.endOfCustodyLicence() != null) {
            ObjectNode po = o.putObject("planned");
            if (p.expectedRelease() != null) {
                po.put("expectedRelease", p.expectedRelease().toString());
            }
            if (p.hdcEligibility() != null) {
                po.put("hdcEligibility", p.hdcEligibility().toString());
            }
            if (p.endOfCustodyLicence() != null) {
                po.put("endOfCustodyLicence", p.endOfCustodyLicence().toString());
            }
        }
        return o;
    }

    private static void determinations(ObjectNode root, Determinations d, JsonStyle style) {
        ObjectNode o = NODES.objectNode();
        for (Story.Field field : Story.Field.values()) {
            determination(o, field.vocabularyName, d.get(field.vocabularyName), style);
        }
        if (!o.isEmpty()) {
            root.set("determinations", o);
        }
    }

    private static void determination(ObjectNode o, String name, Determination d, JsonStyle style) {
        if (d.value() == TriState.NOT_DETERMINED && !style.explicitDefaults()) {
            return;
        }
        ObjectNode x = o.putObject(name);
        x.put("value", d.value().name());
        if (d.determinedAt() != null) {
            x.put("determinedAt", time(d.determinedAt(), style));
        }
    }

    private static void consent(ObjectNode root, Consent c, JsonStyle style) {
        boolean anyException = !c.exceptions().isEmpty();
        if (c.status() == ConsentStatus.NOT_RECORDED && !anyException && !style.explicitDefaults()) {
            return;
        }
        ObjectNode o = root.putObject("consent");
        o.put("status", c.status().name());
        if (c.date() != null) {
            o.put("date", c.date().toString());
        }
        if (anyException || style.explicitDefaults()) {
            ObjectNode x = o.putObject("exceptions");
            flag(x, "riskOfHarm", c.exceptionKinds().contains("RISK_OF_HARM"), style);
            flag(x, "requiredAssessment", c.exceptionKinds().contains("REQUIRED_ASSESSMENT"), style);
            flag(x, "restrictionOnBail", c.exceptionKinds().contains("RESTRICTION_ON_BAIL"), style);
            c.exceptions().stream().filter(e -> e.kind() == ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION)
                    .findFirst().ifPresent(e -> x.put("otherLawfulException", e.reason()));
        }
    }

    private static void flag(ObjectNode o, String name, boolean value, JsonStyle style) {
        if (value || style.explicitDefaults()) {
            o.put(name, value);
        }
    }
}
