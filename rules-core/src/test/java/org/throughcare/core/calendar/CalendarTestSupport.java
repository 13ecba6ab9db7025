package org.throughcare.core.calendar;

import java.time.LocalDate;

/** Shared fixtures for the business calendar tests. */
final class CalendarTestSupport {

    static final BusinessCalendar EW = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);
    static final BusinessCalendar SC = Calendars.bundled().get(CalendarId.SCOTLAND);

    private CalendarTestSupport() {
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
