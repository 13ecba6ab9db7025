package org.throughcare.examples.cli;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.RequiredAction;

/**
 * The {@code evaluate} filters. Every filter given must hold (they combine with AND).
 *
 * <ul>
 *   <li>{@code --overdue}: status OVERDUE, TARGET_MISSED or BEST_EFFORT_MISSED;</li>
 *   <li>{@code --due-within DAYS}: not done (neither DONE nor DONE_LATE) and due at an instant in the closed range
 *       [asOf, asOf + DAYS days]; DAYS days are calendar days on the London clock, so across a clock change the
 *       range keeps its wall-clock end;</li>
 *   <li>{@code --status S,...}: one of the statuses given.</li>
 * </ul>
 */
record ActionFilter(boolean overdue, Integer dueWithinDays, Set<ActionStatus> statuses) {

    private static final Set<ActionStatus> LATE = EnumSet.of(ActionStatus.OVERDUE, ActionStatus.TARGET_MISSED,
            ActionStatus.BEST_EFFORT_MISSED);
    private static final Set<ActionStatus> DONE = EnumSet.of(ActionStatus.DONE, ActionStatus.DONE_LATE);

    ActionFilter {
        if (dueWithinDays != null && dueWithinDays < 0) {
            throw new CliException(CliException.USAGE, "--due-within must be 0 or more days, was " + dueWithinDays);
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
    }

    /** @return true when no filter was given */
    boolean none() {
        return !overdue && dueWithinDays == null && statuses.isEmpty();
    }

    /** @return the decision's actions that pass every filter, in the decision's order */
    List<RequiredAction> apply(Decision d) {
        Predicate<RequiredAction> p = a -> true;
        if (overdue) {
            p = p.and(a -> LATE.contains(a.status()));
        }
        if (dueWithinDays != null) {
            ZonedDateTime from = d.asOf();
            ZonedDateTime to = from.plusDays(dueWithinDays);
            p = p.and(a -> !DONE.contains(a.status()) && a.due() != null && a.due().at() != null
                    && !a.due().at().isBefore(from) && !a.due().at().isAfter(to));
        }
        if (!statuses.isEmpty()) {
            p = p.and(a -> statuses.contains(a.status()));
        }
        return d.requiredActions().stream().filter(p).toList();
    }

    /** @return the decision with only the actions that pass (itself when no filter was given) */
    Decision applyTo(Decision d) {
        if (none()) {
            return d;
        }
        return d.withRequiredActions(apply(d));
    }

    /** @return a description of the filters, e.g. "--overdue, --due-within 2", or null when none */
    String describe() {
        if (none()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (overdue) {
            parts.add("--overdue");
        }
        if (dueWithinDays != null) {
            parts.add("--due-within " + dueWithinDays);
        }
        if (!statuses.isEmpty()) {
            parts.add("--status " + String.join(",", statuses.stream().map(Enum::name).toList()));
        }
        return "filtered by " + String.join(", ", parts);
    }
}
