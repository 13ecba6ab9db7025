package org.throughcare.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Decision;
import org.throughcare.core.RuleSetRouting;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;

/**
 * The consolidated priority order over a generated caseload, with every rule set loaded and Service 4 contracts at
 * prisons in all three jurisdictions ({@link GeneratedRoutingPropertiesTest} has the routing properties, with jqwik).
 */
class GeneratedRoutingTest {

    static final ThroughcareEngine ENGINE = ThroughcareEngine.builder()
            .serviceContract(new ServiceContract("service-4", "HMP Example", LocalDate.of(1990, 1, 1), null, null))
            .serviceContract(new ServiceContract("service-4", "HMP Sample North", LocalDate.of(1990, 1, 1), null, null))
            .serviceContract(new ServiceContract("service-4", "HMP Sample West", LocalDate.of(2020, 1, 1),
                    LocalDate.of(2030, 1, 1), "england-and-wales"))
            .build();

    @Test
    @DisplayName("The consolidated priority order is a total order over 2,000 generated decisions, and names only rule sets that apply")
    void priorityOrderIsATotalOrder() {
        List<Decision> decisions = new java.util.ArrayList<>();
        CaseloadGenerator generator = new CaseloadGenerator(7, 0.0);
        for (long i = 0; i < 2_000; i++) {
            try {
                decisions.add(ENGINE.evaluate(ThroughcareJson.readSnapshot(generator.snapshot(i))));
            } catch (InvalidSnapshotException e) {
                // an invalid generated line is the reader's concern, tested elsewhere
            }
        }
        assertThat(decisions).hasSizeGreaterThan(1_500);
        assertThat(decisions).filteredOn(d -> d.priorityOrder() != null).hasSizeGreaterThan(100);
        for (Decision d : decisions) {
            if (d.priorityOrder() == null) {
                continue;
            }
            List<String> applying = d.routings().stream().map(RuleSetRouting::ruleSet).toList();
            assertThat(d.priorityOrder().keys()).allSatisfy(k -> {
                assertThat(k.explanation()).isNotBlank();
                if (k.ruleSet() != null) {
                    assertThat(applying).contains(k.ruleSet());
                    assertThat(k.rank() == null || (k.rank() >= 1 && k.rank() <= k.of())).isTrue();
                }
            });
        }
        // Antisymmetric on every pair of a sample, and TimSort (which detects a broken contract) sorts them all.
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            Decision a = decisions.get(random.nextInt(decisions.size()));
            Decision b = decisions.get(random.nextInt(decisions.size()));
            assertThat(Integer.signum(Decision.BY_PRIORITY.compare(a, b)))
                    .isEqualTo(-Integer.signum(Decision.BY_PRIORITY.compare(b, a)));
        }
        List<Decision> sorted = new java.util.ArrayList<>(decisions);
        sorted.sort(Decision.BY_PRIORITY);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Decision.BY_PRIORITY.compare(sorted.get(i - 1), sorted.get(i))).isLessThanOrEqualTo(0);
        }
    }
}
