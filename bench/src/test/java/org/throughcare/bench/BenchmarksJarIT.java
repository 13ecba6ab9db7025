package org.throughcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Checks the packaged {@code target/benchmarks.jar}: Drools can find the executable model in it (which depends on
 * the order of entries, see the shade configuration in pom.xml), and JMH can run a benchmark from it.
 */
class BenchmarksJarIT {

    private static final Path JAR = Path.of("target", "benchmarks.jar");

    @Test
    void theKjarDescriptorComesFirstAndTheRuleSetResourcesAreThere() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String firstPomProperties = Collections.list(jar.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("pom.properties"))
                    .findFirst().orElseThrow();
            assertThat(firstPomProperties).isEqualTo("META-INF/maven/org.throughcare/rules-kb/pom.properties");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.openjdk.jmh.Main");
            for (String name : List.of("META-INF/kmodule.xml", "META-INF/throughcare/rulesets.json",
                    "META-INF/kie/org.throughcare/rules-kb/drools-model", "META-INF/BenchmarkList",
                    "org/throughcare/kb/england2009/actions.csv")) {
                assertThat(jar.getEntry(name)).as(name).isNotNull();
            }
            // Drools 10 finds its components with ServiceLoader: the executable-model provider must be registered.
            String providers = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.drools.compiler.kie.builder.impl.InternalKieModuleProvider")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(providers).contains("org.drools.modelcompiler.CanonicalKieModuleProvider");
        }
    }

    @Test
    void jmhRunsTheStartUpBenchmarkFromTheJar() throws Exception {
        Path log = Files.createTempFile("benchmarks-jar", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "StartupBenchmark.coldBuildAndFirstDecision",
                "-f", "0", "-foe", "true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(3, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("finished in time").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("StartupBenchmark.coldBuildAndFirstDecision").doesNotContain("<failure>");
        Files.deleteIfExists(log);
    }
}
