package org.throughcare.examples.caseload;

import static org.throughcare.core.EventType.CARATS_FIRST_CONTACT;
import static org.throughcare.core.EventType.CLINICAL_ASSESSMENT_COMPLETED;
import static org.throughcare.core.EventType.COURT_REMAND_OR_SENTENCE;
import static org.throughcare.core.EventType.DIP_REFERRAL;
import static org.throughcare.core.EventType.ESCORT_FILES_RETRIEVED;
import static org.throughcare.core.EventType.REFERRED_TO_CARATS;
import static org.throughcare.core.EventType.RELEASED;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * An earlier custody period, ended by a release two weeks to two and a half years before anything else in the story:
 * its events stay in the history, and the engine must leave them out of the current period.
 */
final class PreviousPeriodChapter {
    private PreviousPeriodChapter() {
    }

    static void tell(Story s, Dice d, Moments m) {
        ZonedDateTime first = s.earliest();
        if (s.sentencedAt != null && s.sentencedAt.isBefore(first)) {
            first = s.sentencedAt;
        }
        ZonedDateTime released = Moments.at(first.toLocalDate().minusDays(d.between(14, 900)),
                LocalTime.of(d.between(8, 11), d.between(0, 59)));
        ZonedDateTime received = Moments.at(released.toLocalDate().minusDays(d.between(20, 400)),
                LocalTime.of(d.between(14, 20), d.between(0, 59)));
        if (d.chance(0.35)) {
            s.add(DIP_REFERRAL, m.daytime(received.minusDays(d.between(3, 60))));
            s.add(COURT_REMAND_OR_SENTENCE, received.minusMinutes(d.between(120, 300)));
        }
        if (d.chance(0.3)) {
            s.add(ESCORT_FILES_RETRIEVED, m.minutesAfter(received, 20, 90));
        }
        ZonedDateTime assessed = s.add(CLINICAL_ASSESSMENT_COMPLETED, m.daytime(m.hoursAfter(received, 3, 30)));
        if (d.chance(0.5)) {
            ZonedDateTime referred = s.add(REFERRED_TO_CARATS, m.daytime(m.hoursAfter(assessed, 1, 48)));
            if (d.chance(0.8)) {
                s.add(CARATS_FIRST_CONTACT, m.daytime(m.hoursAfter(referred, 2, 70)));
            }
        }
        s.add(RELEASED, released);
        s.previousReception = received;
        s.previousRelease = released;
    }
}
