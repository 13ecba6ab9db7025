package org.throughcare.examples.cli;

import java.util.concurrent.Callable;
import org.throughcare.core.Explanation;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.json.ThroughcareJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code throughcare explain}: the rules that fired, in order, and how each due time was derived. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        header = "Explain a decision: the rules that fired and how each due time was worked out.",
        description = {
            "Reads one snapshot (a JSON file, or standard input for \"-\") and prints every rule that fired, in firing "
                + "order, with its name, catalogue IDs, guidance section, what it matched and what it produced; then, "
                + "for each required action, its trigger and the derivation of its due time (amount and unit, the "
                + "basis, the weekend days and bank holidays skipped with their reasons, the TC-10 relief and the "
                + "calendar).",
            "With --format json it prints the explanation JSON of the library's JSON contract."},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {ThroughcareCli.EXIT_0, ThroughcareCli.EXIT_1, ThroughcareCli.EXIT_2})
final class ExplainCommand implements Callable<Integer>, ThroughcareCli.FormatAware {

    @ParentCommand
    ThroughcareCli root;

    @Parameters(arity = "1", paramLabel = "FILE|-", description = "The snapshot: a JSON file, or - for standard input.")
    String file;

    @Mixin
    FormatOption format = new FormatOption();

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
        Settings chosen = settings.settings();
        Snapshot snapshot = Inputs.readSnapshot(file, root.ctx);
        java.time.LocalDate day = contracts.evaluationDate();
        org.throughcare.core.ThroughcareEngine engine = contracts.engine(root, chosen);
        Explanation explanation = day == null ? engine.explain(snapshot) : engine.explain(snapshot, day);
        if (format.json()) {
            CliJson.print(root.ctx.out(), ThroughcareJson.writeExplanation(explanation));
        } else {
            root.ctx.out().print(ExplanationText.render(explanation));
        }
        return ThroughcareCli.OK;
    }
}
