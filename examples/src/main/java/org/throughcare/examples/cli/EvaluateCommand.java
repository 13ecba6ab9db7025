package org.throughcare.examples.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.Decision;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.json.ThroughcareJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code throughcare evaluate}: one snapshot to a decision (a table, or the decision JSON). */
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
            "For a caseload (one snapshot per line, JSON Lines) use the batch command."},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {ThroughcareCli.EXIT_0, ThroughcareCli.EXIT_1, ThroughcareCli.EXIT_2})
final class EvaluateCommand implements Callable<Integer>, ThroughcareCli.FormatAware {

    @ParentCommand
    ThroughcareCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "The snapshot: a JSON file, or - for standard input.")
    String file;

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Mixin
    ContractOption contracts = new ContractOption();

    @Override
    public boolean json() {
        return format.json();
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "give a snapshot FILE (or - for standard input); for many "
                    + "snapshots, one per line, use the batch command");
        }
        return single(settings.settings(), filters.filter());
    }

    private int single(Settings chosen, ActionFilter filter) {
        Snapshot snapshot = Inputs.readSnapshot(file, root.ctx);
        ThroughcareEngine engine = contracts.engine(root, chosen);
        LocalDate day = contracts.evaluationDate();
        Decision decision = day == null ? engine.evaluate(snapshot) : engine.evaluate(snapshot, day);
        if (format.json()) {
            CliJson.print(root.ctx.out(), ThroughcareJson.writeDecision(filter.applyTo(decision)));
        } else {
            root.ctx.out().print(DecisionText.render(decision, filter.apply(decision), filter.describe()));
        }
        return ThroughcareCli.OK;
    }
}
