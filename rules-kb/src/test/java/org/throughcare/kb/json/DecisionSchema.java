package org.throughcare.kb.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.throughcare.core.json.ThroughcareJson;

/** The published decision schema, loaded into the networknt JSON Schema validator (draft 2020-12). */
public final class DecisionSchema {
    private final JsonSchema schema;

    public DecisionSchema() {
        try (InputStream in = ThroughcareJson.class.getClassLoader().getResourceAsStream(ThroughcareJson.DECISION_SCHEMA)) {
            JsonNode tree = new ObjectMapper().readTree(in);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(tree, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the schema's complaints about {@code decision}, as "location: message"; empty when valid. */
    List<String> check(JsonNode decision) {
        return schema.validate(decision).stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted()
                .toList();
    }

    /** Fails when the decision JSON does not validate, listing each problem. */
    public void assertValid(String decisionJson) {
        try {
            List<String> problems = check(new ObjectMapper().readTree(decisionJson));
            if (!problems.isEmpty()) {
                throw new AssertionError("the decision does not match the schema: " + problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
