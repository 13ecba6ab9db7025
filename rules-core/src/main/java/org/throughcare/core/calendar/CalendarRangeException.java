package org.throughcare.core.calendar;

/**
 * A date lies outside the years a business calendar covers ({@link BusinessCalendar#MIN_SUPPORTED_YEAR} to
 * {@link BusinessCalendar#MAX_SUPPORTED_YEAR} for the bundled ones). The engine turns it into a notice on the
 * decision and leaves that due time unset; it never fails an evaluation.
 */
public final class CalendarRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what lies outside which calendar's years */
    public CalendarRangeException(String message) {
        super(message);
    }
}
