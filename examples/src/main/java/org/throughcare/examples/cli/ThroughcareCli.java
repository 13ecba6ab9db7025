package org.throughcare.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import org.throughcare.core.Settings;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code throughcare} command-line tool: evaluates snapshots against the bundled rule sets, explains the
 * result, answers business-calendar questions and generates synthetic caseloads.
 *
 * <pre>
 * java -jar examples/target/throughcare.jar evaluate examples/snapshots/part1-cjit-easter-2026.json
 * java -jar examples/target/throughcare.jar explain --format json snapshot.json
 * java -jar examples/target/throughcare.jar generate --count 1000 --seed 7 --out caseload.jsonl
 * java -jar examples/target/throughcare.jar batch caseload.jsonl &gt; results.jsonl
 * java -jar examples/target/throughcare.jar calendar add-working-days --jurisdiction scotland --from 2026-04-02 --days 3
 * </pre>
 *
 * <p>Exit status: 0 on success (also when actions are overdue: that is an answer, not a failure), 2 for input the
 * user can fix (an invalid snapshot, with every problem listed; an unreadable file; bad arguments; an unknown
 * jurisdiction), 1 for an internal failure (one line on standard error; the stack trace only with {@code --debug}).
 *
 * <p>The class is also the top-level picocli command. {@link #run(CliContext, String...)} runs it in-process
 * against any streams, which is how the tests drive it.
 */
@Command(name = "throughcare",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        header = "Prison drug-throughcare guidance as executable rules.",
        description = {
            "Evaluates a snapshot of one person's custody journey against the encoded guidance and lists the "
                + "required actions, who owns them, when they are due and on what authority.",
            "Snapshots are JSON files (see examples/snapshots); \"-\" reads standard input."},
        subcommands = {EvaluateCommand.class, BatchCommand.class, ExplainCommand.class, CalendarCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {ThroughcareCli.EXIT_0, ThroughcareCli.EXIT_1, ThroughcareCli.EXIT_2})
public final class ThroughcareCli implements Runnable {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: internal failure. */
    public static final int INTERNAL_FAILURE = 1;
    /** Exit status: invalid input (snapshot, file, arguments). */
    public static final int INVALID_INPUT = 2;

    static final String EXIT_HEADING = "%nExit status:%n";
    static final String EXIT_0 = " 0:Success, also when actions are overdue.";
    static final String EXIT_1 = " 1:Internal failure (one line on standard error; add --debug for the stack trace).";
    static final String EXIT_2 = " 2:Invalid input: an invalid snapshot (every problem is listed), an unreadable file,"
            + " bad arguments or an unknown jurisdiction.";

    final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal failure, print the stack trace too.")
    boolean debug;

    ThroughcareCli(CliContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /** Runs the tool and exits the JVM with its status. */
    public static void main(String[] args) {
        System.exit(run(CliContext.system(), args));
    }

    /**
     * Runs the tool in-process.
     *
     * @return the exit status: {@link #OK}, {@link #INVALID_INPUT} or {@link #INTERNAL_FAILURE}
     */
    static int run(CliContext ctx, String... args) {
        ThroughcareCli root = new ThroughcareCli(ctx);
        CommandLine cl = new CommandLine(root)
                .setOut(ctx.out())
                .setErr(ctx.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpLongOptionsMaxWidth(30)
                .setParameterExceptionHandler(root::onParameterException)
                .setExecutionExceptionHandler(root::onExecutionException);
        headings(cl);
        try {
            return cl.execute(args);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /** The same help layout for every command: header, then usage, description, parameters, options, commands. */
    private static void headings(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .synopsisHeading("%nUsage: ")
                .descriptionHeading("%n")
                .parameterListHeading("%nParameters:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n");
        cl.getSubcommands().values().forEach(ThroughcareCli::headings);
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: give one of evaluate, batch, explain, calendar, generate");
    }

    /** @return an engine for these settings, from the context's factory */
    ThroughcareEngine engine(Settings settings) {
        return ctx.engines().apply(settings);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    private int onParameterException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (wantsJson(args)) {
            ctx.out().println(CliJson.error(CliException.USAGE, ex.getMessage()));
        } else {
            PrintWriter err = ctx.err();
            err.println("throughcare: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return INVALID_INPUT;
    }

    private int onExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        boolean json = cmd.getCommand() instanceof FormatAware f && f.json();
        if (ex instanceof CliException e) {
            if (json) {
                ctx.out().println(CliJson.error(e.code(), e.getMessage()));
            } else {
                ctx.err().println("throughcare: " + e.getMessage());
            }
            return INVALID_INPUT;
        }
        if (ex instanceof InvalidSnapshotException e) {
            if (json) {
                CliJson.print(ctx.out(), ThroughcareJson.writeProblems(e.snapshotId(), e.problems()));
            } else {
                problemLines(ctx.err(), e);
            }
            return INVALID_INPUT;
        }
        String message = oneLine(ex);
        if (json) {
            ctx.out().println(CliJson.error("INTERNAL", message));
        }
        if (debug(parsed)) {
            ctx.err().println("throughcare: internal error: " + message);
            ex.printStackTrace(ctx.err());
        } else {
            ctx.err().println("throughcare: internal error: " + message + " (run again with --debug for the stack trace)");
        }
        return INTERNAL_FAILURE;
    }

    /** Writes one line per problem: "POINTER  CODE  message", the columns aligned. */
    static void problemLines(PrintWriter err, InvalidSnapshotException e) {
        int pw = 0;
        int cw = 0;
        for (Problem p : e.problems()) {
            pw = Math.max(pw, pointer(p).length());
            cw = Math.max(cw, p.code().length());
        }
        for (Problem p : e.problems()) {
            err.println(Texts.pad(pointer(p), pw) + "  " + Texts.pad(p.code(), cw) + "  " + p.message());
        }
    }

    private static String pointer(Problem p) {
        return p.pointer().isEmpty() ? "(document)" : p.pointer();
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        String s = t.getClass().getName() + (m == null ? "" : ": " + m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the arguments ask for JSON (checked on the raw arguments, as parsing failed) */
    private static boolean wantsJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            if (a.equals("--format=json") || (a.equals("--format") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("json"))) {
                return true;
            }
        }
        return false;
    }

    /** A command that can write JSON. */
    interface FormatAware {
        /** @return true when the command was asked for JSON output */
        boolean json();
    }

    /** {@code --version}: the tool's version and the Java runtime. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "throughcare " + ThroughcareEngine.VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
