package org.throughcare.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Explanation;
import org.throughcare.core.FiredRule;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;
import org.throughcare.core.validation.Problem;

class ThroughcareJsonWriteTest {

    @Test
    @DisplayName("Instants are written as Europe/London offset date-times with seconds: +01:00 in summer, +00:00 in winter")
    void instants() {
        String json = ThroughcareJson.writeDecision(Fixtures.everything());
        assertThat(json).contains("\"asOf\": \"2026-04-08T10:00:00+01:00\"")
                .contains("\"dueAt\": \"2026-04-07T09:00:00+01:00\"")
                .contains("\"dueAt\": \"2026-01-13T23:59:59+00:00\"")
                .doesNotContain("Z\"", "[Europe/London]");
        assertThat(JsonFormat.instant(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 500_000_000, Times.LONDON)))
                .isEqualTo("2026-01-01T00:00:00.5+00:00");
        assertThat(JsonFormat.instant(ZonedDateTime.parse("2026-04-02T15:00Z"))).isEqualTo("2026-04-02T16:00:00+01:00");
    }

    @Test
    @DisplayName("Output is pretty-printed with a 2-space indent, \\n line endings, no space before colons, and a final newline")
    void layout() {
        String json = ThroughcareJson.writeDecision(Fixtures.everything());
        assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.4\",\n  \"snapshotId\": \"fixture-1\",\n")
                .endsWith("}\n").doesNotContain("\r", "\t", " :");
        assertThat(json.lines().filter(l -> !l.isEmpty()).allMatch(l -> (l.length() - l.stripLeading().length()) % 2 == 0))
                .isTrue();
        assertThat(json).contains("\"criteriaNotMet\": [],");
    }

    @Test
    @DisplayName("The same decision is written byte-identically every time")
    void deterministic() {
        String first = ThroughcareJson.writeDecision(Fixtures.everything());
        for (int i = 0; i < 3; i++) {
            assertThat(ThroughcareJson.writeDecision(Fixtures.everything())).isEqualTo(first);
        }
    }

    @Test
    @DisplayName("Nulls are omitted; maps are sorted by key; the calendar is written by its code")
    void nullsMapsCalendars() throws Exception {
        JsonNode d = Schemas.MAPPER.readTree(ThroughcareJson.writeDecision(Fixtures.everything()));
        JsonNode pending = d.get("requiredActions").get(3);
        assertThat(pending.get("trigger").has("at")).isFalse();
        assertThat(pending.get("due").has("at")).isFalse();
        assertThat(pending.has("completedAt")).isFalse();
        assertThat(pending.has("blockedBy")).isFalse();
        assertThat(d.get("eligibility").get(0).has("citation")).isFalse();
        List<String> keys = new ArrayList<>();
        d.get("provenance").get("settings").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("caratFileConsent", "courtFromOtherPrisonRoute", "dayBasis",
                "pp2ClinicalAssessment", "reliefByInterpretation", "tier1ForPpoWith", "weekendReliefMode",
                "youngOffenderMaxAge");
        assertThat(d.get("requiredActions").get(0).get("due").get("derivation").get("calendar").asText())
                .isEqualTo("england-and-wales");
        assertThat(d.get("requiredActions").get(1).get("due").get("derivation").get("relief").has("mode")).isFalse();
    }

    @Test
    @DisplayName("Every object's properties follow its record's component order")
    void recordComponentOrder() throws Exception {
        JsonNode d = Schemas.MAPPER.readTree(ThroughcareJson.writeDecision(Fixtures.everything()));
        checkOrder(Fixtures.everything(), d);
    }

    /** Walks a record and its JSON together, checking that the present keys keep the component order. */
    private static void checkOrder(Object value, JsonNode node) throws Exception {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkOrder(list.get(i), node.get(i));
            }
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        List<String> expected = new ArrayList<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(value);
            if (v != null) {
                expected.add(c.getName());
                checkOrder(v, node.get(c.getName()));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            actual.add(it.next());
        }
        assertThat(actual).as(value.getClass().getSimpleName()).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("An explanation is the decision plus every fired rule, in firing order")
    void explanation() throws Exception {
        Explanation e = new Explanation(Fixtures.everything(), List.of(new FiredRule("england-2009",
                "ENG-COC-PRE-03 the CJIT sends the DIR", List.of("ENG-COC-PRE-03"), "Part 1",
                List.of("CaseEvent[CJIT_AWARE_OF_DESTINATION]"), List.of("RaisedAction[...]"))));
        String json = ThroughcareJson.writeExplanation(e);
        JsonNode n = Schemas.MAPPER.readTree(json);
        assertThat(n.fieldNames()).toIterable().containsExactly("decision", "fired");
        assertThat(Schemas.MAPPER.readTree(ThroughcareJson.writeDecision(e.decision()))).isEqualTo(n.get("decision"));
        assertThat(n.get("fired").get(0).fieldNames()).toIterable()
                .containsExactly("ruleSet", "rule", "ruleIds", "section", "matched", "produced");
        assertThat(Schemas.complaints(Schemas.DECISION, n.get("decision").toString())).isEmpty();
    }

    @Test
    @DisplayName("Problems are written as {snapshotId, problems: [{pointer, code, message}]}, the id left out when unknown")
    void problems() {
        List<Problem> p = List.of(new Problem("/custody/recepionAt", "UNKNOWN_FIELD", "did you mean \"receptionAt\"?"),
                new Problem("", "MALFORMED_JSON", "line 1"));
        assertThat(ThroughcareJson.writeProblems("s-1", p)).isEqualTo("""
                {
                  "snapshotId": "s-1",
                  "problems": [
                    {
                      "pointer": "/custody/recepionAt",
                      "code": "UNKNOWN_FIELD",
                      "message": "did you mean \\"receptionAt\\"?"
                    },
                    {
                      "pointer": "",
                      "code": "MALFORMED_JSON",
                      "message": "line 1"
                    }
                  ]
                }
                """);
        assertThat(ThroughcareJson.writeProblems(null, List.of())).isEqualTo("{\n  \"problems\": []\n}\n");
    }

    // ------------------------------------------------------------------------------------------------ snapshots

    static Snapshot full() {
        return new Snapshot("rt-full", Jurisdiction.ENGLAND, Fixtures.at(2026, 11, 2, 10, 0),
                new Person(Sex.FEMALE, LocalDate.of(1990, 5, 1)),
                new Custody(CustodyStatus.SENTENCED, "HMP Example", Origin.COURT_FROM_OTHER_PRISON,
                        // the first (BST) 01:30 of the fall-back night, and a time with a fraction of a second
                        java.time.ZonedDateTime.ofStrict(java.time.LocalDateTime.of(2026, 10, 25, 1, 30),
                                java.time.ZoneOffset.ofHours(1), Times.LONDON),
                        ZonedDateTime.of(2026, 10, 25, 1, 10, 5, 123_000_000, Times.LONDON),
                        new Sentence(LocalDate.of(2026, 10, 1), 120, null),
                        new PlannedDates(LocalDate.of(2027, 1, 29), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 10))),
                Determinations.builder().set("ppo", Determination.yes(Fixtures.at(2026, 10, 25, 3, 0)))
                        .set("problematicDrugUse", Determination.no(null))
                        .set("stableAtReceptionScreen", TriState.YES, Fixtures.at(2026, 10, 25, 4, 0)).build(),
                Consent.oneDecision(ConsentStatus.WITHDRAWN, LocalDate.of(2026, 10, 30), true, false, true, "court order"),
                new Dir(LocalDate.of(2026, 9, 30)),
                List.of(Event.of(EventType.RELEASED, Fixtures.at(2026, 1, 15, 9, 0)),
                        Event.of(EventType.CARAT_FILE_MISSING, Fixtures.at(2026, 10, 25, 5, 0)),
                        Event.of(EventType.CARAT_FILE_REQUESTED, Fixtures.at(2026, 10, 25, 6, 0))));
    }

    static Snapshot minimal() {
        return new Snapshot("rt-min", Jurisdiction.SCOTLAND, Fixtures.at(2026, 2, 1, 12, 0), null,
                new Custody(CustodyStatus.REMAND, null, null, null, null, null, null), null, null, null, null);
    }

    @Test
    @DisplayName("writeSnapshot round-trips with readSnapshot, including the fall-back hour and fractions of a second")
    void snapshotRoundTrip() {
        for (Snapshot s : List.of(full(), minimal())) {
            String json = ThroughcareJson.writeSnapshot(s);
            Snapshot back = ThroughcareJson.readSnapshot(json);
            assertThat(back).isEqualTo(s);
            assertThat(ThroughcareJson.writeSnapshot(back)).isEqualTo(json);
            assertThat(Schemas.complaints(Schemas.SNAPSHOT, json)).as(json).isEmpty();
        }
    }

    @Test
    @DisplayName("writeSnapshot leaves defaults out and writes every instant with its offset")
    void snapshotForm() throws Exception {
        assertThat(ThroughcareJson.writeSnapshot(minimal())).isEqualTo("""
                {
                  "schemaVersion": "1.1",
                  "id": "rt-min",
                  "jurisdiction": "SCOTLAND",
                  "asOf": "2026-02-01T12:00:00+00:00",
                  "person": {
                    "sex": "NOT_RECORDED"
                  },
                  "custody": {
                    "status": "REMAND"
                  },
                  "events": []
                }
                """);
        JsonNode n = Schemas.MAPPER.readTree(ThroughcareJson.writeSnapshot(full()));
        assertThat(n.at("/custody/originEstablishedAt").asText()).isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(n.at("/custody/receptionAt").asText()).isEqualTo("2026-10-25T01:10:05.123+01:00");
        assertThat(n.at("/consent/exceptions").toString()).isEqualTo(
                "{\"riskOfHarm\":true,\"requiredAssessment\":false,\"restrictionOnBail\":true,\"otherLawfulException\":\"court order\"}");
        assertThat(n.at("/determinations").fieldNames()).toIterable()
                .containsExactly("ppo", "problematicDrugUse", "stableAtReceptionScreen");
        assertThat(n.at("/determinations/problematicDrugUse").toString()).isEqualTo("{\"value\":\"NO\"}");
    }

    @Test
    @DisplayName("Every example snapshot round-trips through writeSnapshot")
    void examplesRoundTrip() {
        for (var p : Schemas.jsonFiles(Schemas.EXAMPLES)) {
            Snapshot s = ThroughcareJson.readSnapshot(Schemas.read(p));
            assertThat(ThroughcareJson.readSnapshot(ThroughcareJson.writeSnapshot(s))).as(p.toString()).isEqualTo(s);
        }
    }

    @Test
    @DisplayName("A long history is written compact so that it can be read back; one too large even then is refused")
    void longHistories() {
        // found by the fuzz suite: 10,000 events with attributes, pretty-printed, passed the 1 MiB the reader accepts
        java.util.List<org.throughcare.core.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < org.throughcare.core.validation.SnapshotValidator.MAX_EVENTS; i++) {
            events.add(org.throughcare.core.Event.of(org.throughcare.core.EventType.TRANSFERRED_OUT,
                    Fixtures.at(2026, 1, 1, 0, 0).plusMinutes(i),
                    java.util.Map.of(org.throughcare.core.EventAttribute.TO, "HMP Example")));
        }
        Snapshot s = Snapshot.builder("rt-long", Jurisdiction.ENGLAND, Fixtures.at(2026, 2, 1, 12, 0))
                .custody(Custody.builder(CustodyStatus.REMAND)).events(events).build();
        String json = ThroughcareJson.writeSnapshot(s);
        assertThat(json.length()).isLessThanOrEqualTo(ThroughcareJson.MAX_DOCUMENT_BYTES);
        assertThat(json.strip()).doesNotContain("\n");
        assertThat(ThroughcareJson.readSnapshot(json).events()).hasSize(events.size());

        java.util.List<org.throughcare.core.Event> huge = new java.util.ArrayList<>();
        for (int i = 0; i < org.throughcare.core.validation.SnapshotValidator.MAX_EVENTS; i++) {
            huge.add(org.throughcare.core.Event.of(org.throughcare.core.EventType.TRANSFERRED_OUT,
                    Fixtures.at(2026, 1, 1, 0, 0).plusMinutes(i),
                    java.util.Map.of(org.throughcare.core.EventAttribute.TO, "x".repeat(150))));
        }
        Snapshot tooLarge = Snapshot.builder("rt-huge", Jurisdiction.ENGLAND, Fixtures.at(2026, 2, 1, 12, 0))
                .custody(Custody.builder(CustodyStatus.REMAND)).events(huge).build();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ThroughcareJson.writeSnapshot(tooLarge))
                .withMessageContaining("more than the 1048576 a snapshot document may hold");
    }

    @Test
    @DisplayName("Writers refuse null arguments with a NullPointerException naming the argument")
    void nulls() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> ThroughcareJson.writeDecision(null)).withMessage("decision");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> ThroughcareJson.readSnapshot((String) null)).withMessage("json");
    }
}
