package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The example snapshots of the exits from prison (England 2009 Part 4) in examples/snapshots, checked decision by decision. */
@DisplayName("The exit example snapshots in examples/snapshots")
class ExitSnapshotsTest {
    static final Path SNAPSHOTS = Path.of("snapshots");

    private static JsonNode decision(String file) {
        Cli.Result r = Cli.run("evaluate", "--format", "json", SNAPSHOTS.resolve(file).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }

    private static JsonNode action(JsonNode d, String code) {
        for (JsonNode a : d.path("requiredActions")) {
            if (a.path("code").asText().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no action " + code + " in " + d.path("requiredActions"));
    }

    @Test
    @DisplayName("process point 8: a direct transfer on Friday 1 May 2026; the CARAT file asked for at 18:30 is due at 09:00 on Tuesday")
    void processPoint8() {
        JsonNode d = decision("pp8-direct-transfer.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("PP8");
        assertThat(d.at("/routing/nextPoint").asText()).isEqualTo("PP1");
        assertThat(action(d, "SENDING_SMT_UPDATE_CLINICAL_RECORD").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SENDING_SMT_UPDATE_CLINICAL_RECORD").at("/due/at").asText())
                .isEqualTo("2026-05-01T23:59:59+01:00");
        assertThat(action(d, "SENDING_SMT_COMPLETE_TRANSFER_PLAN").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SENDING_SMT_SEND_CARAT_FILE_WITH_ESCORT").path("status").asText()).isEqualTo("OPEN");
        assertThat(action(d, "SENDING_SMT_INCLUDE_DIR_IN_CARAT_FILE").path("status").asText()).isEqualTo("OPEN");
        assertThat(action(d, "SENDING_SMT_ALERT_TRANSFER").path("instance").asText()).isEqualTo("PRISON");
        assertThat(action(d, "SENDING_SMT_ALERT_TRANSFER").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SENDING_SMT_CARAT_FILE_ON_REQUEST").at("/due/at").asText())
                .isEqualTo("2026-05-05T09:00:00+01:00");
        assertThat(action(d, "SENDING_SMT_ACTIVITY_FORM_CLOSE").path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("process point 9: released on the day before Good Friday and met at the gate; the person has left custody")
    void processPoint9() {
        JsonNode d = decision("pp9-release-gate-pick-up.json");
        assertThat(d.at("/routing/currentPoint").asText()).isEqualTo("LEFT_CUSTODY");
        assertThat(d.at("/routing/statement").asText()).contains("left prison and the Substance Misuse Team's caseload");
        assertThat(action(d, "CJIT_ARRANGE_GATE_PICK_UP").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "CJIT_ASSESS_PICK_UP_RISK").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "CJIT_ALERT_SMT_OF_GATE_PICK_UP").path("status").asText()).isEqualTo("OPEN");
        assertThat(action(d, "CJIT_ALERT_SMT_OF_GATE_PICK_UP").at("/due/at").asText())
                .isEqualTo("2026-04-13T23:59:59+01:00");
        assertThat(action(d, "CJIT_ACTIVITY_FORM_TAKE_ON_AFTER_RELEASE").path("status").asText()).isEqualTo("DONE");
        assertThat(action(d, "SMT_CLOSE_CASELOAD_ON_RELEASE").path("status").asText()).isEqualTo("OPEN");
        JsonNode priority = null;
        for (JsonNode p : d.path("priorities")) {
            if (p.path("code").asText().equals("ENG_COC_GATE_PICK_UP_PRIORITY")) {
                priority = p;
            }
        }
        assertThat(priority).as("gate pick-up priority in %s", d.path("priorities")).isNotNull();
        assertThat(priority.path("result").asText()).isEqualTo("GREATER_RISK");
    }
}
