package org.throughcare.examples.caseload;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.PlannedDates;

/**
 * Remand or sentence: the length in days or in months (or not recorded), and the planned dates that follow from it
 * (expected release about half way, sometimes a Home Detention Curfew eligibility date before it, and for sentences
 * imposed up to 2010 now and then an End of Custody Licence date). No planned date lies before the sentence.
 */
final class SentenceChapter {
    private static final Integer[] MONTHS = {2, 3, 4, 6, 8, 9, 12, 15, 18, 24, 30, 36, 48, 60, 72, 96, 120};

    private SentenceChapter() {
    }

    /** The court at {@code court} remands (a little over half the time) or sentences. */
    static void atCourt(Story s, Dice d, ZonedDateTime court) {
        if (d.chance(0.45)) {
            sentence(s, d, court, length(s, d));
        } else {
            s.status = CustodyStatus.REMAND;
        }
    }

    /**
     * A person already in the system before {@code before}: remanded, or sentenced days to years earlier. A prisoner
     * still serving the sentence is before the expected release; a recalled one ({@code recall}) was released half
     * way through and returned before the end of the sentence.
     */
    static void earlier(Story s, Dice d, ZonedDateTime before, double sentencedChance, boolean recall) {
        if (!d.chance(sentencedChance)) {
            s.status = CustodyStatus.REMAND;
            return;
        }
        int length = length(s, d);
        int daysBefore = recall ? d.between(length / 2 + 1, Math.max(length / 2 + 1, length - 1))
                : d.between(3, Math.max(3, length / 2 - 3));
        LocalDate day = before.toLocalDate().minusDays(daysBefore);
        sentence(s, d, Moments.at(day, LocalTime.of(d.between(10, 16), d.between(0, 59))), length);
    }

    /** Records the length in days, in months or not at all, and returns it in days. */
    private static int length(Story s, Dice d) {
        return switch (d.weighted(30, 60, 10)) {
            case 0 -> s.sentenceDays = d.between(14, 730);
            case 1 -> {
                s.sentenceMonths = d.pick(MONTHS);
                yield s.sentenceMonths * 30;
            }
            default -> d.between(60, 900);
        };
    }

    private static void sentence(Story s, Dice d, ZonedDateTime at, int lengthDays) {
        s.status = CustodyStatus.SENTENCED;
        s.sentencedAt = at;
        s.imposedOnRecorded = d.chance(0.92);
        if (!d.chance(0.8)) {
            return;
        }
        LocalDate imposed = at.toLocalDate();
        LocalDate expected = imposed.plusDays(Math.max(1, lengthDays / 2));
        LocalDate hdc = lengthDays >= 90 && d.chance(0.4)
                ? latest(imposed, expected.minusDays(d.between(14, 135))) : null;
        LocalDate ecl = imposed.getYear() <= 2010 && d.chance(0.25)
                ? latest(imposed, expected.minusDays(d.between(1, 18))) : null;
        s.planned = new PlannedDates(d.chance(0.9) ? expected : null, hdc, ecl);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
