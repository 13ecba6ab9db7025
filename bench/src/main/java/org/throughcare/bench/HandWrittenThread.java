package org.throughcare.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Determination;
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
 * The baseline: the England 2009 thread (Part 1, process points 1 and 2, consent, treatment priority, and where
 * process point 3 routes a prisoner from the community) written by
 * hand in plain Java, without a rule engine. It reproduces the rules of
 * {@code rules-kb/src/main/resources/org/throughcare/kb/england2009/**}{@code /*.drl} and the timescales of
 * {@code actions.csv} (copied into {@link Row} below), and uses the same {@link SnapshotValidator},
 * {@link DeadlineCalculator} and {@link Calendars} as the engine, so that in a comparison only the rule engine
 * differs. {@code BaselineFidelityTest} checks that it gives the same actions (codes, triggers, due times and their
 * derivations, statuses, completions, consent bases), priority tier and route as the engine.
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

    /** The rule set's effective date (rulesets.json); also every row's effective_from (blank in actions.csv). */
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2009, 7, 1);

    private enum Unit { NONE, HOURS, DAYS }

    /**
     * The rows of england2009/actions.csv that the status computation reads: first rule ID (for ordering), unit,
     * amount, whether the text gives the 09:00 relief, due kind (without / with relief), whether missing the time
     * is a breach (modality MUST, MUST_BEST_EFFORT or WILL_MUST), whether it shares information, and what completes
     * it (alternatives; requirements within one alternative must all hold).
     */
    enum Row {
        CJIT_COMPLETE_DIR("ENG-COC-PRE-01", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "DIR_COMPLETED"),
        CJIT_TRACK_DESTINATION("ENG-COC-PRE-02", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "CJIT_AWARE_OF_DESTINATION"),
        CJIT_SEND_DIR_TO_PRISON("ENG-COC-PRE-03", Unit.HOURS, 24, true, DueKind.HARD, DueKind.BEST_EFFORT, true, true,
                "DIR_SENT_TO_PRISON"),
        CJIT_PHONE_SMT("ENG-COC-PRE-08", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, false, true,
                "CJIT_PHONE_FOLLOW_UP"),
        CJIT_CLOSE_CASE("ENG-COC-PRE-09", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "CJIT_CASE_CLOSED"),
        SMT_ASK_DRUG_MISUSE("ENG-COC-GEN-07", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "determined:problematicDrugUse"),
        SMT_CONTACT_CJIT_FOR_MISSING_DIR("ENG-COC-GEN-07", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, false, false,
                "SMT_CONTACTED_CJIT_FOR_DIR", "DIR_RECEIVED_BY_PRISON"),
        SMT_ESTABLISH_ORIGIN("ENG-COC-PP1-01", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "origin"),
        SMT_ASK_TRANSFER_QUESTIONS("ENG-COC-PP2-01", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "determined:inContactWithPreviousPrisonTeam+determined:ppo"),
        SMT_RETRIEVE_ESCORT_FILES("ENG-COC-PP2-03", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, false, false,
                "ESCORT_FILES_RETRIEVED"),
        SMT_ASSESS_CLINICAL_NEEDS("ENG-COC-PP2-04", Unit.HOURS, 24, false, DueKind.TARGET, null, false, false,
                "CLINICAL_ASSESSMENT_COMPLETED"),
        SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE("ENG-COC-PP2-04", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, false,
                false, "CLINICAL_ASSESSMENT_COMPLETED"),
        SMT_REFER_TO_CARATS("ENG-COC-PP2-05", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, true, false,
                "REFERRED_TO_CARATS"),
        CARATS_ENGAGE_PRISONER("ENG-COC-PP2-06", Unit.DAYS, 3, false, DueKind.HARD, null, true, false,
                "CARATS_FIRST_CONTACT"),
        CARATS_REQUEST_CARAT_FILE("ENG-COC-PP2-08", Unit.NONE, 0, false, DueKind.UNSPECIFIED, null, false, false,
                "CARAT_FILE_REQUESTED"),
        SENDING_CARATS_FORWARD_FILE("ENG-COC-PP2-09", Unit.HOURS, 24, true, DueKind.HARD, DueKind.TARGET, true, false,
                "CARAT_FILE_FORWARDED");

        final String firstRuleId;
        final Unit unit;
        final int amount;
        final boolean relief;
        final DueKind kind;
        final DueKind kindWithRelief;
        final boolean hard;
        final boolean sharesInformation;
        final Requirement[][] completedBy;

        Row(String firstRuleId, Unit unit, int amount, boolean relief, DueKind kind, DueKind kindWithRelief,
            boolean hard, boolean sharesInformation, String... completedBy) {
            this.firstRuleId = firstRuleId;
            this.unit = unit;
            this.amount = amount;
            this.relief = relief;
            this.kind = kind;
            this.kindWithRelief = kindWithRelief == null ? kind : kindWithRelief;
            this.hard = hard;
            this.sharesInformation = sharesInformation;
            this.completedBy = new Requirement[completedBy.length][];
            for (int i = 0; i < completedBy.length; i++) {
                String[] parts = completedBy[i].split("\\+");
                this.completedBy[i] = new Requirement[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    this.completedBy[i][j] = new Requirement(parts[j]);
                }
            }
        }
    }

    /** One requirement of a completed_by alternative: an event type, "origin" or "determined:field". */
    static final class Requirement {
        final String text;
        final EventType event;
        final String determination;

        Requirement(String text) {
            this.text = text;
            if (text.equals("origin")) {
                event = null;
                determination = null;
            } else if (text.startsWith("determined:")) {
                event = null;
                determination = text.substring("determined:".length());
            } else {
                event = EventType.valueOf(text);
                determination = null;
            }
        }
    }

    /** An action a rule raised, before its due time and status are worked out. */
    private record Raised(Row row, String triggerEvent, ZonedDateTime triggerAt, boolean pending) {
    }

    private static final Comparator<Action> ORDER = Comparator
            .comparing(Action::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> Row.valueOf(a.code()).firstRuleId)
            .thenComparing(Action::code)
            .thenComparing(Action::triggerAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Settings settings;
    private final DeadlineCalculator deadlines;

    /** The default settings and the bundled calendars, as {@code ThroughcareEngine.builder().build()}. */
    public HandWrittenThread() {
        this(Settings.defaults(), Calendars.bundled());
    }

    /**
     * @param settings  the interpretation settings (reliefByInterpretation has no effect: no row of this thread
     *                  uses the INTERPRETATION relief)
     * @param calendars the calendars; England and Wales is used
     */
    public HandWrittenThread(Settings settings, Calendars calendars) {
        this.settings = settings;
        this.deadlines = new DeadlineCalculator(calendars.get(CalendarId.ENGLAND_AND_WALES));
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
        List<Event> period = currentPeriod(s);
        ZonedDateTime reception = s.custody().receptionAt();
        boolean received = reception != null;
        String route = route(s.custody().origin());
        Determinations d = s.determinations();
        List<Raised> raised = new ArrayList<>();

        // Part 1 (cjit-dir-transfer.drl): one action per event; no reception needed.
        boolean cjitWorkedTheCase = false;
        ZonedDateTime firstAssessment = null;
        ZonedDateTime firstReferral = null;
        ZonedDateTime firstMissingFile = null;
        for (Event e : period) {
            switch (e.type()) {
                case DIP_REFERRAL -> {
                    raised.add(byEvent(Row.CJIT_COMPLETE_DIR, e));
                    cjitWorkedTheCase = true;
                }
                case COURT_REMAND_OR_SENTENCE -> {
                    raised.add(byEvent(Row.CJIT_TRACK_DESTINATION, e));
                    cjitWorkedTheCase = true;
                }
                case CJIT_AWARE_OF_DESTINATION -> {
                    raised.add(byEvent(Row.CJIT_SEND_DIR_TO_PRISON, e));
                    cjitWorkedTheCase = true;
                }
                case DIR_SENT_TO_PRISON -> {
                    raised.add(byEvent(Row.CJIT_PHONE_SMT, e));
                    cjitWorkedTheCase = true;
                }
                case CLINICAL_ASSESSMENT_COMPLETED -> firstAssessment = earliest(firstAssessment, e.at());
                case REFERRED_TO_CARATS -> firstReferral = earliest(firstReferral, e.at());
                case CARAT_FILE_MISSING -> firstMissingFile = earliest(firstMissingFile, e.at());
                default -> {
                }
            }
        }

        if (received) {
            // cjit-case-closure.drl: entry from the community (not a transfer routed to process point 2).
            if (!"PP2".equals(route) && (d.get("inContactWithCjit").value() == TriState.YES || cjitWorkedTheCase)) {
                raised.add(atReception(Row.CJIT_CLOSE_CASE, reception));
            }
            // key-action-drug-misuse-question.drl
            raised.add(atReception(Row.SMT_ASK_DRUG_MISUSE, reception));
            if ("PP3".equals(route) && d.get("problematicDrugUse").value() == TriState.YES) {
                if (firstAssessment != null) {
                    for (Event e : period) {
                        if (e.type() == EventType.CLINICAL_ASSESSMENT_COMPLETED && e.at().isEqual(firstAssessment)
                                && !any(period, EventType.DIR_RECEIVED_BY_PRISON, e.at())) {
                            raised.add(byEvent(Row.SMT_CONTACT_CJIT_FOR_MISSING_DIR, e));
                        }
                    }
                } else if (!any(period, EventType.DIR_RECEIVED_BY_PRISON, null)) {
                    raised.add(pending(Row.SMT_CONTACT_CJIT_FOR_MISSING_DIR, "CLINICAL_ASSESSMENT_COMPLETED", null));
                }
            }
            // process-point-1-origin.drl
            raised.add(atReception(Row.SMT_ESTABLISH_ORIGIN, reception));

            // transfer/pp2-*.drl (process point 2)
            if ("PP2".equals(route)) {
                raised.add(atReception(Row.SMT_ASK_TRANSFER_QUESTIONS, reception));
                switch (d.get("inContactWithPreviousPrisonTeam").value()) {
                    case YES -> raised.add(atReception(Row.SMT_RETRIEVE_ESCORT_FILES, reception));
                    case NOT_DETERMINED -> raised.add(pending(Row.SMT_RETRIEVE_ESCORT_FILES, "RECEPTION", reception));
                    default -> {
                    }
                }
                // pp2-clinical-assessment.drl: for a prisoner in contact with the previous team (pp2ClinicalAssessment
                // IN_CONTACT_ONLY, the default), or for every transferee (ALWAYS, AMB-43)
                TriState contact = d.get("inContactWithPreviousPrisonTeam").value();
                if ("ALWAYS".equals(settings.get(Settings.PP2_CLINICAL_ASSESSMENT)) || contact == TriState.YES) {
                    switch (d.get("stableAtReceptionScreen").value()) {
                        case YES -> raised.add(atReception(Row.SMT_ASSESS_CLINICAL_NEEDS, reception));
                        case NO -> raised.add(atReception(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, reception));
                        case NOT_DETERMINED -> raised.add(firstAssessment == null
                                ? pending(Row.SMT_ASSESS_CLINICAL_NEEDS, "RECEPTION", reception)
                                : atReception(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, reception));
                    }
                } else if (contact == TriState.NOT_DETERMINED) {
                    raised.add(d.get("stableAtReceptionScreen").value() == TriState.NO
                            ? pending(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, "RECEPTION", reception)
                            : pending(Row.SMT_ASSESS_CLINICAL_NEEDS, "RECEPTION", reception));
                }
                TriState need = d.get("substanceMisuseNeed").value();
                for (Event e : period) {
                    if (need == TriState.YES && e.type() == EventType.CLINICAL_ASSESSMENT_COMPLETED
                            && e.at().isEqual(firstAssessment)) {
                        raised.add(byEvent(Row.SMT_REFER_TO_CARATS, e));
                    } else if (e.type() == EventType.REFERRED_TO_CARATS && e.at().isEqual(firstReferral)) {
                        raised.add(byEvent(Row.CARATS_ENGAGE_PRISONER, e));
                    } else if (e.type() == EventType.CARAT_FILE_MISSING && e.at().isEqual(firstMissingFile)) {
                        raised.add(byEvent(Row.CARATS_REQUEST_CARAT_FILE, e));
                    } else if (e.type() == EventType.CARAT_FILE_REQUESTED) {
                        raised.add(byEvent(Row.SENDING_CARATS_FORWARD_FILE, e));
                    }
                }
                if (need == TriState.YES && firstAssessment == null) {
                    // A need recorded without an assessment event: the referral is triggered when the need was found.
                    ZonedDateTime found = d.get("substanceMisuseNeed").determinedAt();
                    raised.add(new Raised(Row.SMT_REFER_TO_CARATS, "SUBSTANCE_MISUSE_NEED_FOUND",
                            found != null ? found : reception, false));
                } else if (need == TriState.NOT_DETERMINED && firstReferral != null) {
                    // A referral CARATs received shows the need was found: the referral is raised by it, and done.
                    raised.add(new Raised(Row.SMT_REFER_TO_CARATS, "REFERRED_TO_CARATS", firstReferral, false));
                } else if (need == TriState.NOT_DETERMINED) {
                    raised.add(pending(Row.SMT_REFER_TO_CARATS, "CLINICAL_ASSESSMENT_COMPLETED", null));
                }
            }
        }

        // information-sharing.drl: exactly one basis for any consent.
        Consent consent = s.consent();
        List<String> exceptions = Consent.kinds(org.throughcare.core.fact.ConsentFacts.applicable(consent, s.asOf(),
                s.custody().status() == org.throughcare.core.CustodyStatus.RELEASED));
        ConsentStatus status = consent.statusAt(s.asOf(), org.throughcare.core.SharingPurpose.CONTINUITY_OF_CARE);
        String basis;
        boolean permitted;
        if (status == ConsentStatus.GIVEN) {
            basis = "CONSENT_GIVEN";
            permitted = true;
        } else if (!exceptions.isEmpty()) {
            basis = "EXCEPTION: " + String.join(", ", exceptions);
            permitted = true;
        } else {
            basis = "CONSENT_" + status.name();
            permitted = false; // refused, withdrawn, or not recorded: the share is held (CONS-06)
        }

        List<Action> actions = new ArrayList<>(raised.size());
        // Identical events at the same instant are one trigger: each action arises once per trigger.
        for (Raised r : new java.util.LinkedHashSet<>(raised)) {
            Action a = toAction(s, period, r, basis, permitted);
            if (a != null) {
                actions.add(a);
            }
        }
        actions.sort(ORDER);

        ZonedDateTime reference = received ? reception : s.asOf();
        boolean inForce = !reference.toLocalDate().isBefore(EFFECTIVE_FROM);
        String priority = null;
        String current = null;
        String next = null;
        if (inForce) {
            if (received) {
                priority = priority(d);
                current = "PP1";
                if ("PP2".equals(route)) {
                    // process point 2 goes on to 5 and on-going care, 6 (RT-04, RT-08); the benchmark snapshots know
                    // no exit yet, so the next point cannot be known. The duties of process points 5 to 7 and Annex
                    // A's consent duties are not in this thread (EngineOutput leaves them out of the comparison).
                    current = "PP6";
                } else if ("PP3".equals(route)) {
                    // pp3-next-point.drl, with the answers the staff determinations give (the generated caseloads
                    // record no evidence events): a PPO or a problematic drug misuser goes on to process point 4
                    // (its rules lead to process point 5, not encoded); neither, no further action; else either.
                    TriState ppo = d.get("ppo").value();
                    TriState pdu = d.get("problematicDrugUse").value();
                    if (ppo == TriState.YES || pdu == TriState.YES) {
                        // pp4-next-point.drl (RT-07) and RT-08: from the start of day 5, or once the CSMA and care
                        // plan are complete before then, process points 5 and then 6; until then 4, with 5 next.
                        ZonedDateTime day5 = reception.toLocalDate().plusDays(4).atStartOfDay(reception.getZone());
                        boolean csmaBeforeDay5 = false;
                        for (Event e : period) {
                            csmaBeforeDay5 |= e.type() == EventType.CSMA_AND_CARE_PLAN_COMPLETED && e.at().isBefore(day5);
                        }
                        if (csmaBeforeDay5 || !s.asOf().isBefore(day5)) {
                            current = "PP6";
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
    private String priority(Determinations d) {
        TriState ppo = d.get("ppo").value();
        TriState need = d.get("substanceMisuseNeed").value();
        TriState drugProblem = d.get("problematicDrugUse").value().isDetermined() ? d.get("problematicDrugUse").value()
                : need;
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

    private Action toAction(Snapshot s, List<Event> period, Raised r, String basis, boolean permitted) {
        Row row = r.row;
        ZonedDateTime triggerAt = r.triggerAt;
        // Judged by the rules in force at the trigger; a pending action with no trigger by those in force when the
        // custody period began (before reception: at asOf).
        ZonedDateTime judgedAt = triggerAt != null ? triggerAt
                : s.custody().receptionAt() != null ? s.custody().receptionAt() : s.asOf();
        LocalDate judgedOn = judgedAt.toLocalDate();
        if (judgedOn.isBefore(EFFECTIVE_FROM)) {
            return null;                           // no row in force at the trigger
        }
        ZonedDateTime received = s.custody().receptionAt();
        if (received != null && received.toLocalDate().isBefore(EFFECTIVE_FROM) && triggerAt != null
                && !triggerAt.isBefore(received)) {
            return null;                           // arises in a custody period outside the guidance's dates
        }
        Derivation derivation = null;
        DueKind kind = row.kind;
        if (row.unit != Unit.NONE && triggerAt != null) {
            if (row.unit == Unit.HOURS) {
                derivation = row.relief
                        ? deadlines.plusHoursWithWeekendRelief(triggerAt, row.amount, settings.weekendReliefMode())
                        : deadlines.plusHours(triggerAt, row.amount);
            } else {
                derivation = settings.dayBasis() == Settings.DayBasis.CALENDAR
                        ? deadlines.plusCalendarDaysEndOfDay(triggerAt, row.amount)
                        : deadlines.plusWorkingDaysEndOfDay(triggerAt, row.amount);
            }
            // The relief's own kind governs only when the relief sets the due time (not when the plain hours are later).
            if (derivation.relief().applied() && !derivation.dueAt().isEqual(derivation.relief().strictDueAt())) {
                kind = row.kindWithRelief;
            }
        }
        ZonedDateTime dueAt = derivation == null ? null : derivation.dueAt();
        boolean shares = row.sharesInformation || row == Row.SENDING_CARATS_FORWARD_FILE
                && "EXCEPTION_ONLY".equals(settings.get(Settings.CARAT_FILE_CONSENT));
        // CJIT_CLOSE_CASE sends only de-personalised monitoring data (shares_information = monitoring): no consent
        // is needed, and the decision says so.
        String consentBasis = shares ? basis
                : row == Row.CJIT_CLOSE_CASE ? "NOT_NEEDED: de-personalised monitoring data" : null;
        ActionStatus status;
        ZonedDateTime completedAt = null;
        String completedBy = null;
        if (r.pending) {
            status = ActionStatus.PENDING;
        } else {
            boolean done = false;
            // The earliest way the action was completed (Completions.completion): any event of the custody period, even
            // one before the trigger; a determination or origin from the period's start (or the trigger, if earlier).
            ZonedDateTime reception = s.custody().receptionAt();
            ZonedDateTime from = reception == null || triggerAt.isBefore(reception) ? triggerAt : reception;
            for (Requirement[] alternative : row.completedBy) {
                ZonedDateTime latest = null;
                boolean timeKnown = true;
                boolean satisfied = true;
                for (Requirement q : alternative) {
                    ZonedDateTime when;
                    if (q.event != null) {
                        when = first(period, q.event);
                        if (when == null) {
                            satisfied = false;
                            break;
                        }
                    } else {
                        ZonedDateTime at;
                        if (q.determination == null) {
                            if (s.custody().origin() == null) {
                                satisfied = false;
                                break;
                            }
                            at = s.custody().originEstablishedAt();
                        } else {
                            Determination det = determination(s.determinations(), q.determination);
                            if (!det.value().isDetermined()) {
                                satisfied = false;
                                break;
                            }
                            at = det.determinedAt();
                        }
                        if (at != null && at.isBefore(from)) {
                            satisfied = false;
                            break;
                        }
                        when = at;
                    }
                    if (when == null) {
                        timeKnown = false;
                    } else if (latest == null || when.isAfter(latest)) {
                        latest = when;
                    }
                }
                if (satisfied) {
                    ZonedDateTime at = timeKnown ? latest : null;
                    if (!done || (at != null && (completedAt == null || at.isBefore(completedAt)))) {
                        completedAt = at;
                        completedBy = alternative.length == 1 ? alternative[0].text : join(alternative);
                    }
                    done = true;
                }
            }
            if (done) {
                status = dueAt != null && completedAt != null && completedAt.isAfter(dueAt)
                        ? ActionStatus.DONE_LATE : ActionStatus.DONE;
            } else if (shares && !permitted) {
                status = ActionStatus.BLOCKED;
            } else if (dueAt != null && s.asOf().isAfter(dueAt)) {
                // A best-effort time missed is not a breach (BEST_EFFORT_MISSED); a hard one is OVERDUE.
                status = kind == DueKind.BEST_EFFORT ? ActionStatus.BEST_EFFORT_MISSED
                        : row.hard && kind != DueKind.TARGET ? ActionStatus.OVERDUE : ActionStatus.TARGET_MISSED;
            } else {
                status = ActionStatus.OPEN;
            }
        }
        return new Action(row.name(), r.triggerEvent, r.pending ? null : triggerAt, dueAt,
                row.unit == Unit.NONE ? DueKind.UNSPECIFIED : kind, derivation, status, completedAt, completedBy,
                consentBasis);
    }

    private static String join(Requirement[] alternative) {
        StringBuilder b = new StringBuilder();
        for (Requirement q : alternative) {
            if (b.length() > 0) {
                b.append(" + ");
            }
            b.append(q.text);
        }
        return b.toString();
    }

    private static Determination determination(Determinations d, String field) {
        return d.get(field);
    }

    /** The period is in time order, so the first match is the earliest. */
    private static ZonedDateTime first(List<Event> period, EventType type) {
        for (Event e : period) {
            if (e.type() == type) {
                return e.at();
            }
        }
        return null;
    }

    /** @return whether an event of the type exists at or before {@code notAfter} (anywhere when null). */
    private static boolean any(List<Event> period, EventType type, ZonedDateTime notAfter) {
        for (Event e : period) {
            if (e.type() == type && (notAfter == null || !e.at().isAfter(notAfter))) {
                return true;
            }
        }
        return false;
    }

    private static ZonedDateTime earliest(ZonedDateTime a, ZonedDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Raised byEvent(Row row, Event e) {
        return new Raised(row, e.type().name(), e.at(), false);
    }

    private static Raised atReception(Row row, ZonedDateTime reception) {
        return new Raised(row, "RECEPTION", reception, false);
    }

    private static Raised pending(Row row, String awaited, ZonedDateTime hypotheticalTrigger) {
        return new Raised(row, awaited, hypotheticalTrigger, true);
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
