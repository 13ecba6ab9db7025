package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * kmodule.xml names the England 2009 KieBase's packages with the wildcard {@code packages="*"}; the prebuilt
 * executable model must still open with every package of the guidance and its rules (a "prefix.*" pattern once
 * opened it empty).
 */
class KieBasePackagesTest {

    @Test
    @DisplayName("The england2009 KieBase, named by a package wildcard, holds every part of the guidance with its rules")
    void wildcardKieBaseHoldsEveryPackage() {
        KieBase kieBase = KieServices.Factory.get().getKieClasspathContainer().getKieBase("england2009");
        Map<String, Integer> rulesByPackage = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            if (!p.getRules().isEmpty()) {
                rulesByPackage.put(p.getName(), p.getRules().size());
            }
        }
        assertThat(rulesByPackage.keySet()).containsExactly(
                "org.throughcare.kb.england2009.consent",
                "org.throughcare.kb.england2009.part1",
                "org.throughcare.kb.england2009.priority",
                "org.throughcare.kb.england2009.reception",
                "org.throughcare.kb.england2009.release",
                "org.throughcare.kb.england2009.transfer");
        assertThat(rulesByPackage.values()).allSatisfy(n -> assertThat(n).isPositive());
    }
}
