package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughcare.core.Settings;
import org.throughcare.core.ThroughcareEngine;

@DisplayName("The throughcare tool as a whole")
class CliBehaviourTest {

    @TempDir
    Path dir;

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("throughcare", new String[] {}),
                Arguments.of("throughcare evaluate", new String[] {"evaluate"}),
                Arguments.of("throughcare explain", new String[] {"explain"}),
                Arguments.of("throughcare calendar", new String[] {"calendar"}),
                Arguments.of("throughcare calendar add-working-days", new String[] {"calendar", "add-working-days"}),
                Arguments.of("throughcare calendar holidays", new String[] {"calendar", "holidays"}),
                Arguments.of("throughcare calendar is-working-day", new String[] {"calendar", "is-working-day"}),
                Arguments.of("throughcare calendar deadline", new String[] {"calendar", "deadline"}),
                Arguments.of("throughcare batch", new String[] {"batch"}),
                Arguments.of("throughcare generate", new String[] {"generate"}));
    }

    private static String[] with(String[] command, String... more) {
        return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
    }

    @Nested
    @DisplayName("help and version")
    class HelpAndVersion {
        @ParameterizedTest(name = "{0} --help prints its usage and exits 0")
        @MethodSource("org.throughcare.examples.cli.CliBehaviourTest#commands")
        void help(String name, String[] command) {
            Cli.Result r = Cli.run(with(command, "--help"));

            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: " + name + " [-hV] [--debug]").contains("--help");
            assertThat(r.err()).isEmpty();
        }

        @Test
        @DisplayName("the top-level help lists every command and the exit statuses")
        void topLevel() {
            Cli.Result r = Cli.run("--help");

            assertThat(r.out()).contains("evaluate").contains("batch").contains("explain").contains("calendar")
                    .contains("generate")
                    .contains("Exit status:").contains("0   Success").contains("1   Internal failure")
                    .contains("2   Invalid input");
        }

        @Test
        @DisplayName("the --setting help names every setting of the registry with its catalogue IDs")
        void settingsHelp() {
            // the help wraps long lists anywhere, so spaces are left out of the comparison
            String help = Cli.run("evaluate", "--help").out().replaceAll("\\s+", "");
            for (org.throughcare.core.Setting<?> s : org.throughcare.core.Settings.ALL) {
                assertThat(help).contains((s.name() + "=" + String.join("|", s.values().stream().map(v -> text(s, v))
                        .toList()) + " (" + String.join(", ", s.catalogueIds()) + ")").replaceAll("\\s+", ""));
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> String text(org.throughcare.core.Setting<T> s, Object v) {
            return s.text((T) v);
        }

        @Test
        @DisplayName("the evaluate help documents every option")
        void evaluateOptions() {
            Cli.Result r = Cli.run("evaluate", "--help");

            assertThat(r.out()).contains("FILE|-").contains("batch command").contains("--format").contains("--overdue")
                    .contains("--due-within").contains("--status").contains("--setting").contains("--debug");
        }

        @Test
        @DisplayName("help COMMAND is the same as COMMAND --help")
        void helpCommand() {
            assertThat(Cli.run("help", "evaluate").out()).isEqualTo(Cli.run("evaluate", "--help").out());
        }

        @Test
        @DisplayName("--version names the tool and its version, and exits 0")
        void version() {
            Cli.Result r = Cli.run("--version");

            assertThat(r.exit()).isZero();
            assertThat(r.outLines().get(0)).startsWith("throughcare ").isEqualTo("throughcare " + ThroughcareEngine.VERSION);
            assertThat(r.out()).contains("Java ");
        }

        @Test
        @DisplayName("with no command at all, says what to give and exits 2")
        void noCommand() {
            Cli.Result r = Cli.run();

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("missing command").contains("throughcare --help");
        }

        @Test
        @DisplayName("an unknown command is a usage error (exit 2)")
        void unknownCommand() {
            Cli.Result r = Cli.run("evalute", "x.json");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("evalute");
        }
    }

    @Nested
    @DisplayName("internal failures")
    class InternalFailure {
        private final Function<Settings, ThroughcareEngine> broken = s -> {
            throw new IllegalStateException("injected failure");
        };

        private String snapshot() {
            return Cli.file(dir, "s.json", Snapshots.easter("fail-1", "2026-04-08T10:00"));
        }

        @Test
        @DisplayName("exit 1 with a one-line message on standard error and no stack trace")
        void oneLine() {
            Cli.Result r = Cli.runWithEngines(broken, "evaluate", snapshot());

            assertThat(r.exit()).isEqualTo(ThroughcareCli.INTERNAL_FAILURE);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly("throughcare: internal error: java.lang.IllegalStateException: "
                    + "injected failure (run again with --debug for the stack trace)");
        }

        @Test
        @DisplayName("--debug adds the stack trace, whether given before or after the command")
        void debug() {
            Cli.Result after = Cli.runWithEngines(broken, "evaluate", "--debug", snapshot());
            Cli.Result before = Cli.runWithEngines(broken, "--debug", "explain", snapshot());

            assertThat(after.exit()).isEqualTo(1);
            assertThat(after.err()).contains("java.lang.IllegalStateException: injected failure")
                    .contains("\tat org.throughcare.examples.cli.");
            assertThat(before.exit()).isEqualTo(1);
            assertThat(before.err()).contains("\tat org.throughcare.examples.cli.");
        }

        @Test
        @DisplayName("under --format json also writes a JSON error with code INTERNAL")
        void json() {
            Cli.Result r = Cli.runWithEngines(broken, "evaluate", "--format", "json", snapshot());

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("INTERNAL");
            assertThat(r.json().path("error").path("message").asText()).contains("injected failure");
        }

        @Test
        @DisplayName("an invalid snapshot is still reported as invalid input (2), before any engine is built")
        void invalidBeforeEngine() {
            Cli.Result r = Cli.runWithEngines(broken, "evaluate", Cli.file(dir, "bad.json", "{}"));

            assertThat(r.exit()).isEqualTo(2);
        }

        @Test
        @DisplayName("a failure in the middle of a batch exits 1")
        void batch() {
            String line = Cli.parse(Snapshots.easter("fail-2", "2026-04-08T10:00")).toString();

            Cli.Result r = Cli.runWithEngines(broken, "batch", Cli.file(dir, "b.jsonl", line + "\n"));

            assertThat(r.exit()).isEqualTo(1);
        }
    }
}
