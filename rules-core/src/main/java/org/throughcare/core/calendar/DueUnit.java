package org.throughcare.core.calendar;

/** The unit in which a deadline's amount is counted. */
public enum DueUnit {
    /** Elapsed hours after the trigger instant (TC-02, TC-10). */
    HOURS,
    /** Calendar days after the trigger day, the trigger day being day 0 (TC-03). */
    CALENDAR_DAYS,
    /** Working days after the trigger day, the trigger day being day 0 (TC-04). */
    WORKING_DAYS,
    /** Day N counting the entry date as day 1 (TC-05). */
    DAY_N
}
