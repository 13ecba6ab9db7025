package org.throughcare.examples.modular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.throughcare.core.Decision;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;

/**
 * Reads a snapshot from a JSON file, evaluates it and prints each required action's due time, then the decision as
 * JSON, all from a named module on the module path.
 *
 * <pre>
 * javac --module-path MODULE_PATH -d out/org.throughcare.examples.modular $(find examples/src/modular -name '*.java')
 * java --module-path MODULE_PATH:out -m org.throughcare.examples.modular/org.throughcare.examples.modular.ModularEmbedding \
 *      examples/snapshots/part1-cjit-easter-2026.json
 * </pre>
 * where MODULE_PATH holds the rules-core and rules-kb jars and their run-time dependencies.
 */
public final class ModularEmbedding {

    private ModularEmbedding() {
    }

    public static void main(String[] args) throws IOException {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        Snapshot snapshot = ThroughcareJson.readSnapshot(Files.readString(Path.of(args[0])));
        Decision decision = engine.evaluate(snapshot);

        System.out.println("module " + ModularEmbedding.class.getModule().getName() + " uses "
                + ThroughcareEngine.class.getModule().getName() + " with rule sets "
                + engine.ruleSets().stream().map(r -> r.id()).toList());
        for (RequiredAction a : decision.requiredActions()) {
            System.out.println(a.code() + " [" + a.status() + "] due " + (a.due().at() == null ? "-" : a.due().at()));
        }
        // The published JSON Schemas are open resources: any module (or the class path) can read them.
        try (InputStream schema = ClassLoader.getSystemResourceAsStream(ThroughcareJson.DECISION_SCHEMA)) {
            System.out.println("decision schema " + ThroughcareJson.DECISION_SCHEMA + (schema == null ? " missing" : " found"));
        }
        System.out.print(ThroughcareJson.writeDecision(decision));
    }
}
