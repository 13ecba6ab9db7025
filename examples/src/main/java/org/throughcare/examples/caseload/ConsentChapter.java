package org.throughcare.examples.caseload;

import java.time.ZonedDateTime;
import org.throughcare.core.ConsentStatus;

/**
 * The person's consent to information sharing: given (now and then withdrawn later), refused, or never recorded; and
 * sometimes an exception under existing confidentiality arrangements (more often where consent is refused or
 * withdrawn). The reason for another lawful exception is a neutral made-up reference, never free text about anyone.
 */
final class ConsentChapter {
    private ConsentChapter() {
    }

    /** The consent decision taken at {@code at}, unless the story has one already. */
    static void decide(Story s, Dice d, Moments m, ZonedDateTime at) {
        if (!s.consent.isEmpty()) {
            return;
        }
        boolean unwilling = false;
        if (d.chance(0.85)) {
            ConsentStatus first = d.chance(0.8) ? ConsentStatus.GIVEN : ConsentStatus.REFUSED;
            s.consent.add(new Story.ConsentStep(first, at));
            unwilling = first == ConsentStatus.REFUSED;
            if (first == ConsentStatus.GIVEN && d.chance(0.12)) {
                s.consent.add(new Story.ConsentStep(ConsentStatus.WITHDRAWN, m.daytime(m.daysAfter(at, 1, 20))));
                unwilling = true;
            }
        }
        if (d.chance(unwilling ? 0.4 : 0.08)) {
            switch (d.weighted(40, 25, 20, 15)) {
                case 0 -> s.riskOfHarm = true;
                case 1 -> s.requiredAssessment = true;
                case 2 -> s.restrictionOnBail = true;
                default -> s.otherLawfulException = d.pick("court order", "statutory request", "safeguarding referral",
                        "information-sharing protocol") + " reference " + d.between(1, 99);
            }
        }
    }

    /** @return true when consent was refused first and no exception applies (the CJIT is then unlikely to share) */
    static boolean refusedWithoutException(Story s) {
        return !s.consent.isEmpty() && s.consent.get(0).status() == ConsentStatus.REFUSED && !s.riskOfHarm
                && !s.requiredAssessment && !s.restrictionOnBail && s.otherLawfulException == null;
    }
}
