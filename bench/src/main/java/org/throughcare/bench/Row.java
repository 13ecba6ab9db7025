package org.throughcare.bench;

import org.throughcare.core.DueKind;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;

/**
 * The rows of {@code rules-kb/.../england2009/actions.csv} that the baseline's actions use, copied by hand: the first
 * rule ID (for ordering, as the engine's action order), the timescale (unit, amount, the 09:00 relief, due kind
 * without and with the relief), whether the action shares identifiable information (column
 * {@code shares_information}, with the exceptions it may rest on), what completes it (column
 * {@code completed_by}: alternatives; the requirements of one alternative, joined by "+", must all hold) and from when
 * (column {@code counts_from}). A row with
 * neither time nor completion is a standing duty (due kind STANDING).
 *
 * <p>Every timed row whose due kind is HARD has a hard modality (MUST or WILL_MUST), so a missed HARD time is
 * OVERDUE, a missed TARGET time TARGET_MISSED and a missed BEST_EFFORT time BEST_EFFORT_MISSED.
 */
enum Row {
    // Part 1 (part1/cjit-dir-transfer.drl, part1/cjit-case-closure.drl)
    CJIT_COMPLETE_DIR("ENG-COC-PRE-01", Sharing.NO, "DIR_COMPLETED"),
    CJIT_TRACK_DESTINATION("ENG-COC-PRE-02", Sharing.NO, "CJIT_AWARE_OF_DESTINATION"),
    CJIT_SEND_DIR_TO_PRISON("ENG-COC-PRE-03", Unit.HOURS, 24, Relief.TEXT, DueKind.HARD, DueKind.BEST_EFFORT,
            Sharing.YES, "DIR_SENT_TO_PRISON"),
    CJIT_PHONE_SMT("ENG-COC-PRE-08", Sharing.YES, "CJIT_PHONE_FOLLOW_UP"),
    CJIT_CLOSE_CASE("ENG-COC-PRE-09", Sharing.MONITORING, "CJIT_CASE_CLOSED"),
    // Process point 1 (reception/*.drl)
    SMT_ASK_DRUG_MISUSE("ENG-COC-GEN-07", Sharing.NO, "determined:problematicDrugUse"),
    SMT_CONTACT_CJIT_FOR_MISSING_DIR("ENG-COC-GEN-07", Sharing.YES, "SMT_CONTACTED_CJIT_FOR_DIR",
            "DIR_RECEIVED_BY_PRISON"),
    SMT_ESTABLISH_ORIGIN("ENG-COC-PP1-01", Sharing.NO, "origin"),
    // Process point 2 (transfer/pp2-*.drl)
    SMT_ASK_TRANSFER_QUESTIONS("ENG-COC-PP2-01", Sharing.NO,
            "determined:inContactWithPreviousPrisonTeam+determined:ppo"),
    SMT_RETRIEVE_ESCORT_FILES("ENG-COC-PP2-03", Sharing.NO, "ESCORT_FILES_RETRIEVED"),
    SMT_ASSESS_CLINICAL_NEEDS("ENG-COC-PP2-04", Unit.HOURS, 24, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "CLINICAL_ASSESSMENT_COMPLETED"),
    SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE("ENG-COC-PP2-04", Sharing.NO, "CLINICAL_ASSESSMENT_COMPLETED"),
    SMT_REFER_TO_CARATS("ENG-COC-PP2-05", Sharing.NO, "REFERRED_TO_CARATS"),
    CARATS_ENGAGE_PRISONER("ENG-COC-PP2-06", Unit.DAYS, 3, Relief.NONE, DueKind.HARD, null, Sharing.NO,
            "CARATS_FIRST_CONTACT"),
    CARATS_REQUEST_CARAT_FILE("ENG-COC-PP2-08", Sharing.NO, "CARAT_FILE_REQUESTED"),
    SENDING_CARATS_FORWARD_FILE("ENG-COC-PP2-09", Unit.HOURS, 24, Relief.TEXT, DueKind.HARD, DueKind.TARGET,
            Sharing.WHEN_EXCEPTION_ONLY, "CARAT_FILE_FORWARDED"),
    // Process point 3 (community/pp3-*.drl)
    SMT_DETERMINE_PPO_AND_DRUG_MISUSE("ENG-COC-PP3-01", Sharing.NO, "determined:ppo+determined:problematicDrugUse"),
    PPO_LIAISON_POINT_NOTIFY_SMT("ENG-COC-PP3-03", Sharing.NO,
            "PPO_OR_DRUG_MISUSE_EVIDENCE(evidence=PPO_LIAISON_POINT)"),
    SMT_CHECK_LIDS_FOR_PPO("ENG-COC-PP3-05", Sharing.NO, "determined:ppoFlaggedOnLids"),
    SMT_FOLLOW_NOMS_PPO_GUIDANCE("ENG-COC-PP3-08", Sharing.NO),
    // Process point 4 (community/pp4-*.drl)
    SMT_ASK_CJIT_CONTACT("ENG-COC-PP4-05", Sharing.NO, "determined:inContactWithCjit"),
    SMT_CONTACT_NAMED_CJIT_FOR_DIR("ENG-COC-PP4-06", Sharing.YES, "SMT_CONTACTED_CJIT_FOR_DIR",
            "DIR_RECEIVED_BY_PRISON"),
    SMT_CHECK_FOR_CJIT_CONTACT("ENG-COC-PP4-07", Sharing.NO, "CJIT_CONTACT_CHECKED", "DIR_RECEIVED_BY_PRISON"),
    SMT_OPEN_NEW_DIR("ENG-COC-PP4-08", Unit.DAY_N, 5, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "DIR_RAISED_BY_PRISON"),
    SMT_ASSESS_ENTRANT_CLINICAL_NEEDS("ENG-COC-PP4-09", Unit.HOURS, 24, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "CLINICAL_ASSESSMENT_COMPLETED"),
    SMT_REFER_ENTRANT_TO_CARATS("ENG-COC-PP4-10", Sharing.NO, "REFERRED_TO_CARATS"),
    CARATS_ENGAGE_ENTRANT("ENG-COC-PP4-10", Unit.DAYS, 3, Relief.NONE, DueKind.HARD, null, Sharing.NO,
            "CARATS_FIRST_CONTACT"),
    CARATS_COMPLETE_SMTA("ENG-COC-PP4-11", Unit.DAYS, 3, Relief.NONE, DueKind.HARD, null, Sharing.NO,
            "SMTA_COMPLETED"),
    CARATS_APPOINT_KEY_WORKER("ENG-COC-PP4-14", Unit.HOURS, 24, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "CARAT_KEY_WORKER_APPOINTED"),
    SMT_CLINICAL_SMTA_DAY_1("ENG-COC-PP4-15", Unit.DAY_N, 1, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "SMTA_COMPLETED"),
    CJIT_SEND_DIR_ON_REQUEST("ENG-COC-PP4-16", Unit.HOURS, 24, Relief.INTERPRETATION, DueKind.TARGET, DueKind.TARGET,
            Sharing.YES, CountsFrom.TRIGGER, "DIR_SENT_TO_PRISON", "DIR_RECEIVED_BY_PRISON"),
    CARATS_COMPLETE_CSMA_AND_CARE_PLAN("ENG-COC-PP4-17", Unit.DAY_N, 5, Relief.NONE, DueKind.HARD, null, Sharing.NO,
            "CSMA_AND_CARE_PLAN_COMPLETED"),
    SMT_ACTIVITY_FORM_CASE_TRANSFER("ENG-COC-PP4-19", Unit.DAY_N, 5, Relief.NONE, DueKind.TARGET, null,
            Sharing.MONITORING, "ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM,caseload=TAKEN_ON)"),
    SMT_ACTIVITY_FORM_TO_DATA_TEAM("ENG-COC-PP4-21", Unit.DAY_N, 5, Relief.NONE, DueKind.TARGET, null,
            Sharing.MONITORING, "ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM)"),
    // The DIR at the prison (dir/dir-retention-and-use.drl)
    SMT_RETAIN_DIR("ENG-COC-DIR-03", Sharing.NO),
    CARATS_USE_DIR_TO_REFER_OUT("ENG-COC-DIR-10", Sharing.YES),
    CARATS_MARK_CARAT_FILE_DIP("ENG-COC-DIR-11", Sharing.NO, "CARAT_FILE_MARKED_DIP"),
    // Process points 5 and 6 (prison/*.drl), 7 and 8 (release/pp7-responsibilities-until-exit.drl,
    // exit/process-point-8-transfer-to-a-new-prison.drl), 11 (court/process-point-11-court-to-a-new-prison.drl)
    SMT_PRIORITISE_INTERVENTIONS("ENG-COC-PP5-01", Sharing.NO),
    SMT_TELL_CJIT_RELEASE_DATE("ENG-COC-PP5-02", Sharing.YES_OTHER_LAWFUL, "CJIT_TOLD_RELEASE_DATE"),
    CARATS_NORMAL_NEEDS_ASSESSMENT("ENG-COC-PP5-03", Sharing.NO),
    SMT_ONGOING_CONTINUITY_OF_CARE("ENG-COC-PP6-01", Sharing.NO),
    SMT_OMU_LINKS_FOR_EXIT("ENG-COC-PP7-01", Sharing.NO),
    // Process point 7 once the release date is known (release/release-date-known.drl, pp7-release-plan.drl,
    // pp7-three-way-meeting.drl, dir/dir-age-in-release-plan.drl, pp7-responsibilities-until-exit.drl): six weeks
    // before the earliest expected release date (anchor DATE, -6 WEEKS, TC-06)
    CARATS_DRAW_UP_RELEASE_PLAN("ENG-COC-PP7-03", Unit.WEEKS, -6, Relief.NONE, DueKind.TARGET, null, Sharing.NO,
            "RELEASE_PLAN_MEETING(planAgreed=true)"),
    CARATS_HOLD_THREE_WAY_MEETING("ENG-COC-PP7-06", Unit.WEEKS, -6, Relief.NONE, DueKind.TARGET, null,
            Sharing.YES_OTHER_LAWFUL, "RELEASE_PLAN_MEETING(means=FACE_TO_FACE)", "RELEASE_PLAN_MEETING(means=VIDEO)"),
    CARATS_USE_DIR_IN_RELEASE_PLAN("ENG-COC-PP7-07", Sharing.NO, "RELEASE_PLAN_MEETING(planAgreed=true)"),
    SMT_HOLDS_CASELOAD_UNTIL_EXIT("ENG-COC-PP7-12", Sharing.NO),
    CJIT_ATTEND_RELEASE_PLAN_MEETINGS("ENG-COC-PP7-13", Sharing.NO),
    CJIT_TELL_SMT_OF_OWN_CONTACT("ENG-COC-PP7-17", Sharing.NO),
    SMT_OMU_OCA_LINKS_FOR_TRANSFERS("ENG-COC-PP8-01", Sharing.NO),
    SMT_CHECK_LIDS_DAILY_FOR_TRANSFERS("ENG-COC-PP8-02", Sharing.NO),
    RECEIVING_SMT_ALERT_CJIT_OF_ARRIVAL("ENG-COC-PP8-11", Sharing.YES_OTHER_LAWFUL, CountsFrom.TRIGGER,
            "ALERT_FORM_SENT(change=PRISON,by=SUBSTANCE_MISUSE_TEAM)"),
    RECEIVING_SMT_ACTIVITY_FORM_TAKE_ON("ENG-COC-PP8-12", Sharing.MONITORING,
            "ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM,caseload=TAKEN_ON)"),
    SENDING_SMT_CLOSE_CASELOAD_AFTER_COURT("ENG-COC-PP11-02", Sharing.MONITORING,
            "ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM,caseload=CLOSED)"),
    // Annex A and D consent duties (consent/consent-and-referral-duties.drl)
    SMT_EXPLAIN_INFORMATION_SHARING("ENG-COC-CONS-08", Sharing.NO, "INFORMATION_SHARING_EXPLAINED"),
    ADVISE_CLIENT_TREATMENT_MAY_BE_DELAYED("ENG-COC-CONS-12", Sharing.NO, "CLIENT_ADVISED_OF_POSSIBLE_DELAY"),
    CARATS_TELL_DEPARTMENTS_OF_CONSENT("ENG-COC-CONS-18", Sharing.NO, "PRISON_DEPARTMENTS_TOLD_OF_CONSENT"),
    OM_KEEP_CARATS_INFORMED("ENG-COC-CONS-19", Sharing.NO);

    /** WEEKS: counted back from the rule's anchor date (a negative amount), as the engine's {@code Anchors}. */
    enum Unit { NONE, HOURS, DAYS, DAY_N, WEEKS }

    /** Column relief: none, the duty's own text (TC-10), or by interpretation (AMB-31b, setting reliefByInterpretation). */
    enum Relief { NONE, TEXT, INTERPRETATION }

    /**
     * Column shares_information (and exceptions): no; yes (any exception may cover it); yes, covered only by another
     * lawful exception; yes only under caratFileConsent=EXCEPTION_ONLY; de-personalised monitoring data only.
     */
    enum Sharing { NO, YES, YES_OTHER_LAWFUL, WHEN_EXCEPTION_ONLY, MONITORING }

    /**
     * Column counts_from: any completing event of the custody period (blank, the default), or only what happened at
     * or after the trigger (an Alert Form; the CJIT's reply to the team's request).
     */
    enum CountsFrom { CUSTODY_PERIOD, TRIGGER }

    final String firstRuleId;
    final Unit unit;
    final int amount;
    final Relief relief;
    final DueKind kind;
    final DueKind kindWithRelief;
    final Sharing sharing;
    final CountsFrom countsFrom;
    final Requirement[][] completedBy;

    /** A row with no time: UNSPECIFIED with a completion, STANDING without. */
    Row(String firstRuleId, Sharing sharing, String... completedBy) {
        this(firstRuleId, sharing, CountsFrom.CUSTODY_PERIOD, completedBy);
    }

    /** A row with no time whose completions count as the column says. */
    Row(String firstRuleId, Sharing sharing, CountsFrom countsFrom, String... completedBy) {
        this(firstRuleId, Unit.NONE, 0, Relief.NONE, completedBy.length == 0 ? DueKind.STANDING : DueKind.UNSPECIFIED,
                null, sharing, countsFrom, completedBy);
    }

    Row(String firstRuleId, Unit unit, int amount, Relief relief, DueKind kind, DueKind kindWithRelief,
        Sharing sharing, String... completedBy) {
        this(firstRuleId, unit, amount, relief, kind, kindWithRelief, sharing, CountsFrom.CUSTODY_PERIOD, completedBy);
    }

    Row(String firstRuleId, Unit unit, int amount, Relief relief, DueKind kind, DueKind kindWithRelief,
        Sharing sharing, CountsFrom countsFrom, String... completedBy) {
        this.firstRuleId = firstRuleId;
        this.countsFrom = countsFrom;
        this.unit = unit;
        this.amount = amount;
        this.relief = relief;
        this.kind = kind;
        this.kindWithRelief = kindWithRelief == null ? kind : kindWithRelief;
        this.sharing = sharing;
        this.completedBy = new Requirement[completedBy.length][];
        for (int i = 0; i < completedBy.length; i++) {
            String[] parts = completedBy[i].split("\\+");
            this.completedBy[i] = new Requirement[parts.length];
            for (int j = 0; j < parts.length; j++) {
                this.completedBy[i][j] = new Requirement(parts[j]);
            }
        }
    }

    /**
     * One requirement of a completed_by alternative: "origin", "determined:field", an event type, or an event type
     * with attribute values ({@code ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM,caseload=TAKEN_ON)}).
     */
    static final class Requirement {
        final String text;
        final EventType event;
        final EventAttribute[] attributes;
        final String[] values;
        final String determination;

        Requirement(String text) {
            this.text = text;
            String determined = null;
            EventType type = null;
            EventAttribute[] as = new EventAttribute[0];
            String[] vs = new String[0];
            if (text.startsWith("determined:")) {
                determined = text.substring("determined:".length());
            } else if (!text.equals("origin")) {
                int paren = text.indexOf('(');
                type = EventType.valueOf(paren < 0 ? text : text.substring(0, paren));
                if (paren >= 0) {
                    String[] pairs = text.substring(paren + 1, text.length() - 1).split(",");
                    as = new EventAttribute[pairs.length];
                    vs = new String[pairs.length];
                    for (int i = 0; i < pairs.length; i++) {
                        String[] kv = pairs[i].split("=");
                        as[i] = EventAttribute.byJsonName(kv[0]);
                        vs[i] = kv[1];
                    }
                }
            }
            this.determination = determined;
            this.event = type;
            this.attributes = as;
            this.values = vs;
        }

        /** @return true when the event is of this requirement's type and carries every attribute value it names */
        boolean matches(org.throughcare.core.Event e) {
            if (e.type() != event) {
                return false;
            }
            for (int i = 0; i < attributes.length; i++) {
                Object v = e.attribute(attributes[i]);
                if (v == null || !values[i].equals(v instanceof Enum<?> en ? en.name() : String.valueOf(v))) {
                    return false;
                }
            }
            return true;
        }
    }
}
