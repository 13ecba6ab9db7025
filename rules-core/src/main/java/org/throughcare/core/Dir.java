package org.throughcare.core;

import java.time.LocalDate;

/**
 * The Drug Interventions Record (DIR) on file, if any.
 *
 * @param completedOn the DIR's completion date (the latest full completion; catalogue AMB-48), or null when there is no DIR
 */
public record Dir(LocalDate completedOn) {
    /** @return no DIR on file. */
    public static Dir none() {
        return new Dir(null);
    }

    /**
     * The DIR's age condition (catalogue TC-08, AMB-48): a DIR is "less than 6 months old" on {@code useDate} when
     * that date is before its completion date plus six calendar months, month ends clamping (31 March + 6 months =
     * 30 September). A DIR exactly six months old is not.
     *
     * @param useDate the date the DIR is relied on
     * @return true when there is a DIR and it is under six months old on {@code useDate}
     */
    public boolean underSixMonthsOn(LocalDate useDate) {
        return completedOn != null && useDate != null && useDate.isBefore(sixMonthsOn());
    }

    /** @return the first day on which the DIR is six months old (TC-08), or null when there is no DIR */
    public LocalDate sixMonthsOn() {
        return completedOn == null ? null : completedOn.plusMonths(6);
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Dir[redacted]";
    }
}
