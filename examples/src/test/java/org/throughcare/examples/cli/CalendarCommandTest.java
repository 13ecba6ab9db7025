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

@DisplayName("throughcare calendar")
class CalendarCommandTest {

    private static List<String> skipped(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.path("date").asText() + " " + s.path("reason").asText()));
        return out;
    }

    @Nested
    @DisplayName("add-working-days")
    class AddWorkingDays {
        @Test
        @DisplayName("in England and Wales, 2 Apr 2026 + 3 working days is Thu 9 Apr, skipping Good Friday, the weekend and Easter Monday")
        void englandAndWales() {
            Cli.Result r = Cli.run("calendar", "add-working-days", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02", "--days", "3");

            assertThat(r.exit()).isZero();
            assertThat(r.outLines()).containsExactly(
                    "Thu 09 Apr 2026 (2026-04-09)",
                    "3 working days after Thu 02 Apr 2026 (day 0) in england-and-wales (holiday data "
                            + r.outLines().get(1).replaceAll(".*holiday data ", ""),
                    "Skipped:",
                    "  Fri 03 Apr 2026  Good Friday",
                    "  Sat 04 Apr 2026  Saturday",
                    "  Sun 05 Apr 2026  Sunday",
                    "  Mon 06 Apr 2026  Easter Monday");
        }

        @Test
        @DisplayName("in Scotland, 2 Apr 2026 + 3 working days is Wed 8 Apr: Easter Monday is a Scottish working day")
        void scotland() {
            Cli.Result r = Cli.run("calendar", "add-working-days", "--jurisdiction", "scotland",
                    "--from", "2026-04-02", "--days", "3");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Wed 08 Apr 2026 (2026-04-08)\n").doesNotContain("Easter Monday");
        }

        @Test
        @DisplayName("as JSON gives the result and every skipped day with its reason")
        void json() {
            JsonNode j = Cli.run("calendar", "add-working-days", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02", "--days", "3", "--format", "json").json();

            assertThat(j.path("calendar").asText()).isEqualTo("england-and-wales");
            assertThat(j.path("from").asText()).isEqualTo("2026-04-02");
            assertThat(j.path("days").asInt()).isEqualTo(3);
            assertThat(j.path("result").asText()).isEqualTo("2026-04-09");
            assertThat(skipped(j.path("skipped"))).containsExactly("2026-04-03 Good Friday", "2026-04-04 Saturday",
                    "2026-04-05 Sunday", "2026-04-06 Easter Monday");
            assertThat(j.path("calendarDataVersion").asText()).isNotBlank();
        }

        @Test
        @DisplayName("0 working days gives the start date itself")
        void zero() {
            Cli.Result r = Cli.run("calendar", "add-working-days", "--jurisdiction", "scotland",
                    "--from", "2026-04-04", "--days", "0");

            assertThat(r.out()).startsWith("Sat 04 Apr 2026 (2026-04-04)").contains("Skipped: none");
        }

        @Test
        @DisplayName("a negative count, a bad date or a date outside 1990-2100 is invalid input (exit 2)")
        void invalid() {
            assertThat(Cli.run("calendar", "add-working-days", "--jurisdiction", "scotland", "--from", "2026-04-02",
                    "--days", "-1").exit()).isEqualTo(2);
            Cli.Result badDate = Cli.run("calendar", "add-working-days", "--jurisdiction", "scotland",
                    "--from", "2026-02-30", "--days", "1");
            assertThat(badDate.exit()).isEqualTo(2);
            assertThat(badDate.err()).contains("--from must be an ISO date");
            Cli.Result range = Cli.run("calendar", "add-working-days", "--jurisdiction", "scotland",
                    "--from", "1980-01-01", "--days", "1", "--format", "json");
            assertThat(range.exit()).isEqualTo(2);
            assertThat(range.json().path("error").path("code").asText()).isEqualTo("OUT_OF_RANGE");
        }
    }

    @Nested
    @DisplayName("holidays")
    class Holidays {
        @Test
        @DisplayName("lists the 2026 England and Wales bank holidays in date order")
        void englandAndWales() {
            Cli.Result r = Cli.run("calendar", "holidays", "--jurisdiction", "england-and-wales", "--year", "2026");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("8 bank holidays in 2026, england-and-wales")
                    .containsSubsequence("Thu 01 Jan 2026  New Year's Day", "Fri 03 Apr 2026  Good Friday",
                            "Mon 06 Apr 2026  Easter Monday", "Mon 04 May 2026  Early May bank holiday",
                            "Mon 25 May 2026  Spring bank holiday", "Mon 31 Aug 2026  Summer bank holiday",
                            "Fri 25 Dec 2026  Christmas Day", "Mon 28 Dec 2026  Boxing Day (substitute day)");
        }

        @Test
        @DisplayName("Scotland has 2 January and St Andrew's Day, and no Easter Monday")
        void scotland() {
            JsonNode j = Cli.run("calendar", "holidays", "--jurisdiction", "scotland", "--year", "2026",
                    "--format", "json").json();

            List<String> names = new ArrayList<>();
            j.path("holidays").forEach(h -> names.add(h.path("date").asText() + " " + h.path("name").asText()));
            assertThat(j.path("year").asInt()).isEqualTo(2026);
            assertThat(names).contains("2026-01-02 2nd January", "2026-11-30 St Andrew's Day")
                    .noneMatch(n -> n.contains("Easter Monday"));
        }

        @Test
        @DisplayName("a year outside 1990-2100 is invalid input (exit 2)")
        void outOfRange() {
            Cli.Result r = Cli.run("calendar", "holidays", "--jurisdiction", "scotland", "--year", "1900");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("1990-2100");
        }
    }

    @Nested
    @DisplayName("is-working-day")
    class IsWorkingDay {
        @Test
        @DisplayName("Easter Monday 2026 is not a working day in England and Wales, and says why")
        void easterMondayEngland() {
            Cli.Result r = Cli.run("calendar", "is-working-day", "--jurisdiction", "england-and-wales", "--date", "2026-04-06");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Mon 06 Apr 2026 is not a working day in england-and-wales")
                    .endsWith(": Easter Monday\n");
        }

        @Test
        @DisplayName("Easter Monday 2026 is a working day in Scotland")
        void easterMondayScotland() {
            JsonNode j = Cli.run("calendar", "is-working-day", "--jurisdiction", "scotland", "--date", "2026-04-06",
                    "--format", "json").json();

            assertThat(j.path("workingDay").asBoolean()).isTrue();
            assertThat(j.has("reason")).isFalse();
        }

        @Test
        @DisplayName("a Saturday is not a working day, for the reason Saturday")
        void saturday() {
            JsonNode j = Cli.run("calendar", "is-working-day", "--jurisdiction", "scotland", "--date", "2026-04-04",
                    "--format", "json").json();

            assertThat(j.path("workingDay").asBoolean()).isFalse();
            assertThat(j.path("reason").asText()).isEqualTo("Saturday");
        }
    }

    @Nested
    @DisplayName("deadline")
    class Deadline {
        @Test
        @DisplayName("24 hours from Thu 2 Apr 2026 16:00 are due at 09:00 on Tue 7 Apr, with the derivation")
        void easter() {
            Cli.Result r = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02T16:00", "--hours", "24");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Due           Tue 07 Apr 2026 09:00 BST\n")
                    .contains("Trigger       Thu 02 Apr 2026 16:00 BST")
                    .contains("Amount        24 hours (elapsed, TC-02)")
                    .contains("Basis         24 hours, but a weekend or bank holiday falls within them")
                    .containsSubsequence("Good Friday", "Saturday", "Sunday", "Easter Monday")
                    .contains("Relief        applied (NEVER_SHORTER, TC-10)")
                    .contains("Calendar      england-and-wales");
        }

        @Test
        @DisplayName("--relief LITERAL gives 09:00 on the next working day even when sooner than 24 hours")
        void literal() {
            JsonNode shorter = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-07-05T22:00", "--hours", "24", "--format", "json").json();
            JsonNode literal = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-07-05T22:00", "--hours", "24", "--relief", "LITERAL", "--format", "json").json();

            assertThat(shorter.path("dueAt").asText()).isEqualTo("2026-07-06T22:00:00+01:00");
            assertThat(shorter.path("relief").path("mode").asText()).isEqualTo("NEVER_SHORTER");
            assertThat(literal.path("dueAt").asText()).isEqualTo("2026-07-06T09:00:00+01:00");
            assertThat(literal.path("relief").path("applied").asBoolean()).isTrue();
            assertThat(literal.path("relief").path("strictDueAt").asText()).isEqualTo("2026-07-06T22:00:00+01:00");
            assertThat(skipped(literal.path("skippedDays"))).containsExactly("2026-07-05 Sunday");
        }

        @Test
        @DisplayName("--relief NONE gives plain elapsed hours")
        void none() {
            JsonNode j = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02T16:00", "--hours", "24", "--relief", "NONE", "--format", "json").json();

            assertThat(j.path("dueAt").asText()).isEqualTo("2026-04-03T16:00:00+01:00");
            assertThat(j.path("relief").path("considered").asBoolean()).isFalse();
        }

        @Test
        @DisplayName("--days and --working-days give the end of the Nth calendar or working day")
        void days() {
            JsonNode cal = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02T16:00", "--days", "3", "--format", "json").json();
            JsonNode work = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02T16:00", "--working-days", "3", "--format", "json").json();

            assertThat(cal.path("dueAt").asText()).isEqualTo("2026-04-05T23:59:59+01:00");
            assertThat(cal.path("unit").asText()).isEqualTo("CALENDAR_DAYS");
            assertThat(work.path("dueAt").asText()).isEqualTo("2026-04-09T23:59:59+01:00");
            assertThat(work.path("unit").asText()).isEqualTo("WORKING_DAYS");
        }

        @Test
        @DisplayName("across the spring clock change, 24 elapsed hours end an hour later on the clock")
        void clockChange() {
            JsonNode j = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-03-28T10:00", "--hours", "24", "--relief", "NONE", "--format", "json").json();

            assertThat(j.path("triggerAt").asText()).isEqualTo("2026-03-28T10:00:00+00:00");
            assertThat(j.path("dueAt").asText()).isEqualTo("2026-03-29T11:00:00+01:00");
        }

        @Test
        @DisplayName("a local time in the autumn fall-back hour is rejected (exit 2) unless it has an offset")
        void ambiguous() {
            Cli.Result local = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-10-25T01:30", "--hours", "1");
            Cli.Result offset = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-10-25T01:30+01:00", "--hours", "1", "--relief", "NONE");

            assertThat(local.exit()).isEqualTo(2);
            assertThat(local.err()).contains("happens twice in Europe/London").contains("add the offset, +01:00");
            assertThat(offset.exit()).isZero();
            assertThat(offset.out()).startsWith("Due           Sun 25 Oct 2026 01:30 GMT");
        }

        @Test
        @DisplayName("a local time in the spring gap is rejected (exit 2)")
        void gap() {
            Cli.Result r = Cli.run("calendar", "deadline", "--jurisdiction", "england-and-wales",
                    "--from", "2026-03-29T01:30", "--hours", "1");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("does not exist in Europe/London");
        }

        @Test
        @DisplayName("needs exactly one of --hours, --days, --working-days, and --relief only with --hours (exit 2)")
        void amounts() {
            assertThat(Cli.run("calendar", "deadline", "--jurisdiction", "scotland", "--from", "2026-04-02T16:00")
                    .exit()).isEqualTo(2);
            assertThat(Cli.run("calendar", "deadline", "--jurisdiction", "scotland", "--from", "2026-04-02T16:00",
                    "--hours", "1", "--days", "1").exit()).isEqualTo(2);
            Cli.Result relief = Cli.run("calendar", "deadline", "--jurisdiction", "scotland",
                    "--from", "2026-04-02T16:00", "--days", "1", "--relief", "LITERAL");
            assertThat(relief.exit()).isEqualTo(2);
            assertThat(relief.err()).contains("--relief applies only to --hours");
            assertThat(Cli.run("calendar", "deadline", "--jurisdiction", "scotland", "--from", "2026-04-02T16:00",
                    "--hours", "24", "--relief", "SOMETIMES").exit()).isEqualTo(2);
            assertThat(Cli.run("calendar", "deadline", "--jurisdiction", "scotland", "--from", "yesterday",
                    "--hours", "24").exit()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("for every subcommand")
    class Common {
        @Test
        @DisplayName("an unknown jurisdiction is invalid input (exit 2), as text or as a JSON error")
        void unknownJurisdiction() {
            Cli.Result text = Cli.run("calendar", "is-working-day", "--jurisdiction", "wales", "--date", "2026-04-06");
            Cli.Result json = Cli.run("calendar", "holidays", "--jurisdiction", "wales", "--year", "2026", "--format", "json");

            assertThat(text.exit()).isEqualTo(2);
            assertThat(text.err()).isEqualTo("throughcare: unknown calendar code 'wales'; valid codes are "
                    + "england-and-wales, scotland\n");
            assertThat(json.exit()).isEqualTo(2);
            assertThat(json.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_JURISDICTION");
        }

        @Test
        @DisplayName("--jurisdiction is required (exit 2)")
        void required() {
            Cli.Result r = Cli.run("calendar", "holidays", "--year", "2026");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--jurisdiction");
        }

        @Test
        @DisplayName("--holiday-data adds holidays from a file, and the data version names it")
        void holidayData(@TempDir Path dir) {
            String file = Cli.file(dir, "local.csv", """
                    # data-version: local-1
                    calendar,date,change,name,source
                    england-and-wales,2026-04-07,ADD,Local test holiday,test
                    """);

            JsonNode j = Cli.run("calendar", "add-working-days", "--jurisdiction", "england-and-wales",
                    "--from", "2026-04-02", "--days", "3", "--holiday-data", file, "--format", "json").json();

            assertThat(j.path("result").asText()).isEqualTo("2026-04-10");
            assertThat(skipped(j.path("skipped"))).contains("2026-04-07 Local test holiday");
            assertThat(j.path("calendarDataVersion").asText()).endsWith("+local.csv@local-1");
        }

        @Test
        @DisplayName("a bad or missing holiday data file is invalid input (exit 2)")
        void badHolidayData(@TempDir Path dir) {
            String bad = Cli.file(dir, "bad.csv", "england-and-wales,2026-02-30,ADD,Nope,test\n");

            Cli.Result badFile = Cli.run("calendar", "holidays", "--jurisdiction", "england-and-wales", "--year", "2026",
                    "--holiday-data", bad, "--format", "json");
            Cli.Result missing = Cli.run("calendar", "holidays", "--jurisdiction", "england-and-wales", "--year", "2026",
                    "--holiday-data", dir.resolve("missing.csv").toString());

            assertThat(badFile.exit()).isEqualTo(2);
            assertThat(badFile.json().path("error").path("code").asText()).isEqualTo("INVALID_CALENDAR_DATA");
            assertThat(badFile.json().path("error").path("message").asText()).contains("line 1");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).contains("missing.csv");
        }

        @Test
        @DisplayName("calendar without a subcommand is a usage error (exit 2)")
        void noSubcommand() {
            Cli.Result r = Cli.run("calendar");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("add-working-days, holidays, is-working-day, deadline");
        }
    }
}
