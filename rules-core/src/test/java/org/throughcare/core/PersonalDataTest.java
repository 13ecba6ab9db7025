package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
            if (pointer.equals("/consent/exceptions/{i}/reason")) {
                assertThat(schema.at("/$defs/exceptionToConsent/properties/reason").isMissingNode()).isFalse();
                assertThat(PersonalData.isPersonal("/consent/exceptions/3/reason")).isTrue();
                continue;
            }
            if (pointer.equals("/consent/exceptions/otherLawfulException")) {
                assertThat(schema.at("/$defs/exceptionFlags/properties/otherLawfulException").isMissingNode()).isFalse();
                continue;
            }
            JsonNode node = schema;
            for (String part : pointer.substring(1).split("/")) {
                node = node.path("properties").path(part);
            }
            assertThat(node.isMissingNode()).as("%s in the snapshot schema", pointer).isFalse();
            assertThat(PersonalData.isPersonal(pointer)).isTrue();
        }
        assertThat(PersonalData.isPersonal("/custody/receptionAt")).isFalse();
        assertThat(schema.path("properties").path("person").path("description").asText()).contains("personal data");
    }

    @Test
    @DisplayName("keeps the date of birth and the free-text reason out of toString")
    void toStrings() {
        Person p = Person.of(Sex.FEMALE, java.time.LocalDate.of(1977, 7, 7));
        Consent c = Consent.notRecorded().withOtherLawfulException("Zebedee Quux's court order");
        assertThat(p.toString()).doesNotContain("1977");
        assertThat(c.toString()).doesNotContain("Zebedee");
    }
}
