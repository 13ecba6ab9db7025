package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The snapshots shipped in examples/snapshots (tests run in the module directory). */
@DisplayName("The example snapshots in examples/snapshots")
class ExampleSnapshotsTest {
    static final Path SNAPSHOTS = Path.of("snapshots");

    static Stream<Path> valid() throws IOException {
        try (Stream<Path> s = Files.list(SNAPSHOTS)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> invalid() throws IOException {
        try (Stream<Path> s = Files.list(SNAPSHOTS.resolve("invalid"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("include the Part 1 Easter example the README runs")
    void easterExample() {
        Cli.Result r = Cli.run("evaluate", SNAPSHOTS.resolve("part1-cjit-easter-2026.json").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("CJIT_SEND_DIR_TO_PRISON").contains(Snapshots.EASTER_DUE);
    }

    @Test
    @DisplayName("show a consent-blocked action as BLOCKED with its reason")
    void blocked() {
        Cli.Result r = Cli.run("evaluate", "--status", "BLOCKED", SNAPSHOTS.resolve("consent-refused.json").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 of 4 required actions (filtered by --status BLOCKED)");
        String row = r.outLines().stream().filter(l -> l.contains("CJIT_SEND_DIR_TO_PRISON")).findFirst().orElseThrow();
        String next = r.outLines().get(r.outLines().indexOf(row) + 1);
        assertThat(row).contains("BLOCKED");
        assertThat(next).contains("CONSENT_REFUSED");
    }

    @Test
    @DisplayName("name each instance of an action in the table (the weeks after release, SCOT-TAS-OBL-13)")
    void instances() {
        Cli.Result r = Cli.run("evaluate", SNAPSHOTS.resolve("scotland-tas-contact-after-release.json").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("instance week-1").contains("instance week-6");
    }

    /** @return the decision's action with this code (and instance, when given) */
    private static com.fasterxml.jackson.databind.JsonNode action(com.fasterxml.jackson.databind.JsonNode d, String code,
                                                                  String instance) {
        for (com.fasterxml.jackson.databind.JsonNode a : d.path("requiredActions")) {
            if (a.path("code").asText().equals(code) && (instance == null || instance.equals(a.path("instance").asText()))) {
                return a;
            }
        }
        throw new AssertionError("no action " + code + " " + instance + " in " + d.path("requiredActions"));
    }

    private static com.fasterxml.jackson.databind.JsonNode decision(String file) {
        Cli.Result r = Cli.run("evaluate", "--format", "json", SNAPSHOTS.resolve(file).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    @DisplayName("process point 5: a transferred PPO with a drug problem enters the main prison; the CJIT was told the release date")
    void processPoint5() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp5-entry-to-the-main-prison.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP6");
        assertThat(action(d, "SMT_PRIORITISE_INTERVENTIONS", null).path("status").asText()).isEqualTo("STANDING");
        assertThat(action(d, "SMT_TELL_CJIT_RELEASE_DATE", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SMT_TELL_CJIT_RELEASE_DATE", null).at("/trigger/event").asText()).isEqualTo("MAIN_PRISON");
        assertThat(action(d, "CARATS_NORMAL_NEEDS_ASSESSMENT", null).path("status").asText()).isEqualTo("STANDING");
    }

    @Test
    @DisplayName("process point 6: two changes of circumstance, two Alert Form duties, one done")
    void processPoint6() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp6-on-going-care-alert-forms.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP6");
        assertThat(action(d, "CARATS_ALERT_CJIT_OF_CHANGE", "KEY_OR_CASE_WORKER").path("status").asText()).isEqualTo("OPEN");
        assertThat(action(d, "CARATS_ALERT_CJIT_OF_CHANGE", "RELEASE_OR_COURT_DATE").path("status").asText())
                .isEqualTo("DONE");
        assertThat(action(d, "SMT_ONGOING_CONTINUITY_OF_CARE", null).path("status").asText()).isEqualTo("STANDING");
    }

    @Test
    @DisplayName("process point 7: a release date known at short notice, and a plan change told without the telephone call")
    void processPoint7() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp7-release-plan-short-notice-and-change.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP7");
        assertThat(d.at("/routing/nextPoint").asText()).isEqualTo("PP9");
        assertThat(action(d, "CARATS_DRAW_UP_RELEASE_PLAN", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "CARATS_DRAW_UP_RELEASE_PLAN", null).at("/anchor/shortNotice").asBoolean()).isTrue();
        assertThat(action(d, "CARATS_HOLD_THREE_WAY_MEETING", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SMT_ALERT_CJIT_OF_PLAN_CHANGE", null).path("status").asText()).isEqualTo("OVERDUE");
    }

    @ParameterizedTest(name = "{0} evaluates, explains and writes JSON with exit 0")
    @MethodSource("valid")
    void evaluates(Path file) {
        Cli.Result table = Cli.run("evaluate", file.toString());
        Cli.Result json = Cli.run("evaluate", "--format", "json", file.toString());
        Cli.Result explain = Cli.run("explain", file.toString());

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("Snapshot").contains("Routing");
        assertThat(json.exit()).isZero();
        assertThat(json.json().path("snapshotId").asText()).isNotBlank();
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("Rules fired, in order");
    }

    @ParameterizedTest(name = "{0} is rejected with exit 2 and its problems listed")
    @MethodSource("invalid")
    void rejects(Path file) {
        Cli.Result table = Cli.run("evaluate", file.toString());
        Cli.Result json = Cli.run("evaluate", "--format", "json", file.toString());

        assertThat(table.exit()).isEqualTo(2);
        assertThat(json.exit()).isEqualTo(2);
        assertThat(table.errLines()).hasSize(json.json().path("problems").size()).isNotEmpty();
    }
}
