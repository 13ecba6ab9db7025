package org.throughcare.examples.caseload;

import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Sex;

/**
 * Who the made-up person is and where: the jurisdiction (mostly England, some Scotland, a few Wales), a made-up
 * prison, the recorded sex and an age of 18 to 70 at {@code asOf} (the date of birth follows from it).
 */
final class PersonChapter {
    private PersonChapter() {
    }

    static void tell(Story s, Dice d) {
        s.jurisdiction = switch (d.weighted(85, 11, 4)) {
            case 0 -> Jurisdiction.ENGLAND;
            case 1 -> Jurisdiction.SCOTLAND;
            default -> Jurisdiction.WALES;
        };
        s.establishment = d.chance(0.9) ? Establishments.pick(s.jurisdiction, d) : null;
        s.personRecorded = d.chance(0.88);
        s.sex = switch (d.weighted(80, 15, 5)) {
            case 0 -> Sex.MALE;
            case 1 -> Sex.FEMALE;
            default -> Sex.NOT_RECORDED;
        };
        s.dateOfBirthRecorded = d.chance(0.75);
        s.ageYears = d.chance(0.65) ? d.between(21, 45) : d.between(18, 70);
        s.ageExtraDays = s.ageYears == 70 ? 0 : d.between(0, 364);
    }
}
