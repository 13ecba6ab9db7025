package org.throughcare.examples.caseload;

import static org.throughcare.core.EventType.CARATS_FIRST_CONTACT;
import static org.throughcare.core.EventType.CARAT_FILE_FORWARDED;
import static org.throughcare.core.EventType.CARAT_FILE_MISSING;
import static org.throughcare.core.EventType.CARAT_FILE_REQUESTED;
import static org.throughcare.core.EventType.CLINICAL_ASSESSMENT_COMPLETED;
import static org.throughcare.core.EventType.ESCORT_FILES_RETRIEVED;
import static org.throughcare.core.EventType.REFERRED_TO_CARATS;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.throughcare.core.Origin;
import org.throughcare.core.TriState;

/**
 * England 2009 process point 2, a transfer from another prison (or from court after being held in another prison):
 * the health screen, the two questions, the escort files (or the CARAT file missing, asked for and forwarded, in
 * time or late), the clinical assessment within 24 hours or not, the referral to CARATs and their first contact.
 */
final class TransferChapter {
    private TransferChapter() {
    }

    static void tell(Story s, Dice d, Moments m, ZonedDateTime start) {
        ZonedDateTime r = start;
        SentenceChapter.earlier(s, d, r, 0.65, false);
        s.origin = d.chance(0.75) ? Origin.OTHER_PRISON : Origin.COURT_FROM_OTHER_PRISON;
        ReceptionChapter.receive(s, d, m, r);
        if (d.chance(0.2)) {
            s.earlierDir = r.toLocalDate().minusDays(d.between(10, 400));
        }
        if (d.chance(0.7)) {
            ZonedDateTime consentAt = d.chance(0.5) ? Moments.at(r.toLocalDate().minusDays(d.between(1, 200)),
                    LocalTime.of(d.between(9, 17), d.between(0, 59))) : m.minutesAfter(r, 30, 600);
            ConsentChapter.decide(s, d, m, consentAt);
        }
        TriState stable = TriState.NOT_DETERMINED;
        if (d.chance(0.8)) {
            stable = d.chance(0.8) ? TriState.YES : TriState.NO;
            s.decide(Story.Field.STABLE_AT_RECEPTION_SCREEN, stable, m.minutesAfter(r, 5, 40), d.chance(0.92));
        }
        ZonedDateTime asked = m.minutesAfter(r, 10, 90);
        if (d.chance(0.85)) {
            s.decide(Story.Field.IN_CONTACT_WITH_PREVIOUS_PRISON_TEAM, d.chance(0.6) ? TriState.YES : TriState.NO,
                    asked, d.chance(0.92));
        }
        if (d.chance(0.85)) {
            s.decide(Story.Field.PPO, d.chance(0.25) ? TriState.YES : TriState.NO, m.minutesAfter(asked, 0, 10),
                    d.chance(0.92));
        }
        if (d.chance(0.5)) {
            s.decide(Story.Field.PROBLEMATIC_DRUG_USE, d.chance(0.6) ? TriState.YES : TriState.NO,
                    m.minutesAfter(asked, 0, 20), d.chance(0.92));
        }
        if (s.value(Story.Field.IN_CONTACT_WITH_PREVIOUS_PRISON_TEAM) == TriState.YES) {
            escortFiles(s, d, m, r);
        }
        if (d.chance(0.8)) {
            assess(s, d, m, r, stable);
        }
        s.asOfNotBefore = r;
    }

    private static void escortFiles(Story s, Dice d, Moments m, ZonedDateTime r) {
        switch (d.weighted(60, 30, 10)) {
            case 0 -> s.add(ESCORT_FILES_RETRIEVED, m.minutesAfter(r, 15, 120));
            case 1 -> {
                ZonedDateTime missing = s.addFocus(CARAT_FILE_MISSING, m.minutesAfter(r, 15, 120));
                if (d.chance(0.75)) {
                    ZonedDateTime requested = s.addFocus(CARAT_FILE_REQUESTED,
                            m.daytime(m.minutesAfter(missing, 20, 3 * 1440)));
                    if (d.chance(0.7)) {
                        s.add(CARAT_FILE_FORWARDED, m.daytime(d.chance(0.65) ? m.minutesAfter(requested, 60, 23 * 60)
                                : m.minutesAfter(requested, 25 * 60, 4 * 1440)));
                    }
                }
            }
            default -> {
                // neither recorded: the files question stays open
            }
        }
    }

    private static void assess(Story s, Dice d, Moments m, ZonedDateTime r, TriState stable) {
        ZonedDateTime at = switch (stable) {
            case YES -> m.daytime(d.chance(0.7) ? m.minutesAfter(r, 120, 23 * 60)
                    : m.minutesAfter(r, 24 * 60, 60 * 60));
            case NO -> m.daytime(m.daysAfter(r, 1, 6));
            case NOT_DETERMINED -> m.daytime(m.hoursAfter(r, 3, 48));
        };
        s.addFocus(CLINICAL_ASSESSMENT_COMPLETED, at);
        TriState need = d.chance(0.7) ? TriState.YES : TriState.NO;
        s.decide(Story.Field.SUBSTANCE_MISUSE_NEED, need, at, d.chance(0.9));
        if (need == TriState.YES && d.chance(0.8)) {
            ZonedDateTime referred = s.addFocus(REFERRED_TO_CARATS,
                    m.daytime(m.minutesAfter(at, 15, 2 * 1440)));
            if (d.chance(0.75)) {
                s.add(CARATS_FIRST_CONTACT, m.daytime(d.chance(0.65) ? m.minutesAfter(referred, 120, 70 * 60)
                        : m.minutesAfter(referred, 3 * 1440, 7 * 1440)));
            }
        }
    }
}
