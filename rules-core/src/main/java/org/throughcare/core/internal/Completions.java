package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.throughcare.core.Determination;
import org.throughcare.core.Event;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.Snapshot;

/**
 * Whether an action is done: the action table's completion alternatives ({@code completed_by}: events, an event with
 * an attribute's value, an established origin, a determination, a contract target achieved) met within its scope.
 *
 * <p>The scope: for an action without a window, any event of the current custody period counts, even one recorded
 * before the trigger (work done before it was asked for is done), and a determination or origin made from the start
 * of the custody period (or the trigger, if earlier); unless its row counts completions from the trigger (column
 * {@code counts_from} = {@code TRIGGER}: an Alert Form reports one change, a reply answers one request), when only
 * what happened at or after the trigger counts. For an action with a window, only what lies inside the window.
 * For an action with an instance key, an event counts only when it names the same instance (column
 * {@code instances}), so one Alert Form never completes another.
 */
final class Completions {
    private Completions() {
    }

    /**
     * How an action was completed.
     *
     * @param at   when, or null when the completing fact has no recorded time
     * @param by   what completed it, in the action table's words ("REFERRED_TO_CARATS", "origin + ...")
     * @param seen for a counted action, how many qualifying events lie in its window (else 0 or 1)
     */
    record Completion(ZonedDateTime at, String by, int seen) {
    }

    /**
     * Where a completion may lie and what it must name.
     *
     * @param from     the earliest instant a determination or origin counts from (with a window: any completion)
     * @param to       the latest instant a completion counts at (the window's end), or null
     * @param window   true when {@code from} bounds events too (a window)
     * @param instance the action's instance key, or null
     */
    record Scope(ZonedDateTime from, ZonedDateTime to, boolean window, String instance) {
        boolean contains(ZonedDateTime t, boolean event) {
            if (t == null) {
                return true;
            }
            boolean afterFrom = (event && !window) || from == null || !t.isBefore(from);
            return afterFrom && (to == null || !t.isAfter(to));
        }
    }

    /** The earliest way the action was completed within its scope, if any (one qualifying event needed). */
    static Completion completion(ActionRow row, Snapshot s, List<Event> period, Scope scope) {
        Completion best = null;
        for (List<String> alternative : row.completedBy()) {
            ZonedDateTime latest = null;
            boolean timeKnown = true;
            boolean satisfied = true;
            for (String requirement : alternative) {
                Optional<Optional<ZonedDateTime>> when = satisfiedAt(row, requirement, s, period, scope);
                if (when.isEmpty()) {
                    satisfied = false;
                    break;
                }
                if (when.get().isEmpty()) {
                    timeKnown = false;
                } else if (latest == null || when.get().get().isAfter(latest)) {
                    latest = when.get().get();
                }
            }
            if (satisfied) {
                Completion c = new Completion(timeKnown ? latest : null, String.join(" + ", alternative), 1);
                if (best == null || (c.at != null && (best.at == null || c.at.isBefore(best.at)))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * A counted action: every event any alternative names, inside the scope and naming the instance, in time order.
     *
     * @return the count seen and, when at least {@code required}, the completion at the {@code required}-th event
     */
    static Completion counted(ActionRow row, List<Event> period, Scope scope, int required) {
        List<Event> seen = new ArrayList<>();
        List<String> tokens = row.completedBy().stream().flatMap(List::stream).filter(CompletionTokens::isEvent)
                .distinct().toList();
        for (Event e : period) {
            if (scope.contains(e.at(), false) && namesInstance(row, e, scope)
                    && tokens.stream().anyMatch(t -> CompletionTokens.matches(t, e))) {
                seen.add(e);
            }
        }
        seen.sort(Comparator.comparing(Event::at));
        if (seen.size() < required) {
            return new Completion(null, null, seen.size());
        }
        Event nth = seen.get(required - 1);
        return new Completion(nth.at(), nth.type().name(), seen.size());
    }

    /**
     * @return empty when the requirement is not met; a present empty time when it is met at an unrecorded time
     */
    private static Optional<Optional<ZonedDateTime>> satisfiedAt(ActionRow row, String requirement, Snapshot s,
                                                                 List<Event> period, Scope scope) {
        if (requirement.equals("origin")) {
            if (s.custody().origin() == null) {
                return Optional.empty();
            }
            return within(s.custody().originEstablishedAt(), scope);
        }
        if (requirement.startsWith("determined:")) {
            Determination d = s.determinations().get(requirement.substring("determined:".length()));
            if (!d.value().isDetermined()) {
                return Optional.empty();
            }
            return within(d.determinedAt(), scope);
        }
        if (requirement.equals(CompletionTokens.TARGET_ACHIEVED)) {
            GoingStraightContract gsc = s.goingStraightContract();
            if (gsc == null || scope.instance() == null) {
                return Optional.empty();
            }
            for (GoingStraightContract.Target t : gsc.targets()) {
                if (t.key().equals(scope.instance()) && t.achieved() == GoingStraightContract.Achieved.YES) {
                    return within(t.reviewedAt(), scope);
                }
            }
            return Optional.empty();
        }
        java.util.function.Predicate<Event> names = CompletionTokens.matcher(requirement);
        for (Event e : period) {
            if (names.test(e) && scope.contains(e.at(), true) && namesInstance(row, e, scope)) {
                return Optional.of(Optional.of(e.at()));
            }
        }
        return Optional.empty();
    }

    /** @return true when the action has no instances by attribute, or the event's attribute names its instance */
    private static boolean namesInstance(ActionRow row, Event e, Scope scope) {
        if (row.instances().kind() != ActionRow.Instances.Kind.ATTRIBUTE || scope.instance() == null) {
            return true;
        }
        return scope.instance().equals(CompletionTokens.valueText(e, row.instances().attribute()));
    }

    private static Optional<Optional<ZonedDateTime>> within(ZonedDateTime at, Scope scope) {
        if (at == null) {
            return Optional.of(Optional.empty());
        }
        return scope.contains(at, false) ? Optional.of(Optional.of(at)) : Optional.empty();
    }
}
