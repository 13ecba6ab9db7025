package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CLI shows each rule set's routing and the advice in words; it takes service contracts and an evaluation date. */
class SeveralRuleSetsCliTest {

    static final String ENGLAND = Path.of("snapshots", "england-service4-advice.json").toString();
    static final String SCOTLAND = Path.of("snapshots", "scotland-tas-va-after-july-2005.json").toString();

    @Test
    @DisplayName("England, Service 4 under a contract, and the report's advice: each routing and the advice in words")
    void composed() {
        Cli.Result r = Cli.run("evaluate", "--service-contract", "service-4,HMP Example,2025-04-01", ENGLAND);
        assertThat(r.exit()).as(r.err()).isZero();
        // A problematic drug misuser from the community, past day 5: process points 3, 4 and 5 lead on to 6.
        assertThat(r.out()).contains("Routings     england-2009: Process point 6")
                .contains("service-4: The service-4 rule set has no process points")
                .contains("ho-rpt-2005: The ho-rpt-2005 rule set has no process points")
                .contains("Advice       (advice only, not a required action) Assess the prisoner's throughcare")
                .contains("SP4_INITIAL_ASSESSMENT")
                .contains("Thu 16 Apr 2026 23:59:59 BST");
    }

    @Test
    @DisplayName("Without the contract, Service 4 is not there")
    void noContract() {
        Cli.Result r = Cli.run("evaluate", ENGLAND);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("SP4_INITIAL_ASSESSMENT").contains("Advice");
    }

    @Test
    @DisplayName("--evaluation-date picks the rules of that day")
    void evaluationDate() {
        Cli.Result r = Cli.run("evaluate", "--evaluation-date", "2005-06-30", SCOTLAND);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Rules of     Thu 30 Jun 2005").contains("SCOT_VA_PRIORITY_GROUP = YOUNG_OFFENDER");
        Cli.Result after = Cli.run("evaluate", SCOTLAND);
        assertThat(after.out()).contains("SCOT_VA_PRIORITY_GROUP = TAS_OFFENDER").doesNotContain("Rules of");
    }

    @Test
    @DisplayName("A malformed contract is a usage error")
    void malformedContract() {
        Cli.Result r = Cli.run("evaluate", "--service-contract", "service-4,HMP Example", ENGLAND);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--service-contract must be");
    }

    @Test
    @DisplayName("The consolidated priority order is shown in words, and the step after the sessions is named as such")
    void priorityOrder() {
        String file = Path.of("snapshots", "england-service4-priority-order.json").toString();
        Cli.Result r = Cli.run("evaluate", "--service-contract", "service-4,HMP Example,2025-04-01", file);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("cross-document 0.1.0 (the step after the rule sets: precedence and ordering between the"
                        + " documents that apply)")
                .contains("Order The documents that apply order people first by the England 2009 treatment priority")
                .contains("England 2009 treatment priority: tier 2 (rank 2 of 3)")
                .contains("linked (rank 1 of 2)")
                .contains("earliest release Wednesday 1 July 2026 (the approved Home Detention Curfew release date)."
                        + " [XDOC-04]")
                .doesNotContain("cross_document");
        Cli.Result without = Cli.run("evaluate", file);
        assertThat(without.out().replaceAll("\\s+", " ")).contains("order people by the England 2009 treatment"
                + " priority. This person: England 2009 treatment priority: tier 2 (rank 2 of 3). [XDOC-04]");
    }
}
