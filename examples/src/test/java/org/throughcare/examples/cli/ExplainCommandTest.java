package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughcare.core.Explanation;
import org.throughcare.core.FiredRule;
import org.throughcare.core.Settings;
import org.throughcare.core.json.ThroughcareJson;

@DisplayName("throughcare explain")
class ExplainCommandTest {

    @TempDir
    Path dir;

    private Explanation expected(String json) {
        return CliContext.sharedEngine(Settings.defaults()).explain(ThroughcareJson.readSnapshot(json));
    }

    @Test
    @DisplayName("lists every rule that fired, in firing order, with its name, IDs, section, matches and products")
    void firedRules() {
        String json = Snapshots.easter("explain-1", "2026-04-08T10:00");
        Explanation e = expected(json);

        Cli.Result r = Cli.run("explain", Cli.file(dir, "s.json", json));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Rules fired, in order (" + e.fired().size() + "):");
        assertThat(e.fired()).isNotEmpty();
        String[] names = e.fired().stream().map(FiredRule::rule).toArray(String[]::new);
        assertThat(r.out()).containsSubsequence(names);
        FiredRule first = e.fired().get(0);
        assertThat(r.out()).contains("IDs       " + String.join(" ", first.ruleIds()))
                .contains("Section   " + first.section())
                .contains("Matched   " + first.matched().get(0))
                .contains("Produced  " + first.produced().get(0));
    }

    @Test
    @DisplayName("derives each due time: trigger, amount and unit, basis, skipped days with reasons, relief, calendar")
    void derivations() {
        Cli.Result r = Cli.run("explain", Cli.file(dir, "s.json", Snapshots.easter("explain-2", "2026-04-08T10:00")));

        assertThat(r.out()).contains("Due dates (3 actions):")
                .contains("CJIT_SEND_DIR_TO_PRISON")
                .contains("Triggered     CJIT_AWARE_OF_DESTINATION at Thu 02 Apr 2026 16:00 BST")
                .contains("Due           " + Snapshots.EASTER_DUE)
                .contains("Amount        24 hours (elapsed, TC-02)")
                .contains("Basis         24 hours, but a weekend or bank holiday falls within them")
                .containsSubsequence("Skipped days  Fri 03 Apr 2026 Good Friday", "Sat 04 Apr 2026 Saturday",
                        "Sun 05 Apr 2026 Sunday", "Mon 06 Apr 2026 Easter Monday")
                .contains("Relief        applied (NEVER_SHORTER, TC-10)")
                .contains("Calendar      england-and-wales (holiday data ")
                .contains("No time set: the guidance gives no timescale");
    }

    @Test
    @DisplayName("prints exactly ThroughcareJson.writeExplanation under --format json")
    void json() {
        String json = Snapshots.easter("explain-3", "2026-04-08T10:00");

        Cli.Result r = Cli.run("explain", "--format", "json", Cli.file(dir, "s.json", json));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(ThroughcareJson.writeExplanation(expected(json)));
        JsonNode node = r.json();
        assertThat(node.path("fired").isArray()).isTrue();
        assertThat(node.path("decision").path("snapshotId").asText()).isEqualTo("explain-3");
    }

    @Test
    @DisplayName("honours --setting, and reads standard input for -")
    void settingsAndStdin() {
        Cli.Result r = Cli.runWithInput(Snapshots.sundayEvening("explain-4"), "explain", "-",
                "--setting", "weekendReliefMode=LITERAL");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Due           Mon 06 Jul 2026 09:00 BST").contains("LITERAL");
    }

    @Test
    @DisplayName("lists every problem of an invalid snapshot and exits 2")
    void invalid() {
        Cli.Result text = Cli.run("explain", Cli.file(dir, "bad.json", Snapshots.fiveProblems("bad-2")));
        Cli.Result json = Cli.run("explain", "--format", "json", Cli.file(dir, "bad.json", Snapshots.fiveProblems("bad-2")));

        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.errLines()).hasSize(5);
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.json().path("problems")).hasSize(5);
    }

    @Test
    @DisplayName("needs a file (exit 2 without one)")
    void noFile() {
        Cli.Result r = Cli.run("explain");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }
}
