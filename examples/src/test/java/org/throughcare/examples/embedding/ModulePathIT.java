package org.throughcare.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path, in a fresh JVM, with nothing on the class path: rules-core is the named module
 * {@code org.throughcare.core} (its module-info), rules-kb the automatic module {@code org.throughcare.kb}, and Drools,
 * Jackson and the rest are the modules their jars declare. The jars are the packaged ones, listed by the dependency
 * plugin in {@code target/module-path.txt}; Failsafe runs this after {@code package} ({@code mvn verify}).
 */
@DisplayName("The library on the module path")
class ModulePathIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MODULE_PATH_FILE = Path.of("target", "module-path.txt");
    private static final Path MODULAR_SOURCES = Path.of("src", "modular");
    private static final String EASTER = "examples/snapshots/part1-cjit-easter-2026.json";

    private static List<Path> libraries;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void readModulePath() throws IOException {
        libraries = Arrays.stream(Files.readString(MODULE_PATH_FILE, StandardCharsets.UTF_8).trim()
                .split(File.pathSeparator)).map(Path::of).toList();
        // The packaged jars, so that their module descriptors and manifests are what is tested.
        assertThat(libraries).anySatisfy(p -> assertThat(p.getFileName().toString()).matches("rules-core-.*\\.jar"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).matches("rules-kb-.*\\.jar"))
                .allSatisfy(p -> assertThat(p).isRegularFile());
    }

    private static String modulePath(Path... more) {
        return Stream.concat(libraries.stream(), Stream.of(more)).map(Path::toString)
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    private static Run java(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The examples' logging setup (warnings only, to standard error) instead of logback's default DEBUG output.
        cmd.add("-Dlogback.configurationFile=" + ROOT.resolve("examples/src/main/resources/logback.xml"));
        cmd.addAll(args);
        Path out = Files.createTempFile("module-path-out", ".txt");
        Path err = Files.createTempFile("module-path-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("CLASSPATH");
            Process p = pb.start();
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
    @DisplayName("a named module that requires only org.throughcare.core compiles, evaluates, reads the schemas and writes JSON")
    void namedModule(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        List<String> sources;
        try (Stream<Path> files = Files.walk(MODULAR_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Path module = classes.resolve("org.throughcare.examples.modular");
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--module-path", modulePath(),
                "-d", module.toString()));
        args.addAll(sources);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(compiled).as("javac %s: %s", args, diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        // No --add-modules: the knowledge base is resolved with the Drools jars, all automatic modules.
        Run r = java(List.of("--module-path", modulePath(classes),
                "-m", "org.throughcare.examples.modular/org.throughcare.examples.modular.ModularEmbedding", EASTER));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("module org.throughcare.examples.modular uses org.throughcare.core with rule sets [england-2009, scotland-2005, service-4, ho-rpt-2005, cross-document]")
                .contains("CJIT_SEND_DIR_TO_PRISON [BEST_EFFORT_MISSED] due 2026-04-07T09:00+01:00[Europe/London]")
                .contains("decision schema org/throughcare/core/schema/decision.schema.json found")
                .contains("\"code\": \"CJIT_SEND_DIR_TO_PRISON\"")
                .contains("\"at\": \"2026-04-07T09:00:00+01:00\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("EmbedQuickStart runs from the examples jar, an automatic module, with the DIR due at 09:00 on 7 April")
    void quickStart() throws Exception {
        Path examplesJar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            examplesJar = jars.filter(p -> p.getFileName().toString().matches("examples-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no examples jar in target"));
        }

        // The jar is the automatic module "examples" (named after the file: it sets no Automatic-Module-Name, which the
        // shaded throughcare.jar would inherit). An automatic module requires nothing, so the named org.throughcare.core
        // is added to the graph by hand.
        Run r = java(List.of("--module-path", modulePath(examplesJar.toAbsolutePath()),
                "--add-modules", "org.throughcare.core", "--show-module-resolution",
                "-m", "examples/org.throughcare.examples.embedding.EmbedQuickStart"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Snapshot quickstart-0001")
                .contains("- CJIT_SEND_DIR_TO_PRISON [OPEN] owner: CJIT / CJIT worker")
                .contains("due: 2026-04-07T09:00+01:00")
                .contains("authority: ENG-COC-PRE-03");
        // --show-module-resolution: the library and the knowledge base came from the module path, as modules.
        assertThat(r.out()).containsPattern("root examples \\S+examples-\\S+\\.jar automatic")
                .containsPattern("root org\\.throughcare\\.core \\S+rules-core-\\S+\\.jar\\R")
                .containsPattern("org\\.throughcare\\.kb \\S+rules-kb-\\S+\\.jar automatic");
    }
}
