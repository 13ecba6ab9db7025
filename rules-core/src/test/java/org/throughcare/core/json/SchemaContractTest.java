package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.DueKind;
import org.throughcare.core.EventType;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Modality;
import org.throughcare.core.Origin;
import org.throughcare.core.Sex;
import org.throughcare.core.TriState;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.DueUnit;
import org.throughcare.core.calendar.ReliefMode;

/** The published JSON Schemas are valid, documented, and agree with the Java model, the reader and the writer. */
class SchemaContractTest {

    static final JsonNode SNAPSHOT = Schemas.tree(ThroughcareJson.SNAPSHOT_SCHEMA);
    static final JsonNode DECISION = Schemas.tree(ThroughcareJson.DECISION_SCHEMA);

    @Test
    @DisplayName("Both schemas are valid draft 2020-12 schemas")
    void metaValid() {
        assertThat(SNAPSHOT.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(DECISION.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Schemas.complaints(Schemas.META, SNAPSHOT.toString())).isEmpty();
        assertThat(Schemas.complaints(Schemas.META, DECISION.toString())).isEmpty();
    }

    @Test
    @DisplayName("Every property and definition in both schemas carries a description")
    void documented() {
        List<String> missing = new ArrayList<>();
        walkSchemas(SNAPSHOT, "snapshot", missing);
        walkSchemas(DECISION, "decision", missing);
        assertThat(missing).isEmpty();
    }

    private static void walkSchemas(JsonNode schema, String where, List<String> missing) {
        if (!schema.has("description")) {
            missing.add(where);
        }
        for (String keyword : List.of("properties", "$defs")) {
            JsonNode map = schema.get(keyword);
            if (map != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    walkSchemas(e.getValue(), where + "/" + keyword + "/" + e.getKey(), missing);
                }
            }
        }
    }

    @Test
    @DisplayName("The snapshot schema lists exactly the fields the reader knows, object by object")
    void snapshotFieldsMatchReader() {
        JsonNode p = SNAPSHOT.get("properties");
        assertThat(names(p)).containsExactlyElementsOf(SnapshotReader.ROOT_FIELDS);
        assertThat(names(p.at("/person/properties"))).containsExactlyElementsOf(SnapshotReader.PERSON_FIELDS);
        assertThat(names(p.at("/custody/properties"))).containsExactlyElementsOf(SnapshotReader.CUSTODY_FIELDS);
        assertThat(names(p.at("/custody/properties/sentence/properties"))).containsExactlyElementsOf(SnapshotReader.SENTENCE_FIELDS);
        assertThat(names(p.at("/custody/properties/planned/properties"))).containsExactlyElementsOf(org.throughcare.core.PlannedDate.jsonNames());
        assertThat(names(p.at("/determinations/properties"))).containsExactlyElementsOf(
                org.throughcare.core.vocabulary.Vocabulary.standard().determinationNames());
        assertThat(names(SNAPSHOT.at("/$defs/determination/properties"))).containsExactlyElementsOf(DeterminationsReader.DETERMINATION_FIELDS);
        assertThat(names(p.at("/consent/properties"))).containsExactlyElementsOf(ConsentReader.CONSENT_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/consentDecision/properties"))).containsExactlyElementsOf(ConsentReader.DECISION_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/exceptionToConsent/properties"))).containsExactlyElementsOf(ConsentReader.EXCEPTION_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/exceptionFlags/properties"))).containsExactlyElementsOf(ConsentReader.EXCEPTIONS_FIELDS);
        assertThat(names(p.at("/dir/properties"))).containsExactlyElementsOf(SnapshotReader.DIR_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/event/properties"))).containsExactlyElementsOf(EventReader.EVENT_FIELDS);
        assertThat(p.at("/goingStraightContract/$ref").asText()).isEqualTo("#/$defs/goingStraightContract");
        assertThat(names(SNAPSHOT.at("/$defs/goingStraightContract/properties"))).containsExactlyElementsOf(GscReader.CONTRACT_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/gscParty/properties"))).containsExactlyElementsOf(GscReader.PARTY_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/gscTarget/properties"))).containsExactlyElementsOf(GscReader.TARGET_FIELDS);
        assertThat(names(SNAPSHOT.at("/$defs/gscAmendment/properties"))).containsExactlyElementsOf(GscReader.AMENDMENT_FIELDS);
    }

    @Test
    @DisplayName("Every closed list in the schemas equals the Java enum, in declaration order")
    void enumsMatchJava() {
        JsonNode p = SNAPSHOT.get("properties");
        assertThat(values(p.at("/jurisdiction/enum"))).containsExactlyElementsOf(names(Jurisdiction.values()));
        assertThat(values(p.at("/person/properties/sex/enum"))).containsExactlyElementsOf(names(Sex.values()));
        assertThat(values(p.at("/custody/properties/status/enum"))).containsExactlyElementsOf(names(CustodyStatus.values()));
        assertThat(values(p.at("/custody/properties/origin/enum"))).containsExactlyElementsOf(names(Origin.values()));
        assertThat(values(SNAPSHOT.at("/$defs/determination/properties/value/enum"))).containsExactlyElementsOf(names(TriState.values()));
        assertThat(values(p.at("/consent/properties/status/enum"))).containsExactlyElementsOf(names(ConsentStatus.values()));
        assertThat(values(SNAPSHOT.at("/$defs/consentDecision/properties/status/enum"))).containsExactly("GIVEN", "REFUSED", "WITHDRAWN");
        assertThat(values(SNAPSHOT.at("/$defs/consentDecision/properties/purposes/items/enum")))
                .containsExactlyElementsOf(names(org.throughcare.core.SharingPurpose.values()));
        assertThat(values(SNAPSHOT.at("/$defs/exceptionToConsent/properties/kind/enum")))
                .containsExactlyElementsOf(names(org.throughcare.core.ExceptionToConsent.Kind.values()));
        assertThat(values(SNAPSHOT.at("/$defs/event/properties/type/enum"))).containsExactlyElementsOf(names(EventType.values()));
        assertThat(values(SNAPSHOT.at("/$defs/gscRole/enum"))).containsExactlyElementsOf(names(GoingStraightContract.Role.values()));
        assertThat(values(SNAPSHOT.at("/$defs/gscTarget/properties/achieved/enum")))
                .containsExactlyElementsOf(names(GoingStraightContract.Achieved.values()));
        JsonNode d = DECISION.get("$defs");
        assertThat(values(d.at("/jurisdiction/enum"))).containsExactlyElementsOf(names(Jurisdiction.values()));
        assertThat(values(d.at("/calendar/enum"))).containsExactlyElementsOf(
                Arrays.stream(CalendarId.values()).map(CalendarId::code).toList());
        assertThat(values(d.at("/requiredAction/properties/modality/enum"))).containsExactlyElementsOf(names(Modality.values()));
        assertThat(values(d.at("/requiredAction/properties/status/enum"))).containsExactlyElementsOf(names(ActionStatus.values()));
        assertThat(values(d.at("/due/properties/kind/enum"))).containsExactlyElementsOf(names(DueKind.values()));
        assertThat(values(d.at("/derivation/properties/unit/enum"))).containsExactlyElementsOf(names(DueUnit.values()));
        assertThat(values(d.at("/relief/properties/mode/enum"))).containsExactlyElementsOf(names(ReliefMode.values()));
    }

    @Test
    @DisplayName("Every event type is described in the schema's event-type description")
    void eventTypesDescribed() {
        String description = SNAPSHOT.at("/$defs/event/properties/type/description").asText();
        for (EventType t : EventType.values()) {
            assertThat(description).contains(t.name() + (t.preEntry() ? " (pre-entry):" : ":"));
        }
    }

    @Test
    @DisplayName("Every optional field may be null, for the schema as for the reader (a null counts as absent)")
    void nullsAccepted() {
        String json = """
                {"schemaVersion": null, "id": "n", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00",
                 "person": {"sex": null, "dateOfBirth": null},
                 "custody": {"status": "REMAND", "establishment": null, "origin": null, "originEstablishedAt": null,
                             "receptionAt": null, "sentence": null, "planned": null},
                 "determinations": {"ppo": null}, "consent": null, "dir": null, "events": null,
                 "goingStraightContract": null}
                """;
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).isEmpty();
        ThroughcareJson.readSnapshot(json);
        String nested = """
                {"id": "n", "jurisdiction": "ENGLAND", "asOf": "2026-04-08T10:00", "person": null,
                 "custody": {"status": "REMAND", "sentence": {"imposedOn": null, "days": null, "months": null},
                             "planned": {"expectedRelease": null, "hdcEligibility": null, "endOfCustodyLicence": null}},
                 "determinations": null,
                 "consent": {"status": "NOT_RECORDED", "date": null, "exceptions": null}, "dir": {"completedOn": null},
                 "goingStraightContract": {"parties": [{"role": "PRISONER", "signedAt": null}], "startsOn": null,
                     "endsOn": null, "needsAssessedAt": null,
                     "targets": [{"key": "T1", "target": "Aim", "responsible": null, "how": null, "whenBy": null,
                                  "achieved": null, "reviewedAt": null, "endorsedBy": null}],
                     "amendments": [{"at": "2026-04-07T10:00", "agreedBy": null}]}}
                """;
        assertThat(Schemas.complaints(Schemas.SNAPSHOT, nested)).isEmpty();
        ThroughcareJson.readSnapshot(nested);
    }

    @Test
    @DisplayName("The schemas' date range is the reader's and the writer's: 1850-01-01 to 2199-12-31")
    void dateRangeShared() {
        for (String year : List.of("1849", "1850", "2199", "2200", "0001", "9999")) {
            boolean inRange = year.compareTo("1850") >= 0 && year.compareTo("2199") <= 0;
            String json = "{\"id\": \"r\", \"jurisdiction\": \"ENGLAND\", \"asOf\": \"2026-04-08T10:00\","
                    + " \"custody\": {\"status\": \"REMAND\", \"planned\": {\"expectedRelease\": \"" + year
                    + "-06-01\"}}, \"events\": [{\"type\": \"DIP_REFERRAL\", \"at\": \"" + year + "-06-01T10:00\"}]}";
            assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as(year).hasSize(inRange ? 0 : 2);
            assertThat(java.time.LocalDate.of(Integer.parseInt(year), 6, 1)).satisfies(d ->
                    assertThat(org.throughcare.core.Times.inRange(d)).as(year).isEqualTo(inRange));
            String instant = "{\"t\": \"" + year + "-06-01T10:00:00+01:00\"}";
            JsonNode instantSchema = DECISION.get("$defs").get("instant");
            assertThat(java.util.regex.Pattern.compile(instantSchema.get("pattern").asText())
                    .matcher(year + "-06-01T10:00:00+01:00").find()).as(instant).isEqualTo(inRange);
        }
        assertThat(org.throughcare.core.Times.MIN_DATE).hasToString("1850-01-01");
        assertThat(org.throughcare.core.Times.MAX_DATE).hasToString("2199-12-31");
    }

    @Test
    @DisplayName("A decision using every field the format has validates against the decision schema")
    void fullDecisionValidates() {
        assertThat(Schemas.complaints(Schemas.DECISION, ThroughcareJson.writeDecision(Fixtures.everything()))).isEmpty();
    }

    @Test
    @DisplayName("The decision schema rejects a decision with an unknown field, a missing field or a wrong value")
    void decisionSchemaIsStrict() throws Exception {
        String json = ThroughcareJson.writeDecision(Fixtures.everything());
        assertRejected(json, d -> ((ObjectNode) d).put("extra", 1));
        assertRejected(json, d -> ((ObjectNode) d).remove("routing"));
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/0")).put("status", "LATE"));
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/0")).remove("blockedBy"));
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/2")).put("completedBy", "X"));
        assertRejected(json, d -> ((ObjectNode) d).put("asOf", "2026-04-08T10:00"));
        assertRejected(json, d -> ((ObjectNode) d).put("asOf", "2026-04-08T09:00:00Z"));
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/0/due")).remove("derivation"));
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/0/due/derivation/relief")).remove("mode"));
        assertRejected(json, d -> ((ArrayNode) d.at("/requiredActions/0/ruleIds")).removeAll());
        assertRejected(json, d -> ((ObjectNode) d.at("/requiredActions/0/due/derivation")).put("calendar", "ENGLAND_AND_WALES"));
    }

    private static void assertRejected(String json, Consumer<JsonNode> change) throws Exception {
        JsonNode d = Schemas.MAPPER.readTree(json);
        change.accept(d);
        assertThat(Schemas.complaints(Schemas.DECISION, d.toString())).as(d.toString()).isNotEmpty();
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            if (!v.isNull()) {
                out.add(v.asText());
            }
        });
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
