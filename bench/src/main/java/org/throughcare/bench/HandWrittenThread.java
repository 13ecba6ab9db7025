package org.throughcare.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Determinations;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.SnapshotValidator;

/**
 * The baseline: the England 2009 thread (Part 1, process points 1 and 2, consent, treatment priority) written by hand
 * in plain Java, without a rule engine, with every duty of the process points a reception routes into on the
 * thread's snapshots (3 and 4 from the community, 5 and 6 for both routes, the main-prison duties of 7 and 8 and
 * release planning once a recorded release date is known, the
 * receiving team's on a transfer, Annex A and D's consent duties). It reproduces the rules of
 * {@code rules-kb/src/main/resources/org/throughcare/kb/england2009/**}{@code /*.drl} ({@link ThreadRules},
 * {@link InPrisonRules}) and the rows of {@code actions.csv} (copied into {@link Row}), and uses the same
 * {@link SnapshotValidator}, {@link DeadlineCalculator} and {@link Calendars} as the engine ({@link ActionBuilding}),
 * so that in a comparison only the rule engine differs. {@code BaselineFidelityTest} checks that it gives the same
 * actions (codes, triggers, due times and their derivations, statuses, completions, consent bases), priority tier
 * and route as the engine, every action the engine lists.
 *
 * <p>What it leaves out, and the engine does: the prose (status reasons, routing statement, notices), the
 * provenance, owner/wording/citation lookups, and reading the rules and table from the kjar. Those are cheap next
 * to rule matching, but they are not free; the README says so next to the figures.
 *
 * <p>Immutable and thread-safe. Not a second implementation to ship: it exists only to price the rule engine.
 */
public final class HandWrittenThread {

    /** One required action, the fields both implementations must agree on. */
    public record Action(String code, String triggerEvent, ZonedDateTime triggerAt, ZonedDateTime dueAt,
                         DueKind dueKind, Derivation derivation, ActionStatus status, ZonedDateTime completedAt,
                         String completedBy, String consentBasis) {
    }

    /**
     * The result for one snapshot.
     *
     * @param priority     the treatment-priority result (TIER_1, TIER_2, TIER_3, UNDETERMINED) or null when none
     * @param currentPoint the process point that applies now, or null
     * @param nextPoint    the next process point, or null
     */
    public record Result(String snapshotId, List<Action> actions, String priority, String currentPoint,
                         String nextPoint) {
    }

    /** The engine's action order: due time (none last), first rule ID, code, trigger time. */
    static final Comparator<Action> ORDER = Comparator
            .comparing(Action::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> Row.valueOf(a.code()).firstRuleId)
            .thenComparing(Action::code)
            .thenComparing(Action::triggerAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Settings settings;
    private final ActionBuilding building;

    /** The default settings and the bundled calendars, as {@code ThroughcareEngine.builder().build()}. */
    public HandWrittenThread() {
        this(Settings.defaults(), Calendars.bundled());
    }

    /**
     * @param settings  the interpretation settings
     * @param calendars the calendars; England and Wales is used
     */
    public HandWrittenThread(Settings settings, Calendars calendars) {
        this.settings = settings;
        this.building = new ActionBuilding(settings, new DeadlineCalculator(calendars.get(CalendarId.ENGLAND_AND_WALES)));
    }

    /**
     * Evaluates one snapshot.
     *
     * @throws InvalidSnapshotException when the snapshot is invalid, as the engine does
     */
    public Result evaluate(Snapshot s) {
        List<Problem> problems = SnapshotValidator.validate(s);
        if (!problems.isEmpty()) {
            throw new InvalidSnapshotException(s.id(), problems);
        }
        if (s.jurisdiction() != Jurisdiction.ENGLAND) {
            return new Result(s.id(), List.of(), null, null, null);
        }
        Case c = new Case(s, settings, currentPeriod(s), route(s.custody().origin()));
        List<Raised> raised = new ArrayList<>();
        ThreadRules.raise(c, raised);
        InPrisonRules.raise(c, raised);
        List<Action> actions = new ArrayList<>(raised.size());
        // Identical events at the same instant are one trigger: each action arises once per trigger.
        for (Raised r : new LinkedHashSet<>(raised)) {
            Action a = building.toAction(c, r);
            if (a != null) {
                actions.add(a);
            }
        }
        actions.sort(ORDER);

        ZonedDateTime reference = c.received ? c.reception : s.asOf();
        boolean inForce = !reference.toLocalDate().isBefore(ActionBuilding.EFFECTIVE_FROM);
        String priority = null;
        String current = null;
        String next = null;
        if (inForce) {
            if (c.received) {
                priority = priority(c.d, settings);
                current = "PP1";
                boolean releaseKnown = InPrisonRules.earliestRelease(c) != null;
                if ("PP2".equals(c.route)) {
                    // process point 2 goes on to 5 and on-going care, 6 (RT-04, RT-08); with a release date recorded,
                    // known from that entry, on to pre-release planning, 7, with release, 9, next (RT-09, RT-10);
                    // otherwise the thread's snapshots know no exit yet, so the next point cannot be known.
                    current = releaseKnown ? "PP7" : "PP6";
                    next = releaseKnown ? "PP9" : null;
                } else if ("PP3".equals(c.route)) {
                    // pp3-next-point.drl, with the answers the staff determinations give: a PPO or a problematic drug
                    // misuser goes on to process point 4; neither, no further action; else either.
                    TriState ppo = c.d.value("ppo");
                    TriState pdu = c.d.value("problematicDrugUse");
                    if (ppo == TriState.YES || pdu == TriState.YES) {
                        // pp4-next-point.drl (RT-07) and RT-08: process points 5 and then 6 once reached; until then
                        // 4, with 5 next.
                        if (c.pp5 != null) {
                            current = releaseKnown ? "PP7" : "PP6";
                            next = releaseKnown ? "PP9" : null;
                        } else {
                            current = "PP4";
                            next = "PP5";
                        }
                    } else if (ppo == TriState.NO && pdu == TriState.NO) {
                        current = "NO_FURTHER_ACTION";
                    } else {
                        current = "PP3";
                        next = "PP4";
                    }
                }
            } else {
                current = "PART_1";
                next = "PP1";
            }
        }
        return new Result(s.id(), actions, priority, current, next);
    }

    private String route(Origin origin) {
        if (origin == null) {
            return null;
        }
        return switch (origin) {
            case OTHER_PRISON -> "PP2";
            case COURT_FROM_OTHER_PRISON -> settings.courtFromOtherPrisonRoute();
            case COMMUNITY_VIA_COURT, OTHER_COMMUNITY -> "PP3";
        };
    }

    /** treatment-priority.drl. */
    static String priority(Determinations d, Settings settings) {
        TriState ppo = d.value("ppo");
        TriState need = d.value("substanceMisuseNeed");
        TriState drugProblem = d.value("problematicDrugUse").isDetermined() ? d.value("problematicDrugUse") : need;
        if (drugProblem == TriState.YES) {
            return ppo == TriState.YES ? "TIER_1" : ppo == TriState.NO ? "TIER_2" : "UNDETERMINED";
        }
        if (drugProblem != TriState.NO) {
            return "UNDETERMINED";
        }
        // tier1ForPpoWith (AMB-40): under the process point 2 Note a PPO with a substance misuse need is tier 1
        if ("PROBLEMATIC_DRUG_USE".equals(settings.get(Settings.TIER_1_FOR_PPO_WITH)) || ppo == TriState.NO
                || need == TriState.NO) {
            return "TIER_3";
        }
        return ppo == TriState.YES && need == TriState.YES ? "TIER_1" : "UNDETERMINED";
    }

    /**
     * The events of the current custody period, in time order: from the latest reception on, plus the pre-entry
     * events after the last release before it; before reception, everything after the last release (the
     * {@link Snapshot} contract): the last release is the latest RELEASED event in time, whatever the listed order.
     */
    static List<Event> currentPeriod(Snapshot s) {
        ZonedDateTime reception = s.custody().receptionAt();
        ZonedDateTime lastRelease = null;
        for (Event e : s.events()) {
            if (e.type() == EventType.RELEASED && (reception == null || e.at().isBefore(reception))
                    && (lastRelease == null || e.at().isAfter(lastRelease))) {
                lastRelease = e.at();
            }
        }
        List<Event> sorted = new ArrayList<>(s.events());
        sorted.sort(Comparator.comparing(Event::at));
        List<Event> out = new ArrayList<>(sorted.size());
        for (Event e : sorted) {
            boolean afterRelease = lastRelease == null || e.at().isAfter(lastRelease);
            if (reception == null) {
                if (afterRelease && e.type() != EventType.RELEASED) {
                    out.add(e);
                }
            } else if (!e.at().isBefore(reception) || (e.type().leadsIntoCustody() && afterRelease)) {
                out.add(e);
            }
        }
        return out;
    }
}
