package org.throughcare.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.EvaluationResult;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code throughcare evaluate}: one snapshot to a decision (a table, or the decision JSON), or a batch of snapshots
 * in JSON Lines to one decision (or problem report) per line.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        header = "Evaluate a snapshot and list the required actions.",
        description = {
            "Reads one snapshot (a JSON file, or standard input for \"-\") and prints the decision: a header (snapshot, "
                + "as-of time, rule sets, where the person is in the journey, priorities, notices) and one row per "
                + "required action with its owner, due time, status and citation.",
            "With --format json it prints the decision JSON of the library's JSON contract; filters then drop "
                + "actions from requiredActions and leave everything else as it is.",
            "With --batch FILE it reads one snapshot per line (JSON Lines) and writes one decision JSON per line, or "
                + "for an invalid line its problem report; the exit status is then 2 if any line was invalid."},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {ThroughcareCli.EXIT_0, ThroughcareCli.EXIT_1, ThroughcareCli.EXIT_2})
final class EvaluateCommand implements Callable<Integer>, ThroughcareCli.FormatAware {

    @ParentCommand
    ThroughcareCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "The snapshot: a JSON file, or - for standard input.")
    String file;

    @Option(names = "--batch", paramLabel = "FILE|-",
            description = "Evaluate every snapshot in a JSON Lines file (one snapshot JSON per line; blank lines are "
                + "skipped), or - for standard input. Output: one JSON result per line, in input order.")
    String batch;

    @Mixin
    FormatOption format = new FormatOption();

    @Option(names = "--overdue", description = "Show only actions that are OVERDUE or TARGET_MISSED.")
    boolean overdue;

    @Option(names = "--due-within", paramLabel = "DAYS",
            description = "Show only actions not yet done that are due between asOf and asOf + DAYS days, both included.")
    Integer dueWithin;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Show only actions with one of these statuses (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<ActionStatus> statuses = new ArrayList<>();

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Override
    public boolean json() {
        return batch != null ? format.format != OutputFormat.TABLE : format.json();
    }

    @Override
    public Integer call() {
        if ((file == null) == (batch == null)) {
            throw new ParameterException(spec.commandLine(), file == null
                    ? "give a snapshot FILE (or - for standard input), or --batch FILE"
                    : "give either a snapshot FILE or --batch FILE, not both");
        }
        ActionFilter filter = new ActionFilter(overdue, dueWithin, Set.copyOf(statuses));
        Settings chosen = settings.settings();
        return batch == null ? single(chosen, filter) : batch(chosen, filter);
    }

    private int single(Settings chosen, ActionFilter filter) {
        Snapshot snapshot = Inputs.readSnapshot(file, root.ctx);
        Decision decision = root.engine(chosen).evaluate(snapshot);
        if (format.json()) {
            CliJson.print(root.ctx.out(), ThroughcareJson.writeDecision(filter.applyTo(decision)));
        } else {
            root.ctx.out().print(DecisionText.render(decision, filter.apply(decision), filter.describe()));
        }
        return ThroughcareCli.OK;
    }

    /** One parsed line of a batch: its snapshot, or why it could not be read. */
    private record Line(int number, Snapshot snapshot, InvalidSnapshotException unreadable) {
    }

    private int batch(Settings chosen, ActionFilter filter) {
        List<String> text = Inputs.readLines(batch, root.ctx);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String json = text.get(i);
            if (json.isBlank()) {
                continue;
            }
            try {
                lines.add(new Line(i + 1, ThroughcareJson.readSnapshot(json), null));
            } catch (InvalidSnapshotException e) {
                lines.add(new Line(i + 1, null, e));
            }
        }
        // The engine evaluates lazily and in order; results line up with the readable lines.
        ThroughcareEngine engine = root.engine(chosen);
        Iterator<EvaluationResult> results = engine.evaluateAll(
                lines.stream().filter(l -> l.snapshot() != null).map(Line::snapshot)).iterator();
        List<String> invalid = new ArrayList<>();
        TextTable summary = new TextTable(List.of("LINE", "SNAPSHOT", "RESULT"), 6, 40, 80);
        for (Line line : lines) {
            String id;
            Decision decision = null;
            List<Problem> problems;
            if (line.unreadable() != null) {
                id = line.unreadable().snapshotId();
                problems = line.unreadable().problems();
            } else {
                EvaluationResult r = results.next();
                id = r.snapshotId();
                decision = r.decision();
                problems = r.problems();
            }
            if (decision == null) {
                invalid.add(String.valueOf(line.number()));
            }
            if (json()) {
                root.ctx.out().println(CliJson.oneLine(decision != null
                        ? ThroughcareJson.writeDecision(filter.applyTo(decision))
                        : ThroughcareJson.writeProblems(id, problems)));
            } else {
                String result = decision != null
                        ? filter.apply(decision).size() + " actions: " + DecisionText.statusCounts(filter.apply(decision))
                        : "INVALID: " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                            + String.join("; ", problems.stream().map(Object::toString).toList());
                summary.row(List.of(String.valueOf(line.number()), id == null ? "-" : id, result));
            }
        }
        if (!json()) {
            root.ctx.out().print(Texts.stripTrailing(summary.render()));
        }
        if (!invalid.isEmpty()) {
            root.ctx.err().println("throughcare: " + invalid.size() + " of " + lines.size()
                    + " snapshots invalid (line " + String.join(", ", invalid) + ")");
            return ThroughcareCli.INVALID_INPUT;
        }
        return ThroughcareCli.OK;
    }
}
