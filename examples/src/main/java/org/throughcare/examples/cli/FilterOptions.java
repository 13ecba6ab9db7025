package org.throughcare.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.throughcare.core.ActionStatus;
import picocli.CommandLine.Option;

/** The action filters, mixed into {@code evaluate} and {@code batch}; see {@link ActionFilter}. */
final class FilterOptions {

    @Option(names = "--overdue", description = "Show only actions that are OVERDUE, TARGET_MISSED or BEST_EFFORT_MISSED.")
    boolean overdue;

    @Option(names = "--due-within", paramLabel = "DAYS",
            description = "Show only actions not yet done that are due between asOf and asOf + DAYS days, both included.")
    Integer dueWithin;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Show only actions with one of these statuses (comma-separated): ${COMPLETION-CANDIDATES}.")
    List<ActionStatus> statuses = new ArrayList<>();

    /** @return the filter these options describe */
    ActionFilter filter() {
        return new ActionFilter(overdue, dueWithin, Set.copyOf(statuses));
    }
}
