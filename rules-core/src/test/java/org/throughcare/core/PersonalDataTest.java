package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.fact.GoingStraightContractFacts;
import org.throughcare.core.json.ThroughcareJson;

@DisplayName("The personal-data policy")
class PersonalDataTest {

    @Test
    @DisplayName("names fields that exist in the snapshot schema, and the schema marks them as personal")
    void pointersExist() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ThroughcareJson.SNAPSHOT_SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        for (String pointer : PersonalData.POINTERS) {
            JsonNode node = schema;
            for (String part : pointer.substring(1).split("/")) {
                node = child(schema, node, part);
            }
            assertThat(node.isMissingNode()).as("%s in the snapshot schema", pointer).isFalse();
            assertThat(PersonalData.isPersonal(pointer)).isTrue();
            assertThat(PersonalData.isPersonal(pointer.replace("{i}", "3"))).as(pointer).isTrue();
            assertThat(PersonalData.isPersonal(pointer.replace("{i}", "x"))).as(pointer).isEqualTo(!pointer.contains("{i}"));
            if (pointer.startsWith("/goingStraightContract/")) {
                assertThat(node.path("description").asText()).as(pointer).contains("personal data");
            }
        }
        assertThat(PersonalData.isPersonal("/custody/receptionAt")).isFalse();
        assertThat(PersonalData.isPersonal("/goingStraightContract/targets/0/key")).isFalse();
        assertThat(schema.path("properties").path("person").path("description").asText()).contains("personal data");
    }

    /** The schema of {@code part} inside {@code node}: through $ref, properties, items ({i}) and anyOf. */
    private static JsonNode child(JsonNode schema, JsonNode node, String part) {
        node = deref(schema, node);
        if (part.equals("{i}") && node.has("items")) {
            return node.get("items");
        }
        if (node.path("properties").has(part)) {
            return node.get("properties").get(part);
        }
        for (JsonNode alternative : node.path("anyOf")) {
            JsonNode found = child(schema, alternative, part);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode deref(JsonNode schema, JsonNode node) {
        while (node.has("$ref")) {
            node = schema.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    @Test
    @DisplayName("keeps the date of birth and the free-text reason out of toString")
    void toStrings() {
        Person p = Person.of(Sex.FEMALE, java.time.LocalDate.of(1977, 7, 7));
        Consent c = Consent.notRecorded().withOtherLawfulException("Zebedee Quux's court order");
        assertThat(p.toString()).doesNotContain("1977");
        assertThat(c.toString()).doesNotContain("Zebedee");
    }

    @Test
    @DisplayName("keeps a Going Straight Contract's target texts, and a key that is not a valid key, out of toString")
    void contractToStrings() {
        ZonedDateTime t = ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, Times.LONDON);
        GoingStraightContract c = GoingStraightContract.builder().party(Role.PRISONER, t).party(Role.SUPERVISOR, t)
                .runs(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 10, 2))
                .target(GoingStraightContract.Target.builder("T1", "Zebedee Quux reads to his daughter")
                        .how("Quux attends the college twice a week").responsible(Role.PRISONER, Role.TRAINING)
                        .achieved(Achieved.NOT_YET, t).endorsedBy(Role.PRISONER))
                .target(GoingStraightContract.Target.builder("Zebedee Quux", "Aim")).build();
        Snapshot s = Snapshot.builder("pd-1", Jurisdiction.SCOTLAND, t).custody(Custody.builder(CustodyStatus.SENTENCED))
                .goingStraightContract(c).build();
        assertThat(c.toString()).contains("T1").doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("quux");
        assertThat(c.targets()).allSatisfy(x -> assertThat(x.toString()).doesNotContainIgnoringCase("quux"));
        assertThat(s.toString()).doesNotContainIgnoringCase("quux");
        assertThat(GoingStraightContractFacts.of(c)).allSatisfy(f -> assertThat(f.toString())
                .doesNotContainIgnoringCase("quux"));
    }
}
