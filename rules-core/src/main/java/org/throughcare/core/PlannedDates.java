package org.throughcare.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The planned dates of a custody, by {@link PlannedDate}. They are facts, not events: they may lie after
 * {@code asOf} (catalogue TC-14). Immutable; {@link #toString()} prints no date.
 */
public final class PlannedDates {
    private static final PlannedDates NONE = new PlannedDates(new EnumMap<>(PlannedDate.class));

    private final Map<PlannedDate, LocalDate> dates;

    private PlannedDates(EnumMap<PlannedDate, LocalDate> dates) {
        this.dates = Collections.unmodifiableMap(dates);
    }

    /**
     * The three dates of the first snapshot format.
     *
     * @param expectedRelease     expected (conditional/automatic) release date, or null
     * @param hdcEligibility      Home Detention Curfew eligibility date, or null
     * @param endOfCustodyLicence End of Custody Licence date, or null
     */
    public PlannedDates(LocalDate expectedRelease, LocalDate hdcEligibility, LocalDate endOfCustodyLicence) {
        this(three(expectedRelease, hdcEligibility, endOfCustodyLicence));
    }

    private static EnumMap<PlannedDate, LocalDate> three(LocalDate expected, LocalDate hdc, LocalDate ecl) {
        EnumMap<PlannedDate, LocalDate> m = new EnumMap<>(PlannedDate.class);
        put(m, PlannedDate.EXPECTED_RELEASE, expected);
        put(m, PlannedDate.HDC_ELIGIBILITY, hdc);
        put(m, PlannedDate.END_OF_CUSTODY_LICENCE, ecl);
        return m;
    }

    private static void put(EnumMap<PlannedDate, LocalDate> m, PlannedDate d, LocalDate date) {
        if (date != null) {
            m.put(d, date);
        }
    }

    /** @return no planned dates. */
    public static PlannedDates none() {
        return NONE;
    }

    /** @return the date, or null when none is planned */
    public LocalDate get(PlannedDate which) {
        return dates.get(Objects.requireNonNull(which, "which"));
    }

    /** @return the dates given, in declaration order */
    public Map<PlannedDate, LocalDate> all() {
        return dates;
    }

    /** @return a copy with this date set (null removes it) */
    public PlannedDates with(PlannedDate which, LocalDate date) {
        EnumMap<PlannedDate, LocalDate> m = new EnumMap<>(PlannedDate.class);
        m.putAll(dates);
        if (date == null) {
            m.remove(Objects.requireNonNull(which, "which"));
        } else {
            m.put(Objects.requireNonNull(which, "which"), date);
        }
        return m.isEmpty() ? NONE : new PlannedDates(m);
    }

    /** @return the expected release date, or null */
    public LocalDate expectedRelease() {
        return get(PlannedDate.EXPECTED_RELEASE);
    }

    /** @return the Home Detention Curfew eligibility date, or null */
    public LocalDate hdcEligibility() {
        return get(PlannedDate.HDC_ELIGIBILITY);
    }

    /** @return the End of Custody Licence date, or null */
    public LocalDate endOfCustodyLicence() {
        return get(PlannedDate.END_OF_CUSTODY_LICENCE);
    }

    /** @return a copy with the expected release date */
    public PlannedDates withExpectedRelease(LocalDate date) {
        return with(PlannedDate.EXPECTED_RELEASE, date);
    }

    /** @return a copy with the Home Detention Curfew eligibility date */
    public PlannedDates withHdcEligibility(LocalDate date) {
        return with(PlannedDate.HDC_ELIGIBILITY, date);
    }

    /** @return a copy with the End of Custody Licence date */
    public PlannedDates withEndOfCustodyLicence(LocalDate date) {
        return with(PlannedDate.END_OF_CUSTODY_LICENCE, date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannedDates other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    /** Never prints the values. */
    @Override
    public String toString() {
        return "PlannedDates[" + dates.size() + " dates, redacted]";
    }
}
