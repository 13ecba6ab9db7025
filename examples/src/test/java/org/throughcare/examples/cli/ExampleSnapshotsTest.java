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
    @DisplayName("process point 5: a transferred PPO with a drug problem enters the main prison with a release date recorded: the CJIT was told it, and release planning follows")
    void processPoint5() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp5-entry-to-the-main-prison.json");
        // The release date recorded is known from the entry into the main prison (release/release-date-known.drl), so
        // the prisoner is at pre-release planning: a release plan from then, and no on-going care of process point 6.
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP7");
        assertThat(action(d, "CARATS_DRAW_UP_RELEASE_PLAN", null).at("/trigger/event").asText()).isEqualTo("MAIN_PRISON");
        assertThat(action(d, "CARATS_DRAW_UP_RELEASE_PLAN", null).at("/due/at").asText()).startsWith("2026-09-07T23:59:59");
        assertThat(d.path("requiredActions")).noneMatch(a -> a.path("code").asText().equals("SMT_ONGOING_CONTINUITY_OF_CARE"));
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

    @Test
    @DisplayName("process point 10: at court, the Alert Form (box 11) and the files done, four outcomes next")
    void processPoint10() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp10-court-production-at-court.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP10");
        assertThat(d.at("/routing/nextPoints")).extracting(n -> n.path("point").asText())
                .containsExactly("PP11", "PP12", "PP13", "PP14");
        com.fasterxml.jackson.databind.JsonNode alert = action(d, "SMT_ALERT_CJIT_OF_COURT_PRODUCTION", "OTHER");
        assertThat(alert.path("status").asText()).isEqualTo("DONE");
        assertThat(alert.at("/alertForm/box").asInt()).isEqualTo(11);
        assertThat(alert.at("/alertForm/telephone").asText()).isEqualTo("followed up by a telephone call if necessary");
        assertThat(alert.at("/alertForm/leftForSender").toString()).contains("Date of Birth", "Prisoner Number");
        assertThat(action(d, "SMT_SEND_FILES_WITH_PRISONER_TO_COURT", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SMT_ESTABLISH_NON_RETURN_FROM_COURT", null).path("status").asText()).isEqualTo("STANDING");
    }

    @Test
    @DisplayName("process point 11: sent by the court to a new prison, process point 1 there, the sending team closes")
    void processPoint11() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp11-court-to-new-prison.json");
        assertThat(d.at("/routing/path")).extracting(s -> s.path("from").asText() + ">" + s.path("to").asText())
                .startsWith("PP10>PP11", "PP11>RECEPTION", "RECEPTION>PP1", "PP1>PP2");
        assertThat(action(d, "SENDING_SMT_CLOSE_CASELOAD_AFTER_COURT", null).path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("process point 12: back from court, the files retrieved, care resumes at process point 6")
    void processPoint12() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp12-back-to-original-prison.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP6");
        assertThat(d.at("/routing/path")).extracting(s -> s.path("from").asText() + ">" + s.path("to").asText())
                .contains("PP6>PP10", "PP10>PP12", "PP12>PP6");
        assertThat(action(d, "SMT_RETRIEVE_CARAT_FILES_FROM_COURT_ESCORT", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "CARATS_ALERT_CJIT_OF_CHANGE", "RELEASE_STATUS").at("/alertForm/filled").toString())
                .contains("From Remand to Sentenced");
    }

    @Test
    @DisplayName("process point 13: released on a Friday with a court worker present; the non-return closed within 7 days")
    void processPoint13() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp13-released-at-court-cjit-worker.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("LEFT_CUSTODY");
        assertThat(d.at("/routing/statement").asText()).contains("Substance Misuse Team's caseload");
        com.fasterxml.jackson.databind.JsonNode alert = action(d, "CJIT_ALERT_SMT_OF_COURT_RELEASE", "RELEASE_STATUS");
        assertThat(alert.at("/due/at").asText()).isEqualTo("2026-05-16T15:00:00+01:00");
        assertThat(alert.at("/alertForm/box").asInt()).isEqualTo(5);
        assertThat(action(d, "SMT_CLOSE_CASELOAD_AFTER_NON_RETURN", null).at("/due/at").asText())
                .isEqualTo("2026-05-22T23:59:59+01:00");
        assertThat(action(d, "CJIT_REQUEST_DIR_FROM_PRISON", null).path("status").asText()).isEqualTo("OPEN");
        assertThat(action(d, "CJIT_COURT_WORKER_SEE_PRISONER_IN_CELLS", null).path("status").asText()).isEqualTo("DONE");
    }

    @Test
    @DisplayName("process point 14: released with no court worker; the Alert Form and call done, the CJIT made contact")
    void processPoint14() {
        com.fasterxml.jackson.databind.JsonNode d = decision("pp14-released-at-court-no-worker.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("LEFT_CUSTODY");
        assertThat(action(d, "SMT_ALERT_CJIT_OF_COURT_RELEASE", "RELEASE_STATUS").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SMT_ENCOURAGE_PRISONER_TO_CONTACT_CJIT", null).path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "CJIT_TRY_TO_CONTACT_CLIENT_AFTER_COURT_RELEASE", null).path("status").asText())
                .isEqualTo("DONE");
        assertThat(action(d, "CJIT_ALERT_SMT_OF_CONTACT_AFTER_COURT_RELEASE", "RE_ENGAGED").at("/due/at").asText())
                .isEqualTo("2026-05-16T15:00:00+01:00");
        assertThat(action(d, "SMT_CLOSE_CASELOAD_AFTER_COURT_RELEASE", null).path("consentBasis").asText())
                .startsWith("NOT_NEEDED");
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
