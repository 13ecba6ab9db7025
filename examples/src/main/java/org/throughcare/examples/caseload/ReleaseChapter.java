package org.throughcare.examples.caseload;

import static org.throughcare.core.EventType.RELEASED;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.throughcare.core.CustodyStatus;

/**
 * The release that ends the custody period: on the expected release or Home Detention Curfew date when there is one,
 * otherwise days to months after the reception (bail, acquittal, a short sentence). Nothing after it happens in this
 * story; the snapshot is taken after it.
 */
final class ReleaseChapter {
    /** Releases are planned no later than this, so that the caseload stays within 2030. */
    private static final LocalDate LAST_RELEASE = LocalDate.of(2030, 12, 1);

    private ReleaseChapter() {
    }

    static void tell(Story s, Dice d, Moments m) {
        ZonedDateTime r = s.reception;
        LocalDate day = null;
        if (s.status == CustodyStatus.SENTENCED && d.chance(0.7)) {
            LocalDate hdc = s.planned.hdcEligibility();
            day = hdc != null && d.chance(0.4) ? hdc : s.planned.expectedRelease();
        }
        ZonedDateTime released = day != null && day.isAfter(r.toLocalDate()) && day.isBefore(LAST_RELEASE)
                ? Moments.at(day, LocalTime.of(d.between(8, 11), d.between(0, 59)))
                : m.daytime(m.daysAfter(r, 2, 120));
        s.endAt(released);
        s.add(RELEASED, released);
        s.status = CustodyStatus.RELEASED;
        s.focus.clear();
        s.focus.add(released);
        s.asOfNotBefore = released;
        s.asOfNotAfter = null;
    }
}
