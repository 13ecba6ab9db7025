package org.throughcare.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;

/**
 * rules-core's module-info, as the JVM running these tests sees it: Surefire runs them on the module path, inside
 * the named module {@code org.throughcare.core}. A new API package must be exported and listed in
 * {@link NoDroolsInApiTest#API_PACKAGES} (and docs/module-path.md); nothing else is exported, and only Jackson and
 * the published schemas are opened.
 */
@DisplayName("The module org.throughcare.core")
class ModuleDescriptorTest {

    private static final Module MODULE = ThroughcareEngine.class.getModule();

    @Test
    @DisplayName("is the named module these tests run in (the module path, not the class path)")
    void named() {
        assertThat(MODULE.isNamed()).as("rules-core runs as a named module").isTrue();
        assertThat(MODULE.getName()).isEqualTo("org.throughcare.core");
        assertThat(ModuleDescriptorTest.class.getModule()).isSameAs(MODULE);
    }

    @Test
    @DisplayName("exports exactly the API packages, to everyone; internal is neither exported nor opened to anyone else")
    void exports() {
        ModuleDescriptor d = MODULE.getDescriptor();
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            assertThat(e.isQualified()).as("export of %s is to everyone", e.source()).isFalse();
            exported.add(e.source());
        }
        assertThat(exported).isEqualTo(new TreeSet<>(NoDroolsInApiTest.API_PACKAGES));
        assertThat(exported).doesNotContain("org.throughcare.core.internal");
    }

    @Test
    @DisplayName("opens only the published schemas to everyone, and to Jackson what it reads or writes by reflection")
    void opens() {
        Map<String, Set<String>> opens = new TreeMap<>();
        for (ModuleDescriptor.Opens o : MODULE.getDescriptor().opens()) {
            opens.put(o.source(), o.isQualified() ? new TreeSet<>(o.targets()) : Set.of("*"));
        }
        assertThat(opens).isEqualTo(Map.of(
                "org.throughcare.core.schema", Set.of("*"),
                "org.throughcare.core.json", Set.of("com.fasterxml.jackson.databind"),
                "org.throughcare.core.internal", Set.of("com.fasterxml.jackson.databind")));
    }

    @Test
    @DisplayName("lets anyone read the JSON Schemas by their class-path names, which ThroughcareJson publishes")
    void schemasReadable() {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        assertThat(loader.getResource(ThroughcareJson.SNAPSHOT_SCHEMA)).isNotNull();
        assertThat(loader.getResource(ThroughcareJson.DECISION_SCHEMA)).isNotNull();
    }
}
