package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.throughcare.core.Assessment;
import org.throughcare.core.Criterion;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.Event;
import org.throughcare.core.Explanation;
import org.throughcare.core.FiredRule;
import org.throughcare.core.Journey;
import org.throughcare.core.Notice;
import org.throughcare.core.Provenance;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.CaseEvent;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.Classification;
import org.throughcare.core.fact.ConsentFacts;
import org.throughcare.core.fact.Flag;
import org.throughcare.core.fact.GoingStraightContractFacts;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.fact.RouteEdge;
import org.throughcare.core.fact.SettingsFact;
import org.throughcare.core.fact.SharingBasis;

/**
 * Runs one snapshot through the rule sets and turns the rules' outcome facts into a decision. Stateless and
 * thread-safe: every call opens its own stateless session. Effective dating, deadlines, completion, consent and
 * status are computed here, once, for every rule (not as guards repeated in each rule).
 */
public final class Evaluator {

    /** The documents' rule sets, each run in its own session when it applies. */
    private final List<LoadedRuleSet> ruleSets;
    /** The cross-document step, run after the sessions; null when not loaded. */
    private final LoadedRuleSet crossDocument;
    private final java.util.Map<String, LoadedRuleSet> byId;
    /** Every loaded rule set, the step included, as the provenance lists them. */
    private final List<LoadedRuleSet> loaded;
    private final Settings settings;
    private final SettingsFact settingsFact;
    private final List<ServiceContract> contracts;
    private final Calendars calendars;
    /** The same for every decision of this engine: built once. */
    private final Provenance provenance;

    public Evaluator(List<LoadedRuleSet> ruleSets, Settings settings, String engineVersion, Calendars calendars,
                     List<ServiceContract> contracts) {
        this.loaded = List.copyOf(ruleSets);
        this.ruleSets = ruleSets.stream().filter(rs -> !rs.descriptor().isCrossDocument()).toList();
        this.crossDocument = ruleSets.stream().filter(rs -> rs.descriptor().isCrossDocument()).findFirst().orElse(null);
        java.util.Map<String, LoadedRuleSet> ids = new java.util.HashMap<>();
        ruleSets.forEach(rs -> ids.put(rs.info().id(), rs));
        this.byId = java.util.Map.copyOf(ids);
        this.settings = settings;
        this.settingsFact = new SettingsFact(settings);
        this.contracts = List.copyOf(contracts);
        this.calendars = calendars;
        this.provenance = new Provenance(engineVersion, ruleSetInfos(), calendars.dataVersion(), settings.applied());
    }

    public List<RuleSetInfo> ruleSetInfos() {
        return loaded.stream().map(LoadedRuleSet::info).toList();
    }

    /** Evaluates a snapshot that has already been validated, by the rules in force at asOf. */
    public Explanation evaluate(Snapshot snapshot, boolean explain) {
        return evaluate(snapshot, null, explain);
    }

    /**
     * Evaluates a snapshot that has already been validated.
     *
     * @param evaluationDate the day whose rules decide which rule sets apply, eligibility, priority and routing; null
     *                       for the default (guidance: the reception, before it asOf; classifications: asOf). asOf
     *                       still sets every status, and each obligation is judged by the rules at its trigger.
     */
    public Explanation evaluate(Snapshot snapshot, LocalDate evaluationDate, boolean explain) {
        // The movements and the custody facts, derived once: from here on the snapshot's custody holds the derived
        // reception and origin (the snapshot itself when it states them).
        CustodyPeriod custodyPeriod = CustodyPeriod.of(snapshot);
        Journey journey = custodyPeriod.journey();
        List<Event> period = custodyPeriod.events();
        Snapshot effective = custodyPeriod.effective();
        List<Applicability> applicable = new ArrayList<>();
        for (LoadedRuleSet rs : ruleSets) {
            Applicability.of(rs, effective, evaluationDate, contracts, calendars).ifPresent(applicable::add);
        }
        if (applicable.isEmpty()) {
            return new Explanation(notEncoded(snapshot, evaluationDate, provenance, journey), List.of());
        }
        LocalDate evaluationDay = RuleSetRun.evaluationDay(effective, evaluationDate);
        RuleSetRun.Parts parts = new RuleSetRun.Parts();
        List<FiredRule> fired = new ArrayList<>();
        CaseFacts caseFacts = new CaseFacts(effective, settings.courtFromOtherPrisonRoute(), journey);
        for (Applicability ap : applicable) {
            SessionRunner.Run run = SessionRunner.run(ap.rs(), facts(ap.rs(), caseFacts, effective, period),
                    effective.custody().received(), explain);
            fired.addAll(run.fired);
            RuleSetRun.collect(ap, run, effective, period, journey, evaluationDay, settings, parts);
        }
        if (crossDocument != null) {
            CrossDocumentStep.run(crossDocument, byId, caseFacts, settingsFact, evaluationDay, explain, parts, fired);
        }
        if (applicable.stream().noneMatch(ap -> "BINDING".equals(ap.rs().descriptor().standing()))) {
            // Only a contract's specification or advice applies: the jurisdiction's own guidance is still not encoded.
            parts.notices.add(0, notEncoded(snapshot, evaluationDate, provenance, journey).notices().get(0));
        }
        parts.actions.sort(ACTION_ORDER);
        Routing routing = parts.routing != null ? parts.routing : new Routing(null, null, null, null, false,
                List.of(), "No rule set that applies to this person has process points: see each rule set's routing.",
                journey);
        Decision d = new Decision(Decision.SCHEMA_VERSION, effective.id(), effective.asOf(), evaluationDate, provenance,
                parts.notices, parts.priorities, parts.priorityOrder, parts.eligibility, routing, parts.routings,
                parts.actions, parts.advice);
        return new Explanation(d, fired);
    }

    static final Comparator<RequiredAction> ACTION_ORDER = Comparator
            .comparing((RequiredAction a) -> a.due().at(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.ruleIds().get(0))
            .thenComparing(RequiredAction::code)
            .thenComparing(a -> a.trigger().at(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RequiredAction::instance, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * @return the facts the rules match: the case, consent, the events of the current custody period and the Going
     *         Straight Contract's parts
     */
    private List<Object> facts(LoadedRuleSet rs, CaseFacts caseFacts, Snapshot snapshot, List<Event> period) {
        List<Object> facts = new ArrayList<>();
        facts.add(caseFacts);
        facts.add(settingsFact);
        // Consent is judged at asOf (actions still to do) and at each instant a sharing action may have been done:
        // under ANNEX_A for the rule set's one purpose, under PER_PURPOSE once for each purpose its sharing actions
        // name. A rule set whose document states no consent rule (NONE, AMB-19) judges none, so nothing of it is held
        // or blocked.
        List<SharingPurpose> purposes = switch (rs.descriptor().consentRegime()) {
            case "ANNEX_A" -> java.util.Collections.singletonList(rs.descriptor().sharingPurpose());
            case "PER_PURPOSE" -> rs.descriptor().sharingPurposes() == null ? List.of()
                    : rs.descriptor().sharingPurposes().values().stream().distinct().sorted().toList();
            default -> List.of();
        };
        ZonedDateTime custodyStart = custodyStart(snapshot, period);
        for (SharingPurpose purpose : purposes) {
            facts.add(consentAt(snapshot, custodyStart, snapshot.asOf(), purpose));
            Set<java.time.Instant> judged = new java.util.HashSet<>(Set.of(snapshot.asOf().toInstant()));
            for (Event e : period) {
                if (rs.actions().sharingCompletions().contains(e.type().name()) && judged.add(e.at().toInstant())) {
                    facts.add(consentAt(snapshot, custodyStart, e.at(), purpose));
                }
            }
        }
        for (Event e : period) {
            facts.add(new CaseEvent(e));
        }
        // The Going Straight Contract, its targets and amendments (no free text reaches the rules).
        facts.addAll(GoingStraightContractFacts.of(snapshot.goingStraightContract()));
        return facts;
    }

    /**
     * @param custodyStart when the current custody began (the court's remand or sentence, else the reception), or null
     *                     when not recorded
     */
    private static ConsentFacts consentAt(Snapshot s, ZonedDateTime custodyStart, ZonedDateTime t,
                                          SharingPurpose purpose) {
        // In the community at t, where the CJIT can oversee bail conditions: released, or before custody began.
        boolean inCommunity = s.custody().status() == CustodyStatus.RELEASED
                || (custodyStart != null && t.isBefore(custodyStart));
        return new ConsentFacts(s.consent(), inCommunity, t, purpose);
    }

    /** @return the start of the current custody: the court's remand or sentence leading into it, else the reception */
    private static ZonedDateTime custodyStart(Snapshot s, List<Event> period) {
        ZonedDateTime start = s.custody().receptionAt();
        for (Event e : period) {
            if (e.type() == org.throughcare.core.EventType.COURT_REMAND_OR_SENTENCE && (start == null || e.at().isBefore(start))) {
                start = e.at();
            }
        }
        return start;
    }

    private Decision notEncoded(Snapshot s, LocalDate evaluationDate, Provenance provenance, Journey journey) {
        String which = switch (s.jurisdiction()) {
            case SCOTLAND -> "No Scottish rule set is loaded in this engine (the bundled scotland-2005 rule set encodes "
                    + "only the Throughcare Addiction Service and voluntary assistance eligibility and priority table).";
            case WALES -> "No Welsh rule set is encoded yet.";
            case ENGLAND -> "No English rule set is loaded in this engine.";
        };
        Notice n = new Notice("RULE_SET_NOT_ENCODED", which + " This decision therefore lists no actions, priorities"
                + " or process points; it is not a statement that none are required.", List.of());
        Routing r = new Routing(null, null, null, null, false, List.of(), which, journey);
        Assessment a = new Assessment("GUIDANCE_APPLIES:" + s.jurisdiction().name().toLowerCase(java.util.Locale.ROOT),
                "NOT_ENCODED", which, List.of(), List.of(),
                List.of(new Criterion("JURISDICTION_" + s.jurisdiction(), "A rule set for " + s.jurisdiction()
                        + " is loaded")), List.of(), null);
        return new Decision(Decision.SCHEMA_VERSION, s.id(), s.asOf(), evaluationDate, provenance, List.of(n), List.of(),
                null, List.of(a), r, List.of(), List.of(), List.of());
    }
}
