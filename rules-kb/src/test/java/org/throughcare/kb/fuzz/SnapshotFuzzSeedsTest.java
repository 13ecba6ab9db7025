package org.throughcare.kb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.kb.fuzz.FuzzSeeds.Base;

/** The fuzz seeds are exact copies of the example snapshots, and every seed (personal variants too) is valid. */
class SnapshotFuzzSeedsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "snapshots");

    @Test
    @DisplayName("The seeds in src/test/resources/fuzz-seeds are byte-identical copies of examples/snapshots/*.json")
    void seedsAreCopiesOfTheExamples() throws IOException {
        assumeTrue(Files.isDirectory(EXAMPLES), "examples/snapshots is not there to compare with");
        List<Path> examples;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            examples = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Path> seeds = FuzzSeeds.seedFiles();
        assertThat(seeds.stream().map(p -> p.getFileName().toString()))
                .as("copy examples/snapshots/*.json to rules-kb/src/test/resources/" + FuzzSeeds.DIR)
                .containsExactlyElementsOf(examples.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(Files.readAllBytes(seeds.get(i))).as(seeds.get(i) + " differs from " + examples.get(i))
                    .isEqualTo(Files.readAllBytes(examples.get(i)));
        }
    }

    @Test
    @DisplayName("Every seed, and its variant with personal data, is read and evaluated without problems")
    void seedsAreValid() {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        List<Base> bases = FuzzSeeds.bases();
        assertThat(bases).hasSize(2 * FuzzSeeds.seedFiles().size());
        for (Base b : bases) {
            Snapshot s = ThroughcareJson.readSnapshot(new String(b.original(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(engine.evaluate(s)).as(b.toString()).isNotNull();
        }
    }
}
