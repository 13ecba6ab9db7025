package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Test support: the published JSON Schemas loaded into the networknt validator, and the example snapshots. */
final class Schemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static final JsonSchema SNAPSHOT = load(ThroughcareJson.SNAPSHOT_SCHEMA);
    static final JsonSchema DECISION = load(ThroughcareJson.DECISION_SCHEMA);
    /** The draft 2020-12 meta-schema (bundled with the validator, not fetched). */
    static final JsonSchema META = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
            CONFIG);

    /** The repository's example snapshots (the tests run in the module folder). */
    static final Path EXAMPLES = Path.of("..", "examples", "snapshots");

    private Schemas() {
    }

    static JsonNode tree(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String resource) {
        return FACTORY.getSchema(tree(resource), CONFIG);
    }

    /** @return the schema's complaints about {@code json}, as "location: message" lines; empty when valid. */
    static List<String> complaints(JsonSchema schema, String json) {
        Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
        return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
    }

    /** @return the example snapshot files directly in {@code dir}, sorted by name. */
    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
