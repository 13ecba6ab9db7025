package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughcare.examples.caseload.CaseloadGenerator;

@DisplayName("throughcare generate")
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("writes N lines to standard output, the generator's lines for the default seed 1")
    void writesCountLines() {
        Cli.Result r = Cli.run("generate", "--count", "25");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).hasSize(25).isEqualTo(new CaseloadGenerator(1).lines(25).toList());
        assertThat(r.out()).endsWith("}\n");
    }

    @Test
    @DisplayName("--seed chooses the caseload: the same seed gives the same output, another seed another")
    void seed() {
        Cli.Result a = Cli.run("generate", "--count", "10", "--seed", "99");
        Cli.Result b = Cli.run("generate", "--count", "10", "--seed", "99");
        Cli.Result c = Cli.run("generate", "--count", "10", "--seed", "-99");

        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.outLines()).isEqualTo(new CaseloadGenerator(99).lines(10).toList());
        assertThat(c.outLines()).isEqualTo(new CaseloadGenerator(-99).lines(10).toList()).isNotEqualTo(a.outLines());
    }

    @Test
    @DisplayName("--out FILE writes the lines to the file (replacing it) and nothing to standard output")
    void outFile() throws IOException {
        Path file = dir.resolve("caseload.jsonl");
        Files.writeString(file, "old content that is longer than nothing\n".repeat(100));

        Cli.Result r = Cli.run("generate", "--count", "40", "--seed", "3", "--out", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .isEqualTo(new CaseloadGenerator(3).lines(40).toList());
    }

    @Test
    @DisplayName("--out - is standard output; --count 0 writes nothing")
    void dashAndZero() {
        assertThat(Cli.run("generate", "--count", "3", "--out", "-").outLines()).hasSize(3);
        Cli.Result none = Cli.run("generate", "--count", "0");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).isEmpty();
    }

    @Test
    @DisplayName("--invalid-rate makes that fraction invalid; batch then reports exactly those lines")
    void invalidRateAndBatch() {
        Cli.Result generated = Cli.run("generate", "--count", "60", "--seed", "8", "--invalid-rate", "0.25");
        CaseloadGenerator expected = new CaseloadGenerator(8, 0.25);
        List<String> invalidLines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (expected.isInvalid(i)) {
                invalidLines.add(String.valueOf(i + 1));
            }
        }

        assertThat(generated.exit()).isZero();
        assertThat(generated.outLines()).isEqualTo(expected.lines(60).toList());
        assertThat(invalidLines).isNotEmpty();

        Cli.Result batch = Cli.run("batch", Cli.file(dir, "c.jsonl", generated.out()), "--format", "json");
        assertThat(batch.exit()).isEqualTo(2);
        assertThat(batch.outLines()).hasSize(60);
        List<String> rejected = batch.outLines().stream().map(Cli::parse)
                .filter(n -> n.path("outcome").asText().equals("REJECTED")).map(n -> n.path("line").asText()).toList();
        assertThat(rejected).isEqualTo(invalidLines);
        assertThat(batch.err()).contains((60 - invalidLines.size()) + " decided, " + invalidLines.size() + " rejected");
    }

    @Test
    @DisplayName("a negative count, a rate outside 0 to 1, no --count or an unknown option is a usage error (exit 2)")
    void badArguments() {
        for (String[] args : List.of(
                new String[] {"generate", "--count", "-1"},
                new String[] {"generate", "--count", "5", "--invalid-rate", "1.5"},
                new String[] {"generate", "--count", "5", "--invalid-rate", "-0.1"},
                new String[] {"generate", "--count", "5", "--invalid-rate", "NaN"},
                new String[] {"generate", "--count", "many"},
                new String[] {"generate"},
                new String[] {"generate", "--count", "5", "--sead", "4"})) {
            Cli.Result r = Cli.run(args);

            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).startsWith("throughcare: ");
        }
        assertThat(Cli.run("generate", "--count", "-1").err()).contains("--count must be 0 or more");
        assertThat(Cli.run("generate", "--count", "1", "--invalid-rate", "2").err())
                .contains("--invalid-rate must be a number from 0 to 1");
    }

    @Test
    @DisplayName("an output file that cannot be written is invalid input (exit 2), named in one line")
    void unwritable() {
        String missingDir = dir.resolve("no-such-dir").resolve("c.jsonl").toString();

        Cli.Result r = Cli.run("generate", "--count", "2", "--out", missingDir);
        Cli.Result directory = Cli.run("generate", "--count", "2", "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("throughcare: cannot write " + missingDir + ": no such directory");
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).startsWith("throughcare: cannot write " + dir);
    }

    @Test
    @DisplayName("the help explains the command in plain words and lists every option")
    void help() {
        Cli.Result r = Cli.run("generate", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: throughcare generate").contains("--count").contains("--seed")
                .contains("--invalid-rate").contains("--out").contains("made-up").contains("JSON Lines");
        assertThat(Cli.run("--help").out()).contains("generate");
    }
}
