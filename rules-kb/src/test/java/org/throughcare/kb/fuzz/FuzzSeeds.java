package org.throughcare.kb.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fuzz seeds: copies of {@code examples/snapshots/*.json} kept as test resources in {@value #DIR} (so that this
 * module's tests do not read another module's folder; {@link SnapshotFuzzSeedsTest} keeps them identical), and for
 * each a "personal" variant that carries a date of birth, a free-text consent exception, free text in every target
 * of a Going Straight Contract, and non-ASCII text, so that every mutation also runs on a snapshot holding personal
 * data.
 */
final class FuzzSeeds {

    /** The class-path folder of the seed copies. */
    static final String DIR = "fuzz-seeds";
    /** The date of birth the personal variants carry (personal data: must never be echoed). */
    static final String DOB = "1977-07-07";
    /** The free text the personal variants carry in consent.exceptions.otherLawfulException (personal data). */
    static final String FREE_TEXT = "Zebedee Quux \u2014 risk to his sister disclosed to the wing nurse, \u201curgent\u201d";
    /** An operational value with multi-byte UTF-8, so that truncation also cuts characters in half. */
    static final String ESTABLISHMENT = "HMP \u00c6lfr\u012bc N\u00e6ss \u2013 Wing \u201cC\u201d";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One starting document. */
    record Base(String name, byte[] original, ObjectNode tree, boolean personal) {
        /** @return the asOf text of the seed (used when a mutation must create an event or a determination). */
        String asOfText() {
            JsonNode a = tree.get("asOf");
            return a != null && a.isTextual() ? a.textValue() : "2026-04-01T10:00";
        }

        @Override
        public String toString() {
            return name + (personal ? "+personal" : "");
        }
    }

    private FuzzSeeds() {
    }

    /** @return the seed files on the class path, sorted by name, as (file name, bytes). */
    static List<Path> seedFiles() {
        URL url = FuzzSeeds.class.getClassLoader().getResource(DIR);
        if (url == null) {
            throw new IllegalStateException("missing test resource folder " + DIR);
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every seed as it is, then every seed with personal data added. */
    static List<Base> bases() {
        List<Base> plain = new ArrayList<>();
        List<Base> personal = new ArrayList<>();
        for (Path p : seedFiles()) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString().replace(".json", "");
                ObjectNode tree = (ObjectNode) MAPPER.readTree(bytes);
                plain.add(new Base(name, bytes, tree, false));
                ObjectNode rich = withPersonalData(tree.deepCopy());
                personal.add(new Base(name, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(rich), rich, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        plain.addAll(personal);
        return List.copyOf(plain);
    }

    private static ObjectNode withPersonalData(ObjectNode t) {
        // the Going Straight Contract's targets: the aim and how it will be done are free text (personal data)
        for (JsonNode target : t.path("goingStraightContract").path("targets")) {
            if (target.isObject()) {
                ((ObjectNode) target).put("target", FREE_TEXT);
                ((ObjectNode) target).put("how", "How " + FREE_TEXT);
            }
        }
        ObjectNode person = t.has("person") && t.get("person").isObject() ? (ObjectNode) t.get("person")
                : t.putObject("person");
        person.put("dateOfBirth", DOB);
        ((ObjectNode) t.get("custody")).put("establishment", ESTABLISHMENT);
        ObjectNode consent;
        if (t.has("consent") && t.get("consent").isObject()) {
            consent = (ObjectNode) t.get("consent");
        } else {
            consent = t.putObject("consent");
            consent.put("status", "GIVEN");
            consent.put("date", t.get("asOf").textValue().substring(0, 10));
        }
        if (consent.path("exceptions").isArray()) {
            // the timeline form: another lawful exception with its free-text reason
            ObjectNode other = ((com.fasterxml.jackson.databind.node.ArrayNode) consent.get("exceptions")).addObject();
            other.put("kind", "OTHER_LAWFUL_EXCEPTION");
            other.put("from", t.get("asOf").textValue());
            other.put("reason", FREE_TEXT);
            return t;
        }
        ObjectNode exceptions = consent.has("exceptions") ? (ObjectNode) consent.get("exceptions")
                : consent.putObject("exceptions");
        exceptions.put("otherLawfulException", FREE_TEXT);
        return t;
    }
}
