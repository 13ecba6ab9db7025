package org.throughcare.core.calendar;

/**
 * The two readings of the weekend/bank-holiday relief for hour-based deadlines (catalogue
 * convention TC-10). See {@link DeadlineCalculator#plusHoursWithWeekendRelief(java.time.ZonedDateTime,
 * int, ReliefMode)}.
 */
public enum ReliefMode {
    /**
     * The default reading: when relief applies, the deadline is 09:00 on the next working day, but
     * never earlier than the plain elapsed-hours deadline.
     */
    NEVER_SHORTER,
    /**
     * The literal reading: when relief applies, the deadline is 09:00 on the next working day, even
     * if that is earlier than the plain elapsed-hours deadline.
     */
    LITERAL
}
