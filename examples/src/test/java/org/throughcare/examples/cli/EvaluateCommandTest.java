package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughcare.core.Settings;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;

@DisplayName("throughcare evaluate")
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private String easter(String asOf, String... extraEvents) {
        return Cli.file(dir, "easter.json", Snapshots.easter("easter-1", asOf, extraEvents));
    }

    /** @return the action codes of a JSON decision, in order */
    private static List<String> codes(JsonNode decision) {
        List<String> out = new ArrayList<>();
        decision.path("requiredActions").forEach(a -> out.add(a.path("code").asText()));
        return out;
    }

    @Nested
    @DisplayName("in table format")
    class Table {
        @Test
        @DisplayName("prints a header with the snapshot, asOf, rule sets, process points, routing, priorities and notices")
        void header() {
            Cli.Result r = Cli.run("evaluate", easter("2026-04-08T10:00"));

            assertThat(r.exit()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out())
                    .contains("Snapshot     easter-1")
                    .contains("As of        Wed 08 Apr 2026 10:00 BST")
                    .containsPattern("Rule sets +england-2009 \\S+ \\(in force from Wed 01 Jul 2009; calendar england-and-wales\\)")
                    .contains("Now          PART_1 Prior to prison entry")
                    .contains("Next         PP1 ")
                    .contains("Routing      Part 1 (Prior to prison entry")
                    .contains("Priority")
                    .contains("Eligibility  GUIDANCE_APPLIES")
                    .contains("Actions      3 required actions");
        }

        @Test
        @DisplayName("prints one row per action with owner, action code and text, due time, status and citation")
        void rows() {
            Cli.Result r = Cli.run("evaluate", easter("2026-04-08T10:00"));

            List<String> lines = r.outLines();
            int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("OWNER")).findFirst().orElseThrow());
            assertThat(lines.get(head)).containsSubsequence("OWNER", "ACTION", "DUE", "STATUS", "CITATION");
            String row = lines.stream().filter(l -> l.contains("CJIT_SEND_DIR_TO_PRISON")).findFirst().orElseThrow();
            assertThat(row).containsSubsequence("CJIT worker", "CJIT_SEND_DIR_TO_PRISON", Snapshots.EASTER_DUE,
                    "BEST_EFFORT_MISSED", "ENG-COC-PRE-03");
            assertThat(r.out()).contains("Send the DIR and other relevant")
                    .contains("Part 1, Definition and")
                    .contains("no time set");
        }

        @Test
        @DisplayName("an action past its time is still a successful run (exit 0)")
        void overdueIsSuccess() {
            Cli.Result r = Cli.run("evaluate", easter("2026-04-08T10:00"));

            assertThat(r.out()).contains("BEST_EFFORT_MISSED");
            assertThat(r.exit()).isEqualTo(ThroughcareCli.OK);
        }

        @Test
        @DisplayName("reads the snapshot from standard input when the file is -")
        void stdin() {
            Cli.Result r = Cli.runWithInput(Snapshots.easter("from-stdin", "2026-04-08T10:00"), "evaluate", "-");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Snapshot     from-stdin").contains("CJIT_SEND_DIR_TO_PRISON");
        }
    }

    @Nested
    @DisplayName("in JSON format")
    class Json {
        @Test
        @DisplayName("prints exactly ThroughcareJson.writeDecision of the decision")
        void exactlyWriteDecision() {
            String file = easter("2026-04-08T10:00");

            Cli.Result r = Cli.run("evaluate", "--format", "json", file);

            String expected = ThroughcareJson.writeDecision(CliContext.sharedEngine(Settings.defaults())
                    .evaluate(ThroughcareJson.readSnapshot(Snapshots.easter("easter-1", "2026-04-08T10:00"))));
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo(expected);
            assertThat(r.json().path("snapshotId").asText()).isEqualTo("easter-1");
        }

        @Test
        @DisplayName("accepts --format=json and JSON in any case")
        void formatSpellings() {
            String file = easter("2026-04-08T10:00");

            assertThat(Cli.run("evaluate", "--format=json", file).json().path("snapshotId").asText()).isEqualTo("easter-1");
            assertThat(Cli.run("evaluate", "--format", "JSON", file).json().path("snapshotId").asText()).isEqualTo("easter-1");
        }

        @Test
        @DisplayName("with a filter, drops the other actions from requiredActions and keeps everything else")
        void filtered() {
            String file = easter("2026-04-08T10:00");

            JsonNode all = Cli.run("evaluate", "--format", "json", file).json();
            JsonNode overdue = Cli.run("evaluate", "--format", "json", "--overdue", file).json();

            assertThat(codes(all)).hasSize(3);
            assertThat(codes(overdue)).containsExactly("CJIT_SEND_DIR_TO_PRISON");
            assertThat(overdue.path("routing")).isEqualTo(all.path("routing"));
            assertThat(overdue.path("provenance")).isEqualTo(all.path("provenance"));
        }
    }

    @Nested
    @DisplayName("--overdue")
    class Overdue {
        @Test
        @DisplayName("at the due time exactly the DIR is still open, so nothing is listed")
        void atDueTime() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--overdue", easter("2026-04-07T09:00")).json();

            assertThat(codes(d)).isEmpty();
        }

        @Test
        @DisplayName("one second after the due time the DIR is overdue and listed")
        void secondAfter() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--overdue", easter("2026-04-07T09:00:01")).json();

            assertThat(codes(d)).containsExactly("CJIT_SEND_DIR_TO_PRISON");
        }

        @Test
        @DisplayName("lists a missed target (TARGET_MISSED) as well as an overdue duty")
        void targetMissed(@TempDir Path d) {
            String file = Cli.file(d, "t.json", Snapshots.transferTargetMissed("transfer-1"));

            JsonNode all = Cli.run("evaluate", "--format", "json", file).json();
            JsonNode late = Cli.run("evaluate", "--format", "json", "--overdue", file).json();

            assertThat(codes(late)).containsExactly("SMT_ASSESS_CLINICAL_NEEDS");
            assertThat(late.path("requiredActions").get(0).path("status").asText()).isEqualTo("TARGET_MISSED");
            assertThat(codes(all)).hasSizeGreaterThan(1);
        }

        @Test
        @DisplayName("says in the table how many actions the filter kept")
        void tableNote() {
            Cli.Result r = Cli.run("evaluate", "--overdue", easter("2026-04-08T10:00"));

            assertThat(r.out()).contains("1 of 3 required actions (filtered by --overdue)")
                    .contains("CJIT_SEND_DIR_TO_PRISON")
                    .doesNotContain("CJIT_COMPLETE_DIR");
        }
    }

    @Nested
    @DisplayName("--due-within DAYS")
    class DueWithin {
        @Test
        @DisplayName("includes an action due exactly at asOf + DAYS days")
        void includesUpperBoundary() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "1", easter("2026-04-06T09:00")).json();

            assertThat(codes(d)).containsExactly("CJIT_SEND_DIR_TO_PRISON");
        }

        @Test
        @DisplayName("excludes an action due one second after asOf + DAYS days")
        void excludesSecondAfter() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "1", easter("2026-04-06T08:59:59")).json();

            assertThat(codes(d)).isEmpty();
        }

        @Test
        @DisplayName("includes an action due exactly at asOf (the lower end) with --due-within 0")
        void includesLowerBoundary() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "0", easter("2026-04-07T09:00")).json();

            assertThat(codes(d)).containsExactly("CJIT_SEND_DIR_TO_PRISON");
        }

        @Test
        @DisplayName("excludes an action already past its due time (before asOf)")
        void excludesPast() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "7", easter("2026-04-07T09:00:01")).json();

            assertThat(codes(d)).isEmpty();
        }

        @Test
        @DisplayName("excludes an action that is done, even when its due time is in the window")
        void excludesDone() {
            String file = easter("2026-04-06T09:00", "{ \"type\": \"DIR_SENT_TO_PRISON\", \"at\": \"2026-04-03T10:00\" }");

            JsonNode all = Cli.run("evaluate", "--format", "json", file).json();
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "1", file).json();

            assertThat(all.toString()).contains("\"status\":\"DONE\"");
            assertThat(codes(d)).doesNotContain("CJIT_SEND_DIR_TO_PRISON");
        }

        @Test
        @DisplayName("excludes actions with no due time")
        void excludesUnspecified() {
            JsonNode d = Cli.run("evaluate", "--format", "json", "--due-within", "3650", easter("2026-04-06T09:00")).json();

            assertThat(codes(d)).containsExactly("CJIT_SEND_DIR_TO_PRISON");
        }

        @Test
        @DisplayName("rejects a negative number of days (exit 2)")
        void negative() {
            Cli.Result r = Cli.run("evaluate", "--due-within", "-1", easter("2026-04-06T09:00"));

            assertThat(r.exit()).isEqualTo(ThroughcareCli.INVALID_INPUT);
            assertThat(r.err()).contains("--due-within must be 0 or more");
        }
    }

    @Nested
    @DisplayName("--status")
    class Status {
        @Test
        @DisplayName("keeps only the statuses given, comma-separated, in any case")
        void statuses() {
            String file = easter("2026-04-08T10:00");

            assertThat(codes(Cli.run("evaluate", "--format", "json", "--status", "DONE", file).json()))
                    .containsExactlyInAnyOrder("CJIT_COMPLETE_DIR", "CJIT_TRACK_DESTINATION");
            assertThat(codes(Cli.run("evaluate", "--format", "json", "--status", "best_effort_missed,done", file).json()))
                    .hasSize(3);
            assertThat(codes(Cli.run("evaluate", "--format", "json", "--status", "OPEN", file).json())).isEmpty();
        }

        @Test
        @DisplayName("combines with the other filters (all must hold)")
        void combines() {
            String file = easter("2026-04-08T10:00");

            assertThat(codes(Cli.run("evaluate", "--format", "json", "--status", "DONE", "--overdue", file).json())).isEmpty();
        }

        @Test
        @DisplayName("rejects an unknown status (exit 2), naming the valid ones")
        void unknown() {
            Cli.Result r = Cli.run("evaluate", "--status", "LATE", easter("2026-04-08T10:00"));

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("LATE").contains("OVERDUE");
        }
    }

    @Nested
    @DisplayName("--setting NAME=VALUE")
    class SettingOption {
        @Test
        @DisplayName("weekendReliefMode=LITERAL moves a Sunday-evening deadline from 22:00 to 09:00 on Monday")
        void literalRelief() {
            String file = Cli.file(dir, "sunday.json", Snapshots.sundayEvening("sunday-1"));

            Cli.Result defaults = Cli.run("evaluate", file);
            Cli.Result literal = Cli.run("evaluate", "--setting", "weekendReliefMode=LITERAL", file);

            assertThat(defaults.out()).contains("Mon 06 Jul 2026 22:00 BST");
            assertThat(literal.exit()).isZero();
            assertThat(literal.out()).contains("Mon 06 Jul 2026 09:00 BST");
        }

        @Test
        @DisplayName("is recorded in the decision's provenance; the option repeats")
        void provenance() {
            String file = Cli.file(dir, "sunday.json", Snapshots.sundayEvening("sunday-1"));

            JsonNode d = Cli.run("evaluate", "--format", "json", "--setting", "weekendReliefMode=LITERAL",
                    "--setting", "dayBasis=WORKING", file).json();

            JsonNode settings = d.path("provenance").path("settings");
            assertThat(settings.path("weekendReliefMode").path("value").asText()).isEqualTo("LITERAL");
            assertThat(settings.path("weekendReliefMode").path("defaultReading").asBoolean()).isFalse();
            assertThat(settings.path("dayBasis").path("value").asText()).isEqualTo("WORKING");
            assertThat(settings.path("dayBasis").path("catalogueIds").get(0).asText()).isEqualTo("AMB-33");
            assertThat(settings.path("reliefByInterpretation").path("defaultReading").asBoolean()).isTrue();
        }

        @Test
        @DisplayName("a bad value is a usage error (exit 2) with the settings' own message")
        void badValue() {
            Cli.Result r = Cli.run("evaluate", "--setting", "dayBasis=LUNAR", easter("2026-04-08T10:00"));

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("setting dayBasis must be one of [CALENDAR, WORKING], was 'LUNAR'");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("an unknown name, or no '=', is a usage error (exit 2); as JSON under --format json")
        void badForm() {
            String file = easter("2026-04-08T10:00");

            Cli.Result unknown = Cli.run("evaluate", "--setting", "colour=blue", file);
            Cli.Result noEquals = Cli.run("evaluate", "--setting", "dayBasis", file);
            Cli.Result json = Cli.run("evaluate", "--format", "json", "--setting", "colour=blue", file);

            assertThat(unknown.exit()).isEqualTo(2);
            assertThat(unknown.err()).contains("unknown setting 'colour'");
            assertThat(noEquals.exit()).isEqualTo(2);
            assertThat(noEquals.err()).contains("NAME=VALUE");
            assertThat(json.exit()).isEqualTo(2);
            assertThat(json.json().path("error").path("code").asText()).isEqualTo("INVALID_SETTING");
            assertThat(json.json().path("error").path("message").asText()).contains("unknown setting 'colour'");
        }
    }

    @Nested
    @DisplayName("with invalid input")
    class InvalidInput {
        private List<Problem> expectedProblems(String json) {
            try {
                ThroughcareJson.readSnapshot(json);
            } catch (InvalidSnapshotException e) {
                return e.problems();
            }
            throw new AssertionError("the snapshot was expected to be invalid");
        }

        @Test
        @DisplayName("lists every problem on standard error, one line each as POINTER  CODE  message, and exits 2")
        void everyProblemInTable() {
            String json = Snapshots.fiveProblems("bad-1");
            List<Problem> expected = expectedProblems(json);

            Cli.Result r = Cli.run("evaluate", Cli.file(dir, "bad.json", json));

            assertThat(expected).hasSize(5);
            assertThat(r.exit()).isEqualTo(ThroughcareCli.INVALID_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Problem p = expected.get(i);
                assertThat(r.errLines().get(i)).matches("\\Q" + p.pointer() + "\\E +\\Q" + p.code() + "\\E +\\Q"
                        + p.message() + "\\E");
            }
        }

        @Test
        @DisplayName("prints ThroughcareJson.writeProblems on standard output under --format json, and exits 2")
        void everyProblemInJson() {
            String json = Snapshots.fiveProblems("bad-1");
            List<Problem> expected = expectedProblems(json);

            Cli.Result r = Cli.run("evaluate", "--format", "json", Cli.file(dir, "bad.json", json));

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEqualTo(ThroughcareJson.writeProblems("bad-1", expected));
            assertThat(r.json().path("problems")).hasSize(5);
        }

        @Test
        @DisplayName("reports malformed JSON as a problem of the whole document")
        void malformed() {
            Cli.Result r = Cli.runWithInput("{ \"id\": ", "evaluate", "-");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith("(document)").contains("MALFORMED_JSON");
        }

        @Test
        @DisplayName("reports a missing file as unreadable (exit 2), as text or as a JSON error")
        void missingFile() {
            String missing = dir.resolve("nope.json").toString();

            Cli.Result text = Cli.run("evaluate", missing);
            Cli.Result json = Cli.run("evaluate", "--format", "json", missing);

            assertThat(text.exit()).isEqualTo(2);
            assertThat(text.err()).isEqualTo("throughcare: cannot read " + missing + ": no such file\n");
            assertThat(json.exit()).isEqualTo(2);
            assertThat(json.json().path("error").path("code").asText()).isEqualTo("UNREADABLE_INPUT");
            assertThat(json.json().path("error").path("message").asText()).contains("no such file");
        }

        @Test
        @DisplayName("reports a directory given as the file as unreadable (exit 2)")
        void directory() {
            Cli.Result r = Cli.run("evaluate", dir.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("it is a directory");
        }
    }

    @Nested
    @DisplayName("with bad arguments")
    class BadArguments {
        @Test
        @DisplayName("no file is a usage error (exit 2) that points to the batch command for many snapshots")
        void noFile() {
            Cli.Result r = Cli.run("evaluate");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("give a snapshot FILE").contains("use the batch command")
                    .contains("evaluate --help");
        }

        @Test
        @DisplayName("--batch is gone: the batch command is the one name for a caseload (exit 2, with a hint)")
        void batchOption() {
            String file = easter("2026-04-08T10:00");

            Cli.Result r = Cli.run("evaluate", "--batch", file);

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--batch");
        }

        @Test
        @DisplayName("an unknown option is a usage error (exit 2), as JSON under --format json")
        void unknownOption() {
            Cli.Result text = Cli.run("evaluate", "--colour", "x.json");
            Cli.Result json = Cli.run("evaluate", "--format", "json", "--colour", "x.json");

            assertThat(text.exit()).isEqualTo(2);
            assertThat(text.err()).contains("Unknown option: '--colour'");
            assertThat(json.exit()).isEqualTo(2);
            assertThat(json.json().path("error").path("code").asText()).isEqualTo("USAGE");
        }

        @Test
        @DisplayName("a bad --format value is a usage error (exit 2)")
        void badFormat() {
            Cli.Result r = Cli.run("evaluate", "--format", "xml", "x.json");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("xml");
        }

        @Test
        @DisplayName("a non-numeric --due-within is a usage error (exit 2)")
        void badDays() {
            Cli.Result r = Cli.run("evaluate", "--due-within", "soon", "x.json");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("soon");
        }
    }
}
