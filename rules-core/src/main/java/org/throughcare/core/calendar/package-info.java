/**
 * Business calendars for England and Wales and for Scotland (1990&ndash;2100) and the deadline
 * calculator that applies the catalogue's time conventions (TC-01 to TC-05 and TC-10).
 *
 * <p>Start with {@link org.throughcare.core.calendar.Calendars#bundled()}, pick a calendar with
 * {@link org.throughcare.core.calendar.Calendars#get(CalendarId)} and either query it directly
 * ({@link org.throughcare.core.calendar.BusinessCalendar}) or hand it to a
 * {@link org.throughcare.core.calendar.DeadlineCalculator}:
 *
 * <pre>{@code
 * BusinessCalendar ew = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);
 * DeadlineCalculator calc = new DeadlineCalculator(ew);
 * Derivation d = calc.plusHoursWithWeekendRelief(trigger, 24, ReliefMode.NEVER_SHORTER);
 * d.dueAt();   // the deadline, in Europe/London
 * d.basis();   // one sentence saying how it was worked out
 * }</pre>
 *
 * <p>Recurring bank holidays are computed from rules written in this package (no third-party
 * holiday library is used); one-off and moved holidays come from a small CSV data file that
 * ships with the library and that users can extend (see {@link
 * org.throughcare.core.calendar.Calendars}). Every type here is immutable and thread-safe, and the
 * package holds no global mutable state.
 */
package org.throughcare.core.calendar;
