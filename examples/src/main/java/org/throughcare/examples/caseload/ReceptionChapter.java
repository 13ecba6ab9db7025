package org.throughcare.examples.caseload;

import static org.throughcare.core.EventType.CARATS_FIRST_CONTACT;
import static org.throughcare.core.EventType.CJIT_CASE_CLOSED;
import static org.throughcare.core.EventType.CLINICAL_ASSESSMENT_COMPLETED;
import static org.throughcare.core.EventType.DIR_RECEIVED_BY_PRISON;
import static org.throughcare.core.EventType.REFERRED_TO_CARATS;
import static org.throughcare.core.EventType.SMT_CONTACTED_CJIT_FOR_DIR;

import java.time.ZonedDateTime;
import org.throughcare.core.Origin;
import org.throughcare.core.TriState;

/**
 * England 2009 process point 1 for an arrival from the community: the reception (the evening after court, or a
 * recall), reception staff establishing the origin, the question whether the prisoner is a problematic drug misuser
 * (key action 2), the clinical assessment, the DIR arriving from the CJIT (or the team contacting the CJIT for it)
 * and the CJIT closing its case.
 */
final class ReceptionChapter {
    private ReceptionChapter() {
    }

    /** A person arriving from the community; a CJIT client about half the time. */
    static void fromCommunity(Story s, Dice d, Moments m, ZonedDateTime start) {
        boolean cjitClient = d.chance(0.55);
        ZonedDateTime reception;
        if (cjitClient) {
            CommunityChapter.tell(s, d, m, start);
        }
        if (s.court != null) {
            reception = m.minutesAfter(s.court, 120, 480);
            s.origin = d.chance(0.9) ? Origin.COMMUNITY_VIA_COURT : Origin.OTHER_COMMUNITY;
        } else if (cjitClient) {
            // a client the CJIT knew in the community, recalled on licence: returned by the police
            reception = m.daysAfter(s.earliest(), 2, 40);
            s.origin = Origin.OTHER_COMMUNITY;
            SentenceChapter.earlier(s, d, reception, 1.0, true);
        } else if (d.chance(0.7)) {
            reception = start;
            s.origin = Origin.COMMUNITY_VIA_COURT;
            SentenceChapter.atCourt(s, d, reception.minusMinutes(d.between(60, 360)));
        } else {
            reception = start;
            s.origin = Origin.OTHER_COMMUNITY;
            SentenceChapter.earlier(s, d, reception, 0.9, true);
        }
        receive(s, d, m, reception);
        ask(s, d, m, reception, cjitClient);
        ZonedDateTime assessed = d.chance(0.65) ? assess(s, d, m, reception) : null;
        ZonedDateTime dirReceived = null;
        if (s.dirSentAt != null && d.chance(0.75)) {
            dirReceived = s.add(DIR_RECEIVED_BY_PRISON, d.chance(0.7) ? m.minutesAfter(s.dirSentAt, 5, 240)
                    : m.daytime(m.minutesAfter(s.dirSentAt, 240, 30 * 60)));
        }
        if (assessed != null && (dirReceived == null || dirReceived.isAfter(assessed)) && d.chance(0.55)) {
            s.add(SMT_CONTACTED_CJIT_FOR_DIR, m.daytime(m.minutesAfter(assessed, 5, 300)));
        }
        if (cjitClient && d.chance(0.55)) {
            s.add(CJIT_CASE_CLOSED, m.daytime(m.hoursAfter(reception, 3, 120)));
        }
        s.asOfNotBefore = reception;
    }

    /** The reception at {@code at}; staff establish the origin already set on the story a few minutes later. */
    static void receive(Story s, Dice d, Moments m, ZonedDateTime at) {
        s.reception = at;
        s.focus.add(at);
        s.originEstablished = m.minutesAfter(at, 2, 45);
        s.originTimeRecorded = d.chance(0.92);
    }

    /** Leaves the origin unestablished at {@code asOf}: never recorded, or the snapshot comes before it is. */
    static void leaveOriginPending(Story s, Dice d) {
        if (d.chance(0.5)) {
            s.origin = null;
            s.originEstablished = null;
            s.asOfNotBefore = s.reception;
        } else {
            s.asOfNotBefore = s.reception;
            s.asOfNotAfter = s.originEstablished.minusSeconds(1);
        }
        s.focus.clear();
        s.focus.add(s.reception);
    }

    /** The reception questions: problematic drug misuser, PPO, the health screen, contact with a CJIT. */
    private static void ask(Story s, Dice d, Moments m, ZonedDateTime r, boolean cjitClient) {
        if (d.chance(0.85)) {
            s.decide(Story.Field.PROBLEMATIC_DRUG_USE, d.chance(0.6) ? TriState.YES : TriState.NO,
                    m.minutesAfter(r, 5, 120), d.chance(0.92));
        }
        if (d.chance(0.6)) {
            s.decide(Story.Field.PPO, d.chance(0.2) ? TriState.YES : TriState.NO, m.minutesAfter(r, 5, 180),
                    d.chance(0.92));
        }
        if (d.chance(0.45)) {
            s.decide(Story.Field.STABLE_AT_RECEPTION_SCREEN, d.chance(0.85) ? TriState.YES : TriState.NO,
                    m.minutesAfter(r, 5, 40), d.chance(0.92));
        }
        if (!cjitClient && d.chance(0.5)) {
            s.decide(Story.Field.IN_CONTACT_WITH_CJIT, d.chance(0.15) ? TriState.YES : TriState.NO,
                    m.minutesAfter(r, 10, 120), d.chance(0.92));
        }
        if (d.chance(0.5)) {
            ConsentChapter.decide(s, d, m, m.minutesAfter(r, 30, 600));
        }
    }

    /** The clinical assessment, its finding and, sometimes, the referral to CARATs and their first contact. */
    private static ZonedDateTime assess(Story s, Dice d, Moments m, ZonedDateTime r) {
        ZonedDateTime at = s.addFocus(CLINICAL_ASSESSMENT_COMPLETED, m.daytime(m.hoursAfter(r, 2, 72)));
        TriState need = d.chance(0.65) ? TriState.YES : TriState.NO;
        s.decide(Story.Field.SUBSTANCE_MISUSE_NEED, need, at, d.chance(0.9));
        if (need == TriState.YES && d.chance(0.5)) {
            ZonedDateTime referred = s.add(REFERRED_TO_CARATS, m.daytime(m.minutesAfter(at, 15, 2 * 1440)));
            if (d.chance(0.7)) {
                s.add(CARATS_FIRST_CONTACT, m.daytime(m.hoursAfter(referred, 2, 168)));
            }
        }
        return at;
    }
}
