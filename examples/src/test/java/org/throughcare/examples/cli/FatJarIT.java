package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged tool, run the way the README runs it: {@code java -jar examples/target/throughcare.jar ...} from the
 * repository root, in a fresh JVM. Run by Failsafe after the shade plugin has built the jar ({@code mvn verify}).
 */
@DisplayName("The executable jar examples/target/throughcare.jar")
class FatJarIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("examples/target/throughcare.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return javaWith(List.of(), args);
    }

    private static Run javaWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(ROOT.relativize(JAR).toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("throughcare-out", ".txt");
        Path err = Files.createTempFile("throughcare-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    @DisplayName("evaluates the Part 1 Easter example from the repository root, with nothing logged")
    void evaluate() throws Exception {
        Run r = java("evaluate", "examples" + File.separator + "snapshots" + File.separator + "part1-cjit-easter-2026.json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CJIT_SEND_DIR_TO_PRISON").contains("Tue 07 Apr 2026 09:00 BST")
                .contains("england-2009");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("explains as JSON, and reports an invalid snapshot with exit 2")
    void explainAndInvalid() throws Exception {
        Run explain = java("explain", "--format", "json", "examples/snapshots/pp2-transfer-carat-file-missing.json");
        Run invalid = java("evaluate", "examples/snapshots/invalid/invalid-example.json");

        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(Cli.parse(explain.out()).path("fired").size()).isPositive();
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("/jurisdiction");
    }

    @Test
    @DisplayName("streams a 30,000-line caseload through batch in a 112 MB heap (it once read the whole input first)")
    void batchInSmallHeap(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path caseload = dir.resolve("caseload.jsonl");
        Run generated = java("generate", "--count", "30000", "--seed", "11", "--invalid-rate", "0.01",
                "--out", caseload.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();

        // The heap holds the knowledge base (its executable model and Drools' indexing of the fat jar, a fixed cost that
        // grows with the rules: 64 MB was enough until the exit process points were encoded; with all of them the
        // start-up takes about 80 MB) and the lines in flight; the caseload's 27 MB of JSON, and its decisions several
        // times that, could not fit beside it, so the run still proves that batch streams.
        Run r = javaWith(List.of("-Xmx112m"), "batch", "--format", "table", "--no-progress", caseload.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(2); // about 1 % of the lines are invalid on purpose
        assertThat(r.err()).contains("throughcare batch: 30,000 lines").doesNotContain("OutOfMemoryError")
                .containsPattern("2[0-9],[0-9]{3} decided, [1-9][0-9]{1,2} rejected");
        assertThat(r.out().lines().count()).isEqualTo(30_001); // the heading and one row per line
    }

    @Test
    @DisplayName("prints its version from the jar manifest")
    void version() throws Exception {
        Run r = java("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("throughcare ").doesNotStartWith("throughcare dev");
    }

    @Test
    @DisplayName("keeps the knowledge base's descriptors and exactly one Maven pom.properties (the kjar's)")
    void contents() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertThat(zip.getEntry("META-INF/kmodule.xml")).isNotNull();
            assertThat(zip.getEntry("META-INF/throughcare/rulesets.json")).isNotNull();
            assertThat(zip.getEntry("logback.xml")).isNotNull();
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.endsWith("pom.properties")))
                    .containsExactly("META-INF/maven/org.throughcare/rules-kb/pom.properties");
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")))
                    .isEmpty();
        }
    }
}
