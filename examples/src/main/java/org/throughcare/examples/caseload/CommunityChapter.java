package org.throughcare.examples.caseload;

import static org.throughcare.core.EventType.CJIT_AWARE_OF_DESTINATION;
import static org.throughcare.core.EventType.CJIT_PHONE_FOLLOW_UP;
import static org.throughcare.core.EventType.COURT_REMAND_OR_SENTENCE;
import static org.throughcare.core.EventType.DIP_REFERRAL;
import static org.throughcare.core.EventType.DIR_COMPLETED;
import static org.throughcare.core.EventType.DIR_SENT_TO_PRISON;

import java.time.ZonedDateTime;
import org.throughcare.core.TriState;

/**
 * England 2009 Part 1, before prison entry, as the CJIT sees it: a DIP referral and its DIR (days or weeks before
 * court), the court's remand or sentence, the CJIT learning the destination prison (usually within hours), the DIR
 * sent to the prison (usually within the 24 hours, sometimes late, sometimes not at all) and the follow-up phone
 * call. The court sits on the day the story starts, usually in working hours on a weekday, so that the 24 hours
 * often run into a weekend, a bank holiday or a clock change.
 */
final class CommunityChapter {
    private CommunityChapter() {
    }

    static void tell(Story s, Dice d, Moments m, ZonedDateTime start) {
        ZonedDateTime court = d.chance(0.85) ? m.courtSitting(start) : start;
        boolean referral = d.chance(0.8);
        if (referral) {
            boolean reachesCourt = d.chance(0.92);
            ZonedDateTime referred = reachesCourt ? m.daytime(court.minusMinutes(d.between(1440, 45 * 1440)))
                    : start;
            if (!referred.isBefore(court) && reachesCourt) {
                referred = court.minusDays(1);
            }
            referral(s, d, m, referred, reachesCourt ? court : null);
            if (!reachesCourt) {
                return;
            }
        } else {
            if (d.chance(0.6)) {
                s.decide(Story.Field.IN_CONTACT_WITH_CJIT, TriState.YES, court, d.chance(0.9));
            }
            if (d.chance(0.5)) {
                ConsentChapter.decide(s, d, m, m.minutesAfter(court, 5, 60));
            }
        }
        s.court = s.addFocus(COURT_REMAND_OR_SENTENCE, court);
        SentenceChapter.atCourt(s, d, court);
        if (!d.chance(0.86)) {
            return;
        }
        ZonedDateTime aware = s.addFocus(CJIT_AWARE_OF_DESTINATION, d.chance(0.88) ? m.minutesAfter(court, 10, 360)
                : m.daytime(m.hoursAfter(court, 12, 96)));
        if (!d.chance(ConsentChapter.refusedWithoutException(s) ? 0.2 : 0.8)) {
            return;
        }
        ZonedDateTime sent = switch (d.weighted(65, 25, 10)) {
            case 0 -> m.minutesAfter(aware, 20, 20 * 60);
            case 1 -> m.daytime(m.hoursAfter(aware, 20, 30));
            default -> m.daytime(m.hoursAfter(aware, 30, 120));
        };
        s.dirSentAt = s.addFocus(DIR_SENT_TO_PRISON, sent);
        if (d.chance(0.6)) {
            s.addFocus(CJIT_PHONE_FOLLOW_UP, m.daytime(m.minutesAfter(sent, 5, 240)));
        }
    }

    /** The referral at {@code at}, the CJIT's first determinations, the DIR (before {@code court}, if any), consent. */
    private static void referral(Story s, Dice d, Moments m, ZonedDateTime at, ZonedDateTime court) {
        s.addFocus(DIP_REFERRAL, at);
        if (d.chance(0.75)) {
            s.decide(Story.Field.IN_CONTACT_WITH_CJIT, TriState.YES, m.minutesAfter(at, 0, 30), d.chance(0.9));
        }
        if (d.chance(0.4)) {
            s.decide(Story.Field.PROBLEMATIC_DRUG_USE, d.chance(0.85) ? TriState.YES : TriState.NO,
                    m.minutesAfter(at, 10, 90), d.chance(0.9));
        }
        if (d.chance(0.2)) {
            s.decide(Story.Field.PPO, d.chance(0.5) ? TriState.YES : TriState.NO, m.minutesAfter(at, 10, 120),
                    d.chance(0.9));
        }
        ZonedDateTime consentAt = m.minutesAfter(at, 5, 60);
        if (d.chance(0.85)) {
            ZonedDateTime done = m.daytime(m.minutesAfter(at, 30, 3 * 1440));
            if (court != null && !done.isBefore(court)) {
                done = at.plusMinutes(30);
            }
            s.dirCompletedAt = s.addFocus(DIR_COMPLETED, done);
            s.dirRecorded = d.chance(0.9);
            consentAt = done;
        }
        ConsentChapter.decide(s, d, m, consentAt);
    }
}
