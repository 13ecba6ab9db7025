package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("throughcare evaluate --batch")
class BatchEvaluateTest {

    @TempDir
    Path dir;

    /** @return the snapshot JSON on one line, as JSON Lines needs */
    private static String line(String json) {
        return Cli.parse(json).toString();
    }

    private String batch(String... lines) {
        return Cli.file(dir, "batch.jsonl", String.join("\n", lines) + "\n");
    }

    @Test
    @DisplayName("writes one decision JSON per line, in input order, and exits 0 when every line is valid")
    void allValid() {
        String file = batch(line(Snapshots.easter("a-1", "2026-04-08T10:00")),
                line(Snapshots.sundayEvening("a-2")), "",
                line(Snapshots.transferTargetMissed("a-3")));

        Cli.Result r = Cli.run("evaluate", "--batch", file);

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> out = r.outLines();
        assertThat(out).hasSize(3);
        assertThat(out).extracting(l -> Cli.parse(l).path("snapshotId").asText()).containsExactly("a-1", "a-2", "a-3");
        assertThat(out).allSatisfy(l -> assertThat(Cli.parse(l).has("requiredActions")).isTrue());
    }

    @Test
    @DisplayName("writes the problems of an invalid line in its place, keeps going, and exits 2")
    void someInvalid() {
        String file = batch(line(Snapshots.easter("b-1", "2026-04-08T10:00")),
                "{ \"id\": \"b-2\", \"this is\": not json",
                line(Snapshots.fiveProblems("b-3")),
                line(Snapshots.easter("b-4", "2026-04-08T10:00")));

        Cli.Result r = Cli.run("evaluate", "--batch", file);

        assertThat(r.exit()).isEqualTo(ThroughcareCli.INVALID_INPUT);
        List<JsonNode> out = r.outLines().stream().map(Cli::parse).toList();
        assertThat(out).hasSize(4);
        assertThat(out.get(0).has("requiredActions")).isTrue();
        assertThat(out.get(1).path("problems").get(0).path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(out.get(2).path("snapshotId").asText()).isEqualTo("b-3");
        assertThat(out.get(2).path("problems")).hasSize(5);
        assertThat(out.get(3).path("snapshotId").asText()).isEqualTo("b-4");
        assertThat(r.err()).contains("2 of 4 snapshots invalid (line 2, 3)");
    }

    @Test
    @DisplayName("applies the filters to every decision")
    void filters() {
        String file = batch(line(Snapshots.easter("c-1", "2026-04-08T10:00")),
                line(Snapshots.transferTargetMissed("c-2")));

        Cli.Result r = Cli.run("evaluate", "--batch", file, "--overdue");

        assertThat(r.outLines()).extracting(l -> Cli.parse(l).path("requiredActions").size()).containsExactly(1, 1);
    }

    @Test
    @DisplayName("reads the batch from standard input when the file is -")
    void stdin() {
        Cli.Result r = Cli.runWithInput(line(Snapshots.easter("d-1", "2026-04-08T10:00")) + "\n", "evaluate", "--batch", "-");

        assertThat(r.exit()).isZero();
        assertThat(Cli.parse(r.out()).path("snapshotId").asText()).isEqualTo("d-1");
    }

    @Test
    @DisplayName("with --format table prints one summary row per line instead of JSON")
    void table() {
        String file = batch(line(Snapshots.easter("e-1", "2026-04-08T10:00")),
                line(Snapshots.fiveProblems("e-2")));

        Cli.Result r = Cli.run("evaluate", "--batch", file, "--format", "table");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("LINE").contains("SNAPSHOT").contains("RESULT")
                .contains("3 actions: 2 DONE, 1 OVERDUE")
                .contains("INVALID: 5 problems");
    }

    @Test
    @DisplayName("an unreadable batch file is an input error (exit 2)")
    void unreadable() {
        Cli.Result r = Cli.run("evaluate", "--batch", dir.resolve("missing.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(Cli.parse(r.out()).path("error").path("code").asText()).isEqualTo("UNREADABLE_INPUT");
    }

    @Test
    @DisplayName("an empty batch writes nothing and succeeds")
    void empty() {
        Cli.Result r = Cli.run("evaluate", "--batch", batch(""));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
    }
}
