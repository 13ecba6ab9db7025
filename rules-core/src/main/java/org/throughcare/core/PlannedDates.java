package org.throughcare.core;

import java.time.LocalDate;

/**
 * Planned dates are facts, not events: they may lie after {@code asOf} (catalogue TC-14).
 *
 * @param expectedRelease expected (conditional/automatic) release date, or null
 * @param hdcEligibility  Home Detention Curfew eligibility date, or null
 * @param endOfCustodyLicence End of Custody Licence date, or null
 */
public record PlannedDates(LocalDate expectedRelease, LocalDate hdcEligibility, LocalDate endOfCustodyLicence) {
    /** @return no planned dates. */
    public static PlannedDates none() {
        return new PlannedDates(null, null, null);
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "PlannedDates[redacted]";
    }

    /** @return a copy with the expected release date */
    public PlannedDates withExpectedRelease(LocalDate date) {
        return new PlannedDates(date, hdcEligibility, endOfCustodyLicence);
    }

    /** @return a copy with the Home Detention Curfew eligibility date */
    public PlannedDates withHdcEligibility(LocalDate date) {
        return new PlannedDates(expectedRelease, date, endOfCustodyLicence);
    }

    /** @return a copy with the End of Custody Licence date */
    public PlannedDates withEndOfCustodyLicence(LocalDate date) {
        return new PlannedDates(expectedRelease, hdcEligibility, date);
    }
}
