package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.StatelessKieSession;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Assessment;
import org.throughcare.core.BlockedBy;
import org.throughcare.core.Citation;
import org.throughcare.core.Criterion;
import org.throughcare.core.Decision;
import org.throughcare.core.Determination;
import org.throughcare.core.Due;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Explanation;
import org.throughcare.core.FiredRule;
import org.throughcare.core.Notice;
import org.throughcare.core.Owner;
import org.throughcare.core.Provenance;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.RouteStep;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.Trigger;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarRangeException;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.fact.CaseEvent;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.Classification;
import org.throughcare.core.fact.ConsentFacts;
import org.throughcare.core.fact.Flag;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.fact.RouteEdge;
import org.throughcare.core.fact.SharingBasis;

/**
 * Runs one snapshot through the rule sets and turns the rules' outcome facts into a decision. Stateless and
 * thread-safe: every call opens its own stateless session. Effective dating, deadlines, completion, consent and
 * status are computed here, once, for every rule (not as guards repeated in each rule).
 */
public final class Evaluator {

    private final List<LoadedRuleSet> ruleSets;
    private final Settings settings;
    /** The same for every decision of this engine: built once. */
    private final Provenance provenance;

    public Evaluator(List<LoadedRuleSet> ruleSets, Settings settings, String engineVersion, String calendarDataVersion) {
        this.ruleSets = List.copyOf(ruleSets);
        this.settings = settings;
        this.provenance = new Provenance(engineVersion, ruleSetInfos(), calendarDataVersion, settings.asMap());
    }

    public List<RuleSetInfo> ruleSetInfos() {
        return ruleSets.stream().map(LoadedRuleSet::info).toList();
    }

    /** Evaluates a snapshot that has already been validated. */
    public Explanation evaluate(Snapshot snapshot, boolean explain) {
        List<LoadedRuleSet> applicable = ruleSets.stream().filter(rs -> rs.appliesTo(snapshot.jurisdiction())).toList();
        if (applicable.isEmpty()) {
            return new Explanation(notEncoded(snapshot, provenance), List.of());
        }
        List<Notice> notices = new ArrayList<>();
        List<Assessment> priorities = new ArrayList<>();
        List<Assessment> eligibility = new ArrayList<>();
        List<RequiredAction> actions = new ArrayList<>();
        List<FiredRule> fired = new ArrayList<>();
        Routing routing = null;
        List<Event> period = currentPeriod(snapshot);
        for (LoadedRuleSet rs : applicable) {
            Run run = run(rs, snapshot, period, explain);
            fired.addAll(run.fired);
            ZonedDateTime reference = snapshot.custody().received() ? snapshot.custody().receptionAt() : snapshot.asOf();
            boolean inForce = !reference.toLocalDate().isBefore(rs.info().effectiveFrom());
            eligibility.add(guidanceApplies(rs, snapshot, reference, inForce));
            if (!inForce) {
                notices.add(new Notice("NOT_IN_FORCE", "The " + rs.info().title() + " applies from "
                        + rs.info().effectiveFrom() + "; this snapshot's " + (snapshot.custody().received()
                        ? "reception (" + reference.toLocalDate() + ")" : "date (" + reference.toLocalDate() + ")")
                        + " is before it, so none of its process points or priorities apply. Any action whose trigger "
                        + "falls on or after that date is still listed.", List.of()));
            }
            SharingBasis sharing = run.only(SharingBasis.class).stream().findFirst().map(o -> o.fact).orElse(null);
            RuleMeta sharingRule = run.only(SharingBasis.class).stream().findFirst().map(o -> o.rule).orElse(null);
            Set<String> notInForceCodes = new LinkedHashSet<>();
            Set<String> raisedOnce = new java.util.HashSet<>();
            for (Outcome<RaisedAction> o : run.only(RaisedAction.class)) {
                // Identical events at the same instant are one trigger: an action arises once per trigger.
                RaisedAction r = o.fact;
                if (!raisedOnce.add(o.rule.action() + "|" + r.getTriggerEvent() + "|" + r.getTriggerAt() + "|"
                        + r.isPending())) {
                    continue;
                }
                RequiredAction a = toAction(rs, snapshot, period, o, sharing, sharingRule, notInForceCodes, notices);
                if (a != null) {
                    actions.add(a);
                }
            }
            if (inForce) {
                for (Outcome<Classification> o : run.only(Classification.class)) {
                    Assessment a = toAssessment(rs, o);
                    if ("ELIGIBILITY".equals(o.fact.getKind())) {
                        eligibility.add(a);
                    } else {
                        priorities.add(a);
                    }
                }
                for (Outcome<Flag> o : run.only(Flag.class)) {
                    notices.add(new Notice(o.fact.getCode(), o.fact.getMessage(), o.rule.ruleIds()));
                }
            }
            if (routing == null) {
                routing = route(rs, snapshot, run.only(RouteEdge.class), inForce);
            }
        }
        actions.sort(ACTION_ORDER);
        Decision d = new Decision(Decision.SCHEMA_VERSION, snapshot.id(), snapshot.asOf(), provenance, notices,
                priorities, eligibility, routing, actions);
        return new Explanation(d, fired);
    }

    static final Comparator<RequiredAction> ACTION_ORDER = Comparator
            .comparing((RequiredAction a) -> a.due().at(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.ruleIds().get(0))
            .thenComparing(RequiredAction::code)
            .thenComparing(a -> a.trigger().at(), Comparator.nullsLast(Comparator.naturalOrder()));

    // ----------------------------------------------------------------------------------------------- periods

    /**
     * The events of the current custody period: from the latest reception on, plus the pre-entry events that led
     * up to it (after the last release before it). Before reception: everything after the last release.
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
        List<Event> out = new ArrayList<>();
        List<Event> sorted = s.events().stream().sorted(Comparator.comparing(Event::at)).toList();
        for (Event e : sorted) {
            boolean afterRelease = lastRelease == null || e.at().isAfter(lastRelease);
            if (reception == null) {
                if (afterRelease && e.type() != EventType.RELEASED) {
                    out.add(e);
                }
            } else if (!e.at().isBefore(reception) || (e.type().preEntry() && afterRelease)) {
                out.add(e);
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------------- session

    private record Outcome<T>(T fact, RuleMeta rule) {
    }

    /** One firing of a rule, for explain: what it matched and what it inserted. */
    private record Firing(Rule rule, List<?> matched, List<String> produced) {
    }

    private static final class Run {
        final Map<Object, RuleMeta> attributed = new IdentityHashMap<>();
        final List<Object> order = new ArrayList<>();
        final List<FiredRule> fired = new ArrayList<>();

        @SuppressWarnings("unchecked")
        <T> List<Outcome<T>> only(Class<T> type) {
            List<Outcome<T>> out = new ArrayList<>();
            for (Object o : order) {
                if (type.isInstance(o)) {
                    out.add(new Outcome<>((T) o, attributed.get(o)));
                }
            }
            return out;
        }
    }

    private Run run(LoadedRuleSet rs, Snapshot snapshot, List<Event> period, boolean explain) {
        Run run = new Run();
        List<Object> facts = new ArrayList<>();
        facts.add(new CaseFacts(snapshot, settings.courtFromOtherPrisonRoute()));
        facts.add(new ConsentFacts(snapshot.consent()));
        for (Event e : period) {
            facts.add(new CaseEvent(e));
        }
        StatelessKieSession session = rs.kieBase().newStatelessKieSession();
        // In explain mode, each firing collects what it matched and the outcomes inserted while it ran.
        List<Firing> firings = new ArrayList<>();
        Firing[] current = new Firing[1];
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Rule rule = event.getRule();
                if (rule == null) {
                    return;
                }
                RuleMeta meta = rs.rules().get(rule.getName());
                if (meta == null) {
                    throw new IllegalStateException("rule '" + rule.getName() + "' inserted a fact but has no metadata");
                }
                run.attributed.put(event.getObject(), meta);
                run.order.add(event.getObject());
                if (explain && current[0] != null) {
                    current[0].produced().add(event.getObject().toString());
                }
            }
        });
        if (explain) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    current[0] = new Firing(event.getMatch().getRule(), event.getMatch().getObjects(),
                            new ArrayList<>());
                    firings.add(current[0]);
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    current[0] = null;
                }
            });
        }
        session.execute(facts);
        for (Firing f : firings) {
            RuleMeta meta = rs.rules().get(f.rule().getName());
            List<String> matched = f.matched().stream().map(String::valueOf).toList();
            run.fired.add(new FiredRule(rs.info().id(), f.rule().getName(), meta == null ? List.of() : meta.ruleIds(),
                    meta == null ? "" : meta.section(), matched, f.produced()));
        }
        return run;
    }

    // ----------------------------------------------------------------------------------------------- actions

    private RequiredAction toAction(LoadedRuleSet rs, Snapshot s, List<Event> period, Outcome<RaisedAction> o,
                                    SharingBasis sharing, RuleMeta sharingRule, Set<String> notInForceCodes,
                                    List<Notice> notices) {
        RaisedAction raised = o.fact;
        String code = o.rule.action();
        if (code == null) {
            throw new IllegalStateException("rule '" + o.rule.name() + "' raised an action but has no @action metadata");
        }
        ZonedDateTime triggerAt = raised.getTriggerAt();
        // An action is judged by the rules in force at its trigger; a pending action with no trigger yet by those in
        // force when its custody period began (or, before reception, at asOf).
        ZonedDateTime judgedAt = triggerAt != null ? triggerAt
                : s.custody().received() ? s.custody().receptionAt() : s.asOf();
        LocalDate judgedOn = judgedAt.toLocalDate();
        Optional<ActionRow> found = rs.actions().inForce(code, judgedOn);
        if (found.isEmpty()) {
            if (notInForceCodes.add(code)) {
                String when = raised.isPending() && triggerAt == null
                        ? "it could arise only in a custody period that began on " + judgedOn
                        : "its trigger (" + raised.getTriggerEvent() + ", " + judgedOn + ") comes";
                notices.add(new Notice("NOT_IN_FORCE_AT_TRIGGER", "Action " + code + " is not required: " + when
                        + " before any rule for it was in force (the " + rs.info().id() + " rules apply from "
                        + rs.info().effectiveFrom() + ").", o.rule.ruleIds()));
            }
            return null;
        }
        ActionRow row = found.get();
        List<String> interpretations = new ArrayList<>(row.interpretations());
        Due due;
        try {
            due = due(rs, row, triggerAt, interpretations);
        } catch (CalendarRangeException e) {
            // A due time the calendar cannot count (its years end): said, never thrown.
            due = new Due(null, row.dueKind(), row.dueText() + " (not computed: it falls outside the years the "
                    + rs.info().calendar() + " calendar covers)", null);
            notices.add(new Notice("DUE_OUTSIDE_CALENDAR", "The due time of action " + code + " could not be computed:"
                    + " counting from " + Times.format(triggerAt) + " leaves the years the " + rs.info().calendar()
                    + " calendar covers (" + BusinessCalendar.MIN_SUPPORTED_YEAR + " to "
                    + BusinessCalendar.MAX_SUPPORTED_YEAR + ").", o.rule.ruleIds()));
        }
        Trigger trigger = new Trigger(raised.getTriggerEvent(), raised.isPending() ? null : triggerAt,
                raised.getTriggerDescription());

        ActionStatus status;
        String reason;
        ZonedDateTime completedAt = null;
        String completedBy = null;
        BlockedBy blockedBy = null;
        String consentBasis = null;
        Completion completion = raised.isPending() ? null : completion(row, s, period, triggerAt);
        if (row.sharesInformation()) {
            consentBasis = sharing == null ? "CONSENT_NOT_RECORDED" : sharing.getBasis();
        }
        if (raised.isPending()) {
            status = ActionStatus.PENDING;
            reason = "Arises only if " + raised.getTriggerDescription() + "; that has not happened.";
        } else if (completion != null) {
            completedAt = completion.at;
            completedBy = completion.by;
            boolean late = due.at() != null && completedAt != null && completedAt.isAfter(due.at());
            status = late ? ActionStatus.DONE_LATE : ActionStatus.DONE;
            reason = completedAt == null ? "Done (" + completion.by + "; time not recorded)."
                    : (late ? "Done late: " : "Done: ") + completion.by + " at " + Times.format(completedAt)
                    + (due.at() == null ? "." : (late ? ", after the due time " : ", by the due time ")
                    + Times.format(due.at()) + ".");
            if (row.sharesInformation() && sharing != null && !sharing.isPermitted() && completedAt != null
                    && sharing.getSince() != null && !completedAt.toLocalDate().isBefore(sharing.getSince())) {
                String word = "CONSENT_WITHDRAWN".equals(sharing.getBasis()) ? "withdrawn" : "refused";
                reason += " But it shared identifiable information on or after the day consent was " + word + " ("
                        + sharing.getSince() + "), with no exception.";
                notices.add(new Notice("SHARED_WITHOUT_CONSENT", "Action " + code + " was done at "
                        + Times.format(completedAt) + ", on or after the day consent was " + word + " ("
                        + sharing.getSince() + "), and no exception applies: information may be shared only with"
                        + " informed consent.", sharingRule.ruleIds()));
            }
        } else if (row.sharesInformation() && sharing != null && !sharing.isPermitted()) {
            status = ActionStatus.BLOCKED;
            blockedBy = new BlockedBy(sharing.getBasis(), sharing.getSince(), sharingRule.ruleIds());
            reason = "Blocked: this shares identifiable information and the client's consent was "
                    + ("CONSENT_WITHDRAWN".equals(sharing.getBasis()) ? "withdrawn" : "refused")
                    + (sharing.getSince() == null ? "" : " on " + sharing.getSince())
                    + ", with no exception under existing confidentiality arrangements.";
            if (due.at() != null && sharing.getSince() != null
                    && due.at().toLocalDate().isBefore(sharing.getSince())) {
                reason += " It was already past its due time (" + Times.format(due.at()) + ") before then.";
            }
        } else if (due.at() != null && s.asOf().isAfter(due.at())) {
            boolean hard = row.modality().isHard() && due.kind() != DueKind.TARGET;
            status = hard ? ActionStatus.OVERDUE : ActionStatus.TARGET_MISSED;
            reason = (hard ? "Overdue: a " + row.modality() + " duty" : "Target missed: a " + due.kind() + " time")
                    + " of " + Times.format(due.at()) + ", not done by " + Times.format(s.asOf()) + ".";
        } else {
            status = ActionStatus.OPEN;
            reason = due.at() == null ? "Open: the guidance sets no time for it (" + row.dueText() + ")."
                    : "Open: due " + Times.format(due.at()) + ".";
            if ("CONSENT_NOT_RECORDED".equals(consentBasis)) {
                reason += " No consent decision is recorded: informed consent (or an exception) is needed before sharing.";
            }
        }
        Citation citation = new Citation(rs.info().title(), row.section());
        return new RequiredAction(code, row.ruleIds(), new Owner(row.ownerAgency(), row.ownerRole()), row.action(),
                trigger, due, row.modality(), row.modalityText(), status, reason, completedAt, completedBy, blockedBy,
                consentBasis, citation, interpretations);
    }

    private Due due(LoadedRuleSet rs, ActionRow row, ZonedDateTime triggerAt, List<String> interpretations) {
        if (row.unit() == ActionRow.Unit.NONE) {
            return new Due(null, DueKind.UNSPECIFIED, row.dueText(), null);
        }
        if (triggerAt == null) {
            return new Due(null, row.dueKind(), row.dueText() + " (from a trigger that has not happened)", null);
        }
        Derivation d;
        switch (row.unit()) {
            case HOURS -> {
                boolean relief = row.relief() == ActionRow.Relief.TEXT
                        || (row.relief() == ActionRow.Relief.INTERPRETATION && settings.reliefByInterpretation());
                if (row.relief() != ActionRow.Relief.NONE) {
                    interpretations.add("TC-10");
                    interpretations.add("AMB-31");
                    if (row.relief() == ActionRow.Relief.INTERPRETATION) {
                        interpretations.add("reliefByInterpretation=" + settings.reliefByInterpretation());
                    }
                }
                if (relief) {
                    interpretations.add("weekendReliefMode=" + settings.weekendReliefMode());
                    d = rs.deadlines().plusHoursWithWeekendRelief(triggerAt, row.amount(), settings.weekendReliefMode());
                } else {
                    d = rs.deadlines().plusHours(triggerAt, row.amount());
                }
            }
            case CALENDAR_DAYS -> d = rs.deadlines().plusCalendarDaysEndOfDay(triggerAt, row.amount());
            case WORKING_DAYS -> d = rs.deadlines().plusWorkingDaysEndOfDay(triggerAt, row.amount());
            case DAYS -> {
                interpretations.add("AMB-33");
                interpretations.add("dayBasis=" + settings.dayBasis());
                d = settings.dayBasis() == Settings.DayBasis.CALENDAR
                        ? rs.deadlines().plusCalendarDaysEndOfDay(triggerAt, row.amount())
                        : rs.deadlines().plusWorkingDaysEndOfDay(triggerAt, row.amount());
            }
            case DAY_N -> d = rs.deadlines().dayN(triggerAt.toLocalDate(), row.amount());
            default -> throw new IllegalStateException("unit " + row.unit());
        }
        // The relief's own wording ("must aim to", "should") governs only when the relief sets the due time; when the
        // plain hours are later (NEVER_SHORTER) the duty's own kind stands.
        boolean reliefSetsDue = d.relief().applied() && !d.dueAt().isEqual(d.relief().strictDueAt());
        DueKind kind = reliefSetsDue ? row.dueKindWithRelief() : row.dueKind();
        return new Due(d.dueAt(), kind, row.dueText(), d);
    }

    private record Completion(ZonedDateTime at, String by) {
    }

    /** The earliest way the action was completed at or after its trigger within the current period, if any. */
    private static Completion completion(ActionRow row, Snapshot s, List<Event> period, ZonedDateTime trigger) {
        Completion best = null;
        for (List<String> alternative : row.completedBy()) {
            ZonedDateTime latest = null;
            boolean timeKnown = true;
            boolean satisfied = true;
            for (String requirement : alternative) {
                Optional<Optional<ZonedDateTime>> when = satisfiedAt(requirement, s, period, trigger);
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
                Completion c = new Completion(timeKnown ? latest : null, String.join(" + ", alternative));
                if (best == null || (c.at != null && (best.at == null || c.at.isBefore(best.at)))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * @return empty when the requirement is not met; a present empty time when it is met at an unrecorded time
     */
    private static Optional<Optional<ZonedDateTime>> satisfiedAt(String requirement, Snapshot s, List<Event> period,
                                                                 ZonedDateTime trigger) {
        if (requirement.equals("origin")) {
            if (s.custody().origin() == null) {
                return Optional.empty();
            }
            return atOrAfter(s.custody().originEstablishedAt(), trigger);
        }
        if (requirement.startsWith("determined:")) {
            Determination d = determination(s, requirement.substring("determined:".length()));
            if (!d.value().isDetermined()) {
                return Optional.empty();
            }
            return atOrAfter(d.determinedAt(), trigger);
        }
        EventType type = EventType.valueOf(requirement);
        for (Event e : period) {
            if (e.type() == type && !e.at().isBefore(trigger)) {
                return Optional.of(Optional.of(e.at()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Optional<ZonedDateTime>> atOrAfter(ZonedDateTime at, ZonedDateTime trigger) {
        if (at == null) {
            return Optional.of(Optional.empty());
        }
        return at.isBefore(trigger) ? Optional.empty() : Optional.of(Optional.of(at));
    }

    private static Determination determination(Snapshot s, String field) {
        return switch (field) {
            case "ppo" -> s.determinations().ppo();
            case "problematicDrugUse" -> s.determinations().problematicDrugUse();
            case "stableAtReceptionScreen" -> s.determinations().stableAtReceptionScreen();
            case "inContactWithPreviousPrisonTeam" -> s.determinations().inContactWithPreviousPrisonTeam();
            case "inContactWithCjit" -> s.determinations().inContactWithCjit();
            case "substanceMisuseNeed" -> s.determinations().substanceMisuseNeed();
            default -> throw new IllegalStateException("unknown determination " + field);
        };
    }

    // ----------------------------------------------------------------------------------------------- answers

    private Assessment toAssessment(LoadedRuleSet rs, Outcome<Classification> o) {
        Classification c = o.fact;
        Map<String, String> names = rs.descriptor().criteria() == null ? Map.of() : rs.descriptor().criteria();
        java.util.function.Function<List<String>, List<Criterion>> describe = codes -> codes.stream()
                .map(k -> new Criterion(k, names.getOrDefault(k, k))).toList();
        return new Assessment(c.getCode(), c.getResult(), c.getExplanation(), o.rule.ruleIds(), describe.apply(c.getMet()),
                describe.apply(c.getNotMet()), describe.apply(c.getUndetermined()),
                new Citation(rs.info().title(), o.rule.section()));
    }

    private static Assessment guidanceApplies(LoadedRuleSet rs, Snapshot s, ZonedDateTime reference, boolean inForce) {
        Criterion jurisdiction = new Criterion("JURISDICTION_" + s.jurisdiction(),
                "The prison is in a jurisdiction the rule set covers: " + rs.info().jurisdictions().stream()
                        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        Criterion dated = new Criterion("IN_FORCE", "The guidance was in force on " + reference.toLocalDate()
                + " (" + (s.custody().received() ? "reception" : "snapshot date") + "); it applies from "
                + rs.info().effectiveFrom());
        return new Assessment("GUIDANCE_APPLIES:" + rs.info().id(), inForce ? "APPLIES" : "NOT_IN_FORCE",
                inForce ? "The " + rs.info().id() + " rule set applies to this person."
                        : "The " + rs.info().id() + " rule set was not yet in force for this custody period.",
                List.of(), inForce ? List.of(jurisdiction, dated) : List.of(jurisdiction),
                inForce ? List.of() : List.of(dated), List.of(), new Citation(rs.info().title(), "effective date"));
    }

    // ----------------------------------------------------------------------------------------------- routing

    private static Routing route(LoadedRuleSet rs, Snapshot s, List<Outcome<RouteEdge>> edges, boolean inForce) {
        Map<String, RuleSetDescriptor.Point> points = rs.descriptor().points();
        if (!inForce) {
            return new Routing(null, null, null, null, false, List.of(), "No process point applies: the "
                    + rs.info().id() + " guidance applies from " + rs.info().effectiveFrom() + ".");
        }
        Map<String, Outcome<RouteEdge>> byFrom = new LinkedHashMap<>();
        for (Outcome<RouteEdge> e : edges) {
            Outcome<RouteEdge> clash = byFrom.putIfAbsent(e.fact.getFrom(), e);
            if (clash != null) {
                throw new IllegalStateException("rules '" + clash.rule.name() + "' and '" + e.rule.name()
                        + "' both route from " + e.fact.getFrom());
            }
        }
        String node = s.custody().received() ? "RECEPTION" : rs.descriptor().start();
        List<RouteStep> path = new ArrayList<>();
        String current = points.containsKey(node) && points.get(node).encoded() ? node : null;
        String next = null;
        String nextReason = null;
        Set<String> seen = new LinkedHashSet<>();
        while (seen.add(node)) {
            Outcome<RouteEdge> e = byFrom.get(node);
            if (e == null) {
                break;
            }
            if (e.fact.isUpcoming()) {
                next = e.fact.getTo();
                nextReason = e.fact.getReason();
                break;
            }
            path.add(new RouteStep(e.fact.getFrom(), e.fact.getTo(), e.rule.ruleIds(), e.fact.getReason()));
            RuleSetDescriptor.Point p = points.get(e.fact.getTo());
            if (p != null && p.encoded()) {
                current = e.fact.getTo();
                node = e.fact.getTo();
            } else {
                next = e.fact.getTo();
                nextReason = e.fact.getReason();
                break;
            }
        }
        String currentName = current == null ? null : name(points, current);
        boolean nextEncoded = next != null && points.containsKey(next) && points.get(next).encoded();
        StringBuilder st = new StringBuilder();
        if (current == null) {
            st.append("No encoded process point applies yet.");
        } else {
            st.append(label(current)).append(" (").append(currentName).append(") applies now.");
        }
        if (next == null) {
            st.append(" The next point cannot be known yet: it depends on facts not yet established");
            RuleSetDescriptor.Point p = current == null ? null : points.get(current);
            st.append(p != null && p.exits() != null ? " (" + p.exits() + ")." : ".");
        } else {
            st.append(" Next: ").append(label(next)).append(" (").append(name(points, next)).append(")");
            st.append(nextReason == null ? "" : ", because " + nextReason).append('.');
            if (!nextEncoded) {
                st.append(" The rules of ").append(label(next)).append(" are not encoded yet in rule set ")
                        .append(rs.info().id()).append(": follow the guidance text for it; this decision lists no actions from it.");
            }
        }
        return new Routing(current, currentName, next, next == null ? null : name(points, next), nextEncoded, path,
                st.toString());
    }

    private static String name(Map<String, RuleSetDescriptor.Point> points, String id) {
        RuleSetDescriptor.Point p = points.get(id);
        return p == null ? id : p.name();
    }

    private static String label(String id) {
        if (id.startsWith("PP")) {
            return "Process point " + id.substring(2);
        }
        if (id.equals("PART_1")) {
            return "Part 1";
        }
        return id;
    }

    private Decision notEncoded(Snapshot s, Provenance provenance) {
        String which = switch (s.jurisdiction()) {
            case SCOTLAND -> "No Scottish rule set is encoded yet: the Scottish Throughcare Addiction Service (2005) and "
                    + "Voluntary Assistance Phase 2 (2004) guidance are catalogued but not executable in this version.";
            case WALES -> "No Welsh rule set is encoded yet.";
            case ENGLAND -> "No English rule set is loaded in this engine.";
        };
        Notice n = new Notice("RULE_SET_NOT_ENCODED", which + " This decision therefore lists no actions, priorities"
                + " or process points; it is not a statement that none are required.", List.of());
        Routing r = new Routing(null, null, null, null, false, List.of(), which);
        Assessment a = new Assessment("GUIDANCE_APPLIES:" + s.jurisdiction().name().toLowerCase(java.util.Locale.ROOT),
                "NOT_ENCODED", which, List.of(), List.of(),
                List.of(new Criterion("JURISDICTION_" + s.jurisdiction(), "A rule set for " + s.jurisdiction()
                        + " is loaded")), List.of(), null);
        return new Decision(Decision.SCHEMA_VERSION, s.id(), s.asOf(), provenance, List.of(n), List.of(), List.of(a),
                r, List.of());
    }
}
