package org.throughcare.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Origin;
import org.throughcare.core.PlannedDate;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;

/**
 * Where a reception routes on, written by hand: process point 3 ({@code community/pp3-*.drl}), process point 4
 * ({@code community/pp4-*.drl}) and the DIR at the prison ({@code dir/dir-retention-and-use.drl}), process points 5
 * and 6 ({@code prison/*.drl}), the duties of process points 7 and 8 that start in the main prison
 * ({@code release/pp7-responsibilities-until-exit.drl}, {@code exit/process-point-8-transfer-to-a-new-prison.drl},
 * with the receiving team's duties on a transfer), process point 11's closure of the sending team's caseload
 * ({@code court/process-point-11-court-to-a-new-prison.drl}) and Annex A and D's consent duties
 * ({@code consent/consent-and-referral-duties.drl}).
 *
 * <p>Only the facts the thread's snapshots carry are read: the six England determinations, the Part 1 to process
 * point 2 events, consent and planned dates. Rules that need facts those snapshots never hold (PPO or drug misuse
 * evidence events, LIDS flags, a prisoner's own PPO claim, a DIR raised by the prison, the release date or a
 * transfer becoming known, court productions, Alert Forms, movements out of prison) are not written here. A release
 * date recorded (the PP2 scenario's) is read: it is known from the entry into the main prison
 * ({@code release/release-date-known.drl}), which starts pre-release planning.
 */
final class InPrisonRules {
    private InPrisonRules() {
    }

    static void raise(Case c, List<Raised> raised) {
        // ENG-COC-CONS-12: consent refused, at any point of the journey, from the instant of the refusal
        if (c.consent == ConsentStatus.REFUSED && c.consentDecidedAt != null) {
            raised.add(Raised.at(Row.ADVISE_CLIENT_TREATMENT_MAY_BE_DELAYED, "CONSENT_REFUSED", c.consentDecidedAt));
        }
        if (!c.received) {
            return;
        }
        ZonedDateTime reception = c.reception;
        Origin origin = c.s.custody().origin();
        if (origin == Origin.COURT_FROM_OTHER_PRISON) {
            // process-point-11-court-to-a-new-prison.drl: the non-return established in this period (before any
            // production from this prison), else the reception
            Event established = null;
            for (Event e : c.period) {
                if (e.type() == EventType.PRODUCED_AT_COURT) {
                    break;
                }
                if (e.type() == EventType.NON_RETURN_FROM_COURT_ESTABLISHED) {
                    established = e;
                    break;
                }
            }
            raised.add(established != null ? Raised.byEvent(Row.SENDING_SMT_CLOSE_CASELOAD_AFTER_COURT, established)
                    : Raised.atReception(Row.SENDING_SMT_CLOSE_CASELOAD_AFTER_COURT, reception));
        }
        if ("PP2".equals(c.route)) {
            // process-point-8-transfer-to-a-new-prison.drl, the receiving team (PP8-11, PP8-12)
            if (origin == Origin.OTHER_PRISON && c.d.value("inContactWithPreviousPrisonTeam") == TriState.YES) {
                raised.add(Raised.atReception(Row.RECEIVING_SMT_ALERT_CJIT_OF_ARRIVAL, reception));
                raised.add(Raised.atReception(Row.RECEIVING_SMT_ACTIVITY_FORM_TAKE_ON, reception));
            }
            receptionDuties(c, raised, reception);
            c.pp5 = reception;                          // pp2-next-point.drl (RT-04)
        } else if ("PP3".equals(c.route)) {
            processPoint3(c, raised);
        }
        if (c.pp5 != null) {
            processPoints5And6(c, raised);
        }
    }

    /** pp3-ppo-and-problematic-drug-misuser.drl, pp3-ppo-liaison-point.drl, pp3-next-point.drl. */
    private static void processPoint3(Case c, List<Raised> raised) {
        ZonedDateTime since = c.reception;
        raised.add(Raised.atReception(Row.SMT_DETERMINE_PPO_AND_DRUG_MISUSE, since));
        raised.add(Raised.atReception(Row.SMT_CHECK_LIDS_FOR_PPO, since));
        // The two findings, from the staff determinations (the only source the thread's snapshots record).
        Determination ppo = c.d.get("ppo");
        Determination drugs = c.d.get("problematicDrugUse");
        boolean isPpo = ppo.value() == TriState.YES;
        boolean misuser = drugs.value() == TriState.YES;
        if (isPpo) {
            raised.add(Raised.atReception(Row.PPO_LIAISON_POINT_NOTIFY_SMT, since));
        }
        if (isPpo && misuser) {
            ZonedDateTime at = since;
            if (ppo.determinedAt() != null && ppo.determinedAt().isAfter(at)) {
                at = ppo.determinedAt();
            }
            if (drugs.determinedAt() != null && drugs.determinedAt().isAfter(at)) {
                at = drugs.determinedAt();
            }
            raised.add(Raised.at(Row.SMT_FOLLOW_NOMS_PPO_GUIDANCE, "PPO_AND_DRUG_MISUSER", at));
        }
        if (isPpo || misuser) {
            processPoint4(c, raised, since);            // RT-05
        }
    }

    /** community/pp4-*.drl, dir/dir-retention-and-use.drl and pp4-next-point.drl. */
    private static void processPoint4(Case c, List<Raised> raised, ZonedDateTime since) {
        receptionDuties(c, raised, since);
        raised.add(Raised.atReception(Row.SMT_ASK_CJIT_CONTACT, since));
        Determination cjit = c.d.get("inContactWithCjit");
        if (cjit.value().isDetermined()) {
            raised.add(Raised.at(cjit.value() == TriState.YES ? Row.SMT_CONTACT_NAMED_CJIT_FOR_DIR
                    : Row.SMT_CHECK_FOR_CJIT_CONTACT, "CJIT_CONTACT_ANSWERED",
                    notBefore(cjit.determinedAt(), since)));
        }
        for (Event e : c.period) {
            if (e.type() == EventType.SMT_CONTACTED_CJIT_FOR_DIR) {
                raised.add(Raised.byEvent(Row.CJIT_SEND_DIR_ON_REQUEST, e));   // the first request only
                break;
            }
        }
        raised.add(Raised.atReception(Row.SMT_ASSESS_ENTRANT_CLINICAL_NEEDS, since));
        Determination need = c.d.get("substanceMisuseNeed");
        if (need.value() == TriState.YES) {
            raised.add(c.firstAssessment != null
                    ? Raised.at(Row.SMT_REFER_ENTRANT_TO_CARATS, "CLINICAL_ASSESSMENT_COMPLETED", c.firstAssessment)
                    : Raised.at(Row.SMT_REFER_ENTRANT_TO_CARATS, "SUBSTANCE_MISUSE_NEED_FOUND",
                    notBefore(need.determinedAt(), since)));
        } else if (need.value() == TriState.NOT_DETERMINED) {
            raised.add(c.firstReferral != null
                    ? Raised.at(Row.SMT_REFER_ENTRANT_TO_CARATS, "REFERRED_TO_CARATS", c.firstReferral)
                    : Raised.pending(Row.SMT_REFER_ENTRANT_TO_CARATS, "CLINICAL_ASSESSMENT_COMPLETED", null));
        }
        if (c.firstReferral != null) {
            raised.add(Raised.at(Row.CARATS_ENGAGE_ENTRANT, "REFERRED_TO_CARATS", c.firstReferral));
            raised.add(Raised.at(Row.CARATS_COMPLETE_SMTA, "REFERRED_TO_CARATS", c.firstReferral));
        }
        // pp4-first-five-days.drl
        raised.add(Raised.atReception(Row.CARATS_APPOINT_KEY_WORKER, since));
        raised.add(Raised.atReception(Row.SMT_CLINICAL_SMTA_DAY_1, since));
        raised.add(Raised.atReception(Row.CARATS_COMPLETE_CSMA_AND_CARE_PLAN, since));
        raised.add(Raised.atReception(Row.SMT_ACTIVITY_FORM_TO_DATA_TEAM, since));
        ZonedDateTime dir = Case.first(c.period, EventType.DIR_RECEIVED_BY_PRISON);
        ZonedDateTime held = dir == null ? null : notBefore(dir, since);
        LocalDate day1 = since.toLocalDate();
        if (dir != null) {
            raised.add(Raised.anchored(Row.SMT_ACTIVITY_FORM_CASE_TRANSFER, "DIR_RECEIVED_BY_PRISON", held, day1, null));
        }
        // pp4-new-dir.drl: no DIR within 24 hours of entry
        ZonedDateTime after24 = since.plusHours(24);
        if (!c.s.asOf().isBefore(after24)) {
            if (!c.any(EventType.DIR_RECEIVED_BY_PRISON, after24)) {
                raised.add(Raised.anchored(Row.SMT_OPEN_NEW_DIR, "NO_DIR_24_HOURS_AFTER_ENTRY", after24, day1, null));
            }
        } else if (dir == null) {
            raised.add(new Raised(Row.SMT_OPEN_NEW_DIR, "NO_DIR_24_HOURS_AFTER_ENTRY", after24, true, day1, null));
        }
        // pp4-next-point.drl (RT-07): on to process point 5 once the CSMA and care plan are complete before day 5, or
        // from the start of day 5
        ZonedDateTime day5 = day1.plusDays(4).atStartOfDay(Times.LONDON);
        ZonedDateTime csma = Case.first(c.period, EventType.CSMA_AND_CARE_PLAN_COMPLETED);
        if (csma != null && csma.isBefore(day5)) {
            c.pp5 = csma;
        } else if (!c.s.asOf().isBefore(day5)) {
            c.pp5 = day5;
        }
        // dir-retention-and-use.drl: the DIR is kept until the release date is known (AMB-49), which for a release
        // date recorded (the thread's snapshots hold no RELEASE_DATE_KNOWN) is the entry into the main prison
        if (dir != null) {
            if (earliestRelease(c) == null || c.pp5 == null) {
                raised.add(Raised.at(Row.SMT_RETAIN_DIR, "DIR_HELD", held));
            }
            raised.add(Raised.at(Row.CARATS_USE_DIR_TO_REFER_OUT, "DIR_HELD", held));
        }
    }

    /**
     * process-point-5-entry-to-the-main-prison.drl, process-point-6-on-going-care.drl (RT-08: process point 6 from
     * the same time), the main-prison duties of process points 7 and 8, and consent-and-referral-duties.drl.
     */
    private static void processPoints5And6(Case c, List<Raised> raised) {
        ZonedDateTime pp5 = c.pp5;
        String tier = HandWrittenThread.priority(c.d, c.settings);
        if ("TIER_1".equals(tier) || "TIER_2".equals(tier)) {
            raised.add(Raised.at(Row.SMT_PRIORITISE_INTERVENTIONS, "MAIN_PRISON", pp5));
        }
        // release/release-date-known.drl: a release date recorded, with no RELEASE_DATE_KNOWN (which the thread's
        // snapshots never hold), is known from the entry into the main prison
        LocalDate release = earliestRelease(c);
        if (release != null) {
            raised.add(Raised.at(Row.SMT_TELL_CJIT_RELEASE_DATE, "MAIN_PRISON", pp5));
            releasePlanning(c, raised, release);
        }
        raised.add(Raised.at(Row.CARATS_NORMAL_NEEDS_ASSESSMENT, "MAIN_PRISON", pp5));
        if (c.consent == ConsentStatus.GIVEN) {
            ZonedDateTime given = c.consentDate == null ? null : c.consentDate.atStartOfDay(Times.LONDON);
            raised.add(given == null || !given.isAfter(pp5)
                    ? Raised.at(Row.CARATS_TELL_DEPARTMENTS_OF_CONSENT, "MAIN_PRISON", pp5)
                    : Raised.at(Row.CARATS_TELL_DEPARTMENTS_OF_CONSENT, "CONSENT_GIVEN", given));
            raised.add(Raised.at(Row.OM_KEEP_CARATS_INFORMED, "MAIN_PRISON", pp5));
        }
        if (!c.inCommunity) {
            // in prison, on-going care while no exit is anticipated: no release date known (the thread's snapshots
            // know no transfer)
            if (release == null) {
                raised.add(Raised.at(Row.SMT_ONGOING_CONTINUITY_OF_CARE, "MAIN_PRISON", pp5));
            }
            raised.add(Raised.at(Row.SMT_OMU_LINKS_FOR_EXIT, "MAIN_PRISON", pp5));
            raised.add(Raised.at(Row.SMT_OMU_OCA_LINKS_FOR_TRANSFERS, "MAIN_PRISON", pp5));
            raised.add(Raised.at(Row.SMT_CHECK_LIDS_DAILY_FOR_TRANSFERS, "MAIN_PRISON", pp5));
        }
    }

    /**
     * Process point 7 once the release date is known at the entry into the main prison (RT-09): the release plan and
     * the three-way meeting six weeks before the earliest expected release date (pp7-release-plan.drl,
     * pp7-three-way-meeting.drl), the DIR informing the plan while under six months old (dir-age-in-release-plan.drl)
     * and, in prison, the standing duties until exit (pp7-responsibilities-until-exit.drl; PP7-18 needs an End of
     * Custody Licence date, which the thread's snapshots never hold).
     */
    private static void releasePlanning(Case c, List<Raised> raised, LocalDate release) {
        ZonedDateTime known = c.pp5;
        String what = earliestReleaseDescription(c, release);
        raised.add(Raised.anchored(Row.CARATS_DRAW_UP_RELEASE_PLAN, "MAIN_PRISON", known, release, what));
        raised.add(Raised.anchored(Row.CARATS_HOLD_THREE_WAY_MEETING, "MAIN_PRISON", known, release, what));
        ZonedDateTime meeting = null;
        for (Event e : c.period) {
            if (e.type() == EventType.RELEASE_PLAN_MEETING && Boolean.TRUE.equals(e.attribute(EventAttribute.PLAN_AGREED))
                    && !e.at().isBefore(known)) {
                meeting = e.at();
                break;
            }
        }
        LocalDate reliedOn = meeting != null ? meeting.toLocalDate() : c.s.asOf().toLocalDate();
        if (c.s.dir().underSixMonthsOn(reliedOn)) {
            raised.add(Raised.at(Row.CARATS_USE_DIR_IN_RELEASE_PLAN, "MAIN_PRISON", known));
        }
        if (!c.inCommunity) {
            raised.add(Raised.at(Row.SMT_HOLDS_CASELOAD_UNTIL_EXIT, "MAIN_PRISON", known));
            raised.add(Raised.at(Row.CJIT_ATTEND_RELEASE_PLAN_MEETINGS, "MAIN_PRISON", known));
            raised.add(Raised.at(Row.CJIT_TELL_SMT_OF_OWN_CONTACT, "MAIN_PRISON", known));
        }
    }

    /** @return the earliest expected release date (CaseFacts.getEarliestRelease()), or null */
    static LocalDate earliestRelease(Case c) {
        LocalDate best = null;
        for (PlannedDate p : List.of(PlannedDate.EXPECTED_RELEASE, PlannedDate.APPROVED_HDC_RELEASE,
                PlannedDate.APPROVED_ECL_RELEASE)) {
            LocalDate d = c.s.custody().planned().get(p);
            if (d != null && (best == null || d.isBefore(best))) {
                best = d;
            }
        }
        return best;
    }

    /** @return what the earliest expected release date is, in words (CaseFacts.getEarliestReleaseDescription()) */
    private static String earliestReleaseDescription(Case c, LocalDate release) {
        if (release.equals(c.s.custody().planned().get(PlannedDate.EXPECTED_RELEASE))) {
            return "the expected release date";
        }
        return release.equals(c.s.custody().planned().get(PlannedDate.APPROVED_HDC_RELEASE))
                ? "the approved Home Detention Curfew release date" : "the approved End of Custody Licence release date";
    }

    /** @return the later of {@code at} and {@code since}; {@code since} when {@code at} is null (JourneyPoint.notBefore) */
    private static ZonedDateTime notBefore(ZonedDateTime at, ZonedDateTime since) {
        return at == null || at.isBefore(since) ? since : at;
    }

    /**
     * The duties of a prisoner at process point 2 or 4, from the reception ({@code since}):
     * consent-and-referral-duties.drl (CONS-08, CONS-14) and dir-retention-and-use.drl (DIR-11).
     */
    private static void receptionDuties(Case c, List<Raised> raised, ZonedDateTime since) {
        raised.add(Raised.atReception(Row.SMT_EXPLAIN_INFORMATION_SHARING, since));
        if (c.consent == ConsentStatus.GIVEN && c.consentDecidedAt != null) {
            raised.add(Raised.at(Row.CARATS_MARK_CARAT_FILE_DIP, "CONSENT_GIVEN", notBefore(c.consentDecidedAt, since)));
        }
    }
}
