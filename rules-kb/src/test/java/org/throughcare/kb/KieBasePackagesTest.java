package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * kmodule.xml gives each guidance document its own KieBase with an exact list of packages (the prebuilt executable
 * model knows no "prefix.*" pattern at run time). Every package that holds DRL must be in exactly one document's
 * KieBase, with its rules: a folder added without its kmodule.xml entry would otherwise be silently left out. A
 * document's KieBase for a person not yet received (rulesets.json "kbaseBeforeReception") repeats some of its
 * packages and is pinned on its own.
 */
class KieBasePackagesTest {

    static final List<String> KIE_BASES = List.of("england2009", "scotland2005", "service4", "horpt2005", "crossdocument");

    static Map<String, Integer> rulesByPackage(String kieBaseName) {
        KieBase kieBase = KieServices.Factory.get().getKieClasspathContainer().getKieBase(kieBaseName);
        Map<String, Integer> rulesByPackage = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            if (!p.getRules().isEmpty()) {
                rulesByPackage.put(p.getName(), p.getRules().size());
            }
        }
        return rulesByPackage;
    }

    @Test
    @DisplayName("The england2009 KieBase holds every part of the English guidance, and nothing else")
    void englandKieBaseHoldsEveryPackage() {
        Map<String, Integer> rules = rulesByPackage("england2009");
        assertThat(rules.keySet()).containsExactly(
                "org.throughcare.kb.england2009.community",
                "org.throughcare.kb.england2009.consent",
                "org.throughcare.kb.england2009.court",
                "org.throughcare.kb.england2009.dir",
                "org.throughcare.kb.england2009.exit",
                "org.throughcare.kb.england2009.part1",
                "org.throughcare.kb.england2009.priority",
                "org.throughcare.kb.england2009.prison",
                "org.throughcare.kb.england2009.reception",
                "org.throughcare.kb.england2009.release",
                "org.throughcare.kb.england2009.transfer");
        assertThat(rules.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    @DisplayName("The KieBase for a person not yet received holds Part 1, consent and the routing into process point 1,"
            + " each package whole")
    void englandBeforeReceptionHoldsPart1ConsentAndReception() {
        Map<String, Integer> part = rulesByPackage("england2009-before-reception");
        assertThat(part.keySet()).containsExactly(
                "org.throughcare.kb.england2009.consent",
                "org.throughcare.kb.england2009.part1",
                "org.throughcare.kb.england2009.reception");
        Map<String, Integer> whole = rulesByPackage("england2009");
        part.forEach((pkg, n) -> assertThat(n).as(pkg).isEqualTo(whole.get(pkg)));
    }

    @Test
    @DisplayName("Every package of DRL files is in exactly one KieBase, with its rules")
    void everyDrlPackageInExactlyOneKieBase() throws IOException {
        Set<String> drlPackages = new TreeSet<>();
        Path root = Path.of("src", "main", "resources");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".drl"))
                    .forEach(f -> drlPackages.add(root.relativize(f.getParent()).toString().replace('/', '.')
                            .replace('\\', '.')));
        }
        Map<String, String> owner = new HashMap<>();
        for (String kb : KIE_BASES) {
            for (String pkg : rulesByPackage(kb).keySet()) {
                assertThat(owner.put(pkg, kb)).as("package %s is in two KieBases", pkg).isNull();
            }
        }
        assertThat(owner.keySet()).containsExactlyInAnyOrderElementsOf(drlPackages);
    }
}
