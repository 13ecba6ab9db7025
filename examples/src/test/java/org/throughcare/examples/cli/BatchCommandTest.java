package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("throughcare batch")
class BatchCommandTest {

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
    @DisplayName("writes one result per input line, in order, each with its line number; blank lines included")
    void allValid() {
        String file = batch(line(Snapshots.easter("a-1", "2026-04-08T10:00")),
                line(Snapshots.sundayEvening("a-2")), "  ",
                line(Snapshots.transferTargetMissed("a-3")));

        Cli.Result r = Cli.run("batch", file);

        assertThat(r.exit()).isZero();
        List<JsonNode> out = r.outLines().stream().map(Cli::parse).toList();
        assertThat(out).extracting(n -> n.path("line").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(out).extracting(n -> n.path("outcome").asText())
                .containsExactly("DECIDED", "DECIDED", "BLANK", "DECIDED");
        assertThat(out).extracting(n -> n.path("snapshotId").asText(null)).containsExactly("a-1", "a-2", null, "a-3");
        assertThat(out.get(0).path("decision").path("requiredActions").size()).isPositive();
        assertThat(r.err()).contains("throughcare batch: 4 lines in").contains("3 decided, 0 rejected, 1 blank");
    }

    @Test
    @DisplayName("reports an invalid line with its line number and problems, keeps going, and exits 2")
    void someInvalid() {
        String file = batch(line(Snapshots.easter("b-1", "2026-04-08T10:00")),
                "{ \"id\": \"b-2\", \"this is\": not json",
                line(Snapshots.fiveProblems("b-3")),
                line(Snapshots.easter("b-4", "2026-04-08T10:00")));

        Cli.Result r = Cli.run("batch", file);

        assertThat(r.exit()).isEqualTo(ThroughcareCli.INVALID_INPUT);
        List<JsonNode> out = r.outLines().stream().map(Cli::parse).toList();
        assertThat(out).hasSize(4);
        assertThat(out.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(out.get(1).path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(out.get(1).path("problems").get(0).path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(out.get(2).path("snapshotId").asText()).isEqualTo("b-3");
        assertThat(out.get(2).path("problems")).hasSize(5);
        assertThat(out.get(3).path("outcome").asText()).isEqualTo("DECIDED");
        assertThat(r.err()).contains("2 decided, 2 rejected").contains("rejected: line 2, 3");
    }

    @Test
    @DisplayName("a byte that is not UTF-8 rejects its own line only, with the byte and its column")
    void badByte() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((line(Snapshots.easter("u-1", "2026-04-08T10:00")) + "\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {'{', '"', 'i', (byte) 0xFF, 'd', '"', ':', '1', '}', '\r', '\n'});
        in.writeBytes(line(Snapshots.easter("u-3", "2026-04-08T10:00")).getBytes(StandardCharsets.UTF_8)); // no \n

        Cli.Result r = Cli.runWithBytes(in.toByteArray(), "batch", "-");

        List<JsonNode> out = r.outLines().stream().map(Cli::parse).toList();
        assertThat(out).extracting(n -> n.path("outcome").asText()).containsExactly("DECIDED", "REJECTED", "DECIDED");
        JsonNode problem = out.get(1).path("problems").get(0);
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_ENCODING");
        assertThat(problem.path("message").asText()).contains("0xFF").contains("column 4");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("applies the filters to every decision")
    void filters() {
        String file = batch(line(Snapshots.easter("c-1", "2026-04-08T10:00")),
                line(Snapshots.transferTargetMissed("c-2")));

        Cli.Result r = Cli.run("batch", file, "--overdue");

        assertThat(r.outLines()).extracting(l -> Cli.parse(l).path("decision").path("requiredActions").size())
                .containsExactly(1, 1);
    }

    @Test
    @DisplayName("reads standard input when the file is -")
    void stdin() {
        Cli.Result r = Cli.runWithInput(line(Snapshots.easter("d-1", "2026-04-08T10:00")) + "\n", "batch", "-");

        assertThat(r.exit()).isZero();
        assertThat(Cli.parse(r.out()).path("snapshotId").asText()).isEqualTo("d-1");
    }

    @Test
    @DisplayName("with --format table prints one row per line: line, snapshot, result")
    void table() {
        String file = batch(line(Snapshots.easter("e-1", "2026-04-08T10:00")),
                line(Snapshots.fiveProblems("e-2")));

        Cli.Result r = Cli.run("batch", file, "--format", "table", "--threads", "1");

        assertThat(r.exit()).isEqualTo(2);
        List<String> rows = r.outLines();
        assertThat(rows.get(0)).startsWith("LINE").contains("SNAPSHOT").contains("RESULT");
        assertThat(rows.get(1)).startsWith("1 ").contains("e-1").contains("3 actions: 2 DONE, 1 BEST_EFFORT_MISSED");
        assertThat(rows.get(2)).startsWith("2 ").contains("e-2").contains("INVALID: 5 problems");
    }

    @Test
    @DisplayName("an unreadable file is an input error (exit 2)")
    void unreadable() {
        Cli.Result r = Cli.run("batch", "--format", "json", dir.resolve("missing.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(Cli.parse(r.out()).path("error").path("code").asText()).isEqualTo("UNREADABLE_INPUT");
    }

    @Test
    @DisplayName("an empty input says so and exits 2: there was nothing to evaluate")
    void empty() {
        Cli.Result r = Cli.run("batch", batch(""));
        assertThat(r.exit()).isZero(); // one blank line: evaluated as BLANK
        assertThat(r.outLines()).hasSize(1);

        Cli.Result none = Cli.run("batch", Cli.file(dir, "empty.jsonl", ""));
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("holds no line: nothing to evaluate");
    }

    @Test
    @DisplayName("shows a progress bar on a terminal, or when forced, and never with --no-progress")
    void progress() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            lines.append(line(Snapshots.easter("p-" + i, "2026-04-08T10:00"))).append('\n');
        }
        String file = Cli.file(dir, "p.jsonl", lines.toString());

        Cli.Result forced = Cli.run("batch", "--progress", file);
        Cli.Result terminal = Cli.runOnTerminal("batch", file);
        Cli.Result hidden = Cli.runOnTerminal("batch", "--no-progress", file);
        Cli.Result redirected = Cli.run("batch", file);

        // the bar redraws at most four times a second: a tiny batch may finish before the first drawing, so the
        // structure is checked through the summary, and the bar's clearing (a carriage return) where it was drawn
        for (Cli.Result r : List.of(forced, terminal, hidden, redirected)) {
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains("throughcare batch: 3 lines");
        }
        assertThat(hidden.err()).doesNotContain("\r");
        assertThat(redirected.err()).doesNotContain("\r");
        assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
    }
}
