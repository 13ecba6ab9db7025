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
    DAY_N,
    /**
     * Calendar days before an anchor date ("at least N weeks before D", TC-06): due at the end of D minus the amount;
     * the derivation's trigger is the start of D.
     */
    DAYS_BEFORE,
    /**
     * A time the case's data or the rule gives (a contract target's when-by date, the end of a window): the amount
     * is 0 and the basis says where the time came from.
     */
    GIVEN
}
