package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Shared fixtures for the deadline calculator tests. */
final class DeadlineTestSupport {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DeadlineCalculator EW = new DeadlineCalculator(Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES));
    static final DeadlineCalculator SC = new DeadlineCalculator(Calendars.bundled().get(CalendarId.SCOTLAND));

    private DeadlineTestSupport() {
    }

    /** A wall-clock time in London. */
    static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, LONDON);
    }

    /** 23:59:59 on a London date. */
    static ZonedDateTime endOf(int y, int m, int d) {
        return ZonedDateTime.of(y, m, d, 23, 59, 59, 0, LONDON);
    }

    static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
