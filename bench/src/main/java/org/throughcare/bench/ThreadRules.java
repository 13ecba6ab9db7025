package org.throughcare.bench;

import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Settings;
import org.throughcare.core.TriState;

/**
 * The thread written by hand: England 2009 Part 1 ({@code part1/cjit-dir-transfer.drl},
 * {@code part1/cjit-case-closure.drl}), process point 1 ({@code reception/key-action-drug-misuse-question.drl},
 * {@code reception/process-point-1-origin.drl}) and process point 2 ({@code transfer/pp2-*.drl}).
 */
final class ThreadRules {
    private ThreadRules() {
    }

    static void raise(Case c, List<Raised> raised) {
        // Part 1: one action per event; no reception needed.
        boolean cjitWorkedTheCase = false;
        for (Event e : c.period) {
            switch (e.type()) {
                case DIP_REFERRAL -> {
                    raised.add(Raised.byEvent(Row.CJIT_COMPLETE_DIR, e));
                    cjitWorkedTheCase = true;
                }
                case COURT_REMAND_OR_SENTENCE -> {
                    raised.add(Raised.byEvent(Row.CJIT_TRACK_DESTINATION, e));
                    cjitWorkedTheCase = true;
                }
                case CJIT_AWARE_OF_DESTINATION -> {
                    raised.add(Raised.byEvent(Row.CJIT_SEND_DIR_TO_PRISON, e));
                    cjitWorkedTheCase = true;
                }
                case DIR_SENT_TO_PRISON -> {
                    raised.add(Raised.byEvent(Row.CJIT_PHONE_SMT, e));
                    cjitWorkedTheCase = true;
                }
                default -> {
                }
            }
        }
        if (!c.received) {
            return;
        }
        ZonedDateTime reception = c.reception;
        // cjit-case-closure.drl: entry from the community (not a transfer routed to process point 2).
        if (!"PP2".equals(c.route) && (c.d.value("inContactWithCjit") == TriState.YES || cjitWorkedTheCase)) {
            raised.add(Raised.atReception(Row.CJIT_CLOSE_CASE, reception));
        }
        // key-action-drug-misuse-question.drl
        raised.add(Raised.atReception(Row.SMT_ASK_DRUG_MISUSE, reception));
        if ("PP3".equals(c.route) && c.d.value("problematicDrugUse") == TriState.YES) {
            if (c.firstAssessment != null) {
                for (Event e : c.period) {
                    if (e.type() == EventType.CLINICAL_ASSESSMENT_COMPLETED && e.at().isEqual(c.firstAssessment)
                            && !c.any(EventType.DIR_RECEIVED_BY_PRISON, e.at())) {
                        raised.add(Raised.byEvent(Row.SMT_CONTACT_CJIT_FOR_MISSING_DIR, e));
                    }
                }
            } else if (!c.any(EventType.DIR_RECEIVED_BY_PRISON, null)) {
                raised.add(Raised.pending(Row.SMT_CONTACT_CJIT_FOR_MISSING_DIR, "CLINICAL_ASSESSMENT_COMPLETED", null));
            }
        }
        // process-point-1-origin.drl
        raised.add(Raised.atReception(Row.SMT_ESTABLISH_ORIGIN, reception));
        if ("PP2".equals(c.route)) {
            processPoint2(c, raised);
        }
    }

    /** transfer/pp2-*.drl. */
    private static void processPoint2(Case c, List<Raised> raised) {
        ZonedDateTime reception = c.reception;
        raised.add(Raised.atReception(Row.SMT_ASK_TRANSFER_QUESTIONS, reception));
        TriState contact = c.d.value("inContactWithPreviousPrisonTeam");
        switch (contact) {
            case YES -> raised.add(Raised.atReception(Row.SMT_RETRIEVE_ESCORT_FILES, reception));
            case NOT_DETERMINED -> raised.add(Raised.pending(Row.SMT_RETRIEVE_ESCORT_FILES, "RECEPTION", reception));
            default -> {
            }
        }
        // pp2-clinical-assessment.drl: for a prisoner in contact with the previous team (pp2ClinicalAssessment
        // IN_CONTACT_ONLY, the default), or for every transferee (ALWAYS, AMB-43)
        TriState stable = c.d.value("stableAtReceptionScreen");
        if ("ALWAYS".equals(c.settings.get(Settings.PP2_CLINICAL_ASSESSMENT)) || contact == TriState.YES) {
            switch (stable) {
                case YES -> raised.add(Raised.atReception(Row.SMT_ASSESS_CLINICAL_NEEDS, reception));
                case NO -> raised.add(Raised.atReception(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, reception));
                case NOT_DETERMINED -> raised.add(c.firstAssessment == null
                        ? Raised.pending(Row.SMT_ASSESS_CLINICAL_NEEDS, "RECEPTION", reception)
                        : Raised.atReception(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, reception));
            }
        } else if (contact == TriState.NOT_DETERMINED) {
            raised.add(stable == TriState.NO
                    ? Raised.pending(Row.SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE, "RECEPTION", reception)
                    : Raised.pending(Row.SMT_ASSESS_CLINICAL_NEEDS, "RECEPTION", reception));
        }
        TriState need = c.d.value("substanceMisuseNeed");
        for (Event e : c.period) {
            if (need == TriState.YES && e.type() == EventType.CLINICAL_ASSESSMENT_COMPLETED
                    && e.at().isEqual(c.firstAssessment)) {
                raised.add(Raised.byEvent(Row.SMT_REFER_TO_CARATS, e));
            } else if (e.type() == EventType.REFERRED_TO_CARATS && e.at().isEqual(c.firstReferral)) {
                raised.add(Raised.byEvent(Row.CARATS_ENGAGE_PRISONER, e));
            } else if (e.type() == EventType.CARAT_FILE_MISSING && e.at().isEqual(c.firstMissingFile)) {
                raised.add(Raised.byEvent(Row.CARATS_REQUEST_CARAT_FILE, e));
            } else if (e.type() == EventType.CARAT_FILE_REQUESTED) {
                raised.add(Raised.byEvent(Row.SENDING_CARATS_FORWARD_FILE, e));
            }
        }
        if (need == TriState.YES && c.firstAssessment == null) {
            // A need recorded without an assessment event: the referral is triggered when the need was found.
            ZonedDateTime found = c.d.get("substanceMisuseNeed").determinedAt();
            raised.add(Raised.at(Row.SMT_REFER_TO_CARATS, "SUBSTANCE_MISUSE_NEED_FOUND",
                    found != null ? found : reception));
        } else if (need == TriState.NOT_DETERMINED && c.firstReferral != null) {
            // A referral CARATs received shows the need was found: the referral is raised by it, and done.
            raised.add(Raised.at(Row.SMT_REFER_TO_CARATS, "REFERRED_TO_CARATS", c.firstReferral));
        } else if (need == TriState.NOT_DETERMINED) {
            raised.add(Raised.pending(Row.SMT_REFER_TO_CARATS, "CLINICAL_ASSESSMENT_COMPLETED", null));
        }
    }
}
