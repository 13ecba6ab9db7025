package org.throughcare.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes deadlines by the catalogue's time conventions, against one {@link BusinessCalendar}.
 *
 * <ul>
 *   <li>TC-01: every instant is read and returned in {@link #LONDON Europe/London}; a {@code
 *       ZonedDateTime} argument in another zone is first converted to the same instant in London.</li>
 *   <li>TC-02: "N hours" means N elapsed hours (a {@link Duration}), so across a clock change the
 *       wall-clock result moves by an hour ({@link #plusHours}).</li>
 *   <li>TC-03: "N days" ends at {@link #END_OF_DAY 23:59:59} on the N-th calendar day after the
 *       trigger day, which is day 0 ({@link #plusCalendarDaysEndOfDay}).</li>
 *   <li>TC-04: "N working days" ends at 23:59:59 on the N-th working day after the trigger day,
 *       which is day 0 even when it is a working day ({@link #plusWorkingDaysEndOfDay}).</li>
 *   <li>TC-05: "day N" counts the entry date as day 1 and ends at 23:59:59 ({@link #dayN}).</li>
 *   <li>TC-10: hour-based deadlines with weekend/bank-holiday relief ({@link
 *       #plusHoursWithWeekendRelief(ZonedDateTime, int, ReliefMode)}).</li>
 * </ul>
 *
 * <p>Every method returns a {@link Derivation} that carries the due instant and a one-sentence
 * explanation. Instances are immutable and thread-safe.
 */
public final class DeadlineCalculator {

    /** The zone of every instant read and returned (TC-01). */
    public static final ZoneId LONDON = org.throughcare.core.Times.LONDON;

    /** The time of day at which day-based deadlines end. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** The time of day on the next working day at which TC-10 relief ends. */
    public static final LocalTime RELIEF_TIME = LocalTime.of(9, 0);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final BusinessCalendar calendar;

    /**
     * Creates a calculator for one calendar.
     *
     * @param calendar the calendar that decides which days are working days
     * @throws NullPointerException if {@code calendar} is null
     */
    public DeadlineCalculator(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    /**
     * The calendar this calculator uses.
     *
     * @return the calendar, never null
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * TC-02: the trigger plus a number of elapsed hours. Across a clock change the wall-clock
     * result moves by an hour (Saturday 28 March 2026 10:00 GMT + 24 h = Sunday 29 March 2026
     * 11:00 BST).
     *
     * @param trigger the trigger instant (any zone; converted to London)
     * @param hours the number of hours, 0 or more
     * @return the derivation; no days are skipped and relief is {@link Relief#NOT_CONSIDERED}
     * @throws NullPointerException if {@code trigger} is null
     * @throws IllegalArgumentException if {@code hours} is negative
     */
    public Derivation plusHours(ZonedDateTime trigger, int hours) {
        ZonedDateTime t = london(trigger, "trigger");
        requireNonNegative(hours, "hours");
        ZonedDateTime due = t.plus(Duration.ofHours(hours));
        return derivation(t, hours, DueUnit.HOURS, hoursPhrase(hours, true) + " after the trigger",
                List.of(), Relief.NOT_CONSIDERED, due);
    }

    /**
     * TC-10 in its default reading, {@link ReliefMode#NEVER_SHORTER}; the same as {@code
     * plusHoursWithWeekendRelief(trigger, hours, ReliefMode.NEVER_SHORTER)}.
     *
     * @param trigger the trigger instant (any zone; converted to London)
     * @param hours the number of hours, 0 or more
     * @return the derivation
     * @throws NullPointerException if {@code trigger} is null
     * @throws IllegalArgumentException if {@code hours} is negative, or a day the computation
     *     needs is outside the calendar's supported years
     */
    public Derivation plusHoursWithWeekendRelief(ZonedDateTime trigger, int hours) {
        return plusHoursWithWeekendRelief(trigger, hours, ReliefMode.NEVER_SHORTER);
    }

    /**
     * TC-10: an hour-based deadline with weekend/bank-holiday relief.
     *
     * <p>Let T be the trigger, E = T + {@code hours} elapsed hours, and W the half-open window
     * [T, E). A calendar day (midnight to midnight in London) is overlapped by W if any instant of
     * it lies in W. If W overlaps no non-working day, the deadline is E and the relief is not
     * applied. Otherwise let N be the first working day after the last non-working day W overlaps;
     * the deadline is 09:00 on N in the {@link ReliefMode#LITERAL LITERAL} reading, and the later
     * of E and 09:00 on N in the {@link ReliefMode#NEVER_SHORTER NEVER_SHORTER} reading. A window
     * of 0 hours is empty and overlaps nothing.
     *
     * <p>Example (England and Wales): T = Thursday 2 April 2026 16:00, 24 hours; W overlaps Good
     * Friday, so N = Tuesday 7 April 2026 (after Easter Monday) and the deadline is 09:00 that day
     * in both readings, with Good Friday, the weekend and Easter Monday as skipped days.
     *
     * @param trigger the trigger instant (any zone; converted to London)
     * @param hours the number of hours, 0 or more
     * @param mode the reading of the relief
     * @return the derivation; {@link Derivation#skippedDays()} lists the non-working days W
     *     overlaps plus those passed on the way to N
     * @throws NullPointerException if {@code trigger} or {@code mode} is null
     * @throws IllegalArgumentException if {@code hours} is negative, or a day the computation
     *     needs is outside the calendar's supported years
     */
    public Derivation plusHoursWithWeekendRelief(ZonedDateTime trigger, int hours, ReliefMode mode) {
        ZonedDateTime t = london(trigger, "trigger");
        requireNonNegative(hours, "hours");
        Objects.requireNonNull(mode, "mode must not be null");
        ZonedDateTime e = t.plus(Duration.ofHours(hours));

        List<SkippedDay> inWindow = new ArrayList<>();
        if (e.isAfter(t)) {
            for (LocalDate d = t.toLocalDate(); !d.isAfter(e.toLocalDate()); d = d.plusDays(1)) {
                ZonedDateTime dayStart = d.atStartOfDay(LONDON);
                ZonedDateTime dayEnd = d.plusDays(1).atStartOfDay(LONDON);
                if (dayStart.isBefore(e) && dayEnd.isAfter(t)) {
                    Optional<String> reason = calendar.nonWorkingReason(d);
                    if (reason.isPresent()) {
                        inWindow.add(new SkippedDay(d, reason.get()));
                    }
                }
            }
        }
        if (inWindow.isEmpty()) {
            String basis = hoursPhrase(hours, true) + " after the trigger; no weekend or bank holiday falls within "
                    + (hours == 1 ? "it" : "them") + ", so no relief applies (TC-10, reading " + mode + ")";
            return derivation(t, hours, DueUnit.HOURS, basis, List.of(), Relief.notApplied(mode, e), e);
        }

        LocalDate lastNonWorking = inWindow.get(inWindow.size() - 1).date();
        LocalDate next = calendar.nextWorkingDay(lastNonWorking);
        List<SkippedDay> skipped = new ArrayList<>(inWindow);
        for (LocalDate d = lastNonWorking.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            skipped.add(new SkippedDay(d, calendar.nonWorkingReason(d).orElseThrow()));
        }
        ZonedDateTime literal = next.atTime(RELIEF_TIME).atZone(LONDON);
        ZonedDateTime due = mode == ReliefMode.LITERAL || !e.isAfter(literal) ? literal : e;

        String h = hoursPhrase(hours, false);
        StringBuilder basis = new StringBuilder(h)
                .append(", but a weekend or bank holiday falls within ").append(hours == 1 ? "it" : "them")
                .append(", so 09:00 on the next working day (")
                .append(DAY.format(next)).append(')');
        if (mode == ReliefMode.NEVER_SHORTER) {
            basis.append(", never earlier than ").append(h);
            if (e.isAfter(literal)) {
                basis.append("; here the ").append(h).append(hours == 1 ? " ends later, so it stands"
                        : " end later, so they stand");
            }
        } else if (literal.isBefore(e)) {
            basis.append(", even though that is earlier than ").append(h);
        }
        basis.append(" (TC-10, reading ").append(mode).append(')');
        Relief relief = new Relief(true, mode, next, e, literal, inWindow);
        return derivation(t, hours, DueUnit.HOURS, basis.toString(), skipped, relief, due);
    }

    /**
     * TC-03: the end (23:59:59) of the {@code days}-th calendar day after the trigger day, the
     * trigger day being day 0. With 0 days it is the end of the trigger day.
     *
     * @param trigger the trigger instant (any zone; converted to London, whose date is the trigger day)
     * @param days the number of calendar days, 0 or more
     * @return the derivation; no days are skipped and relief is {@link Relief#NOT_CONSIDERED}
     * @throws NullPointerException if {@code trigger} is null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Derivation plusCalendarDaysEndOfDay(ZonedDateTime trigger, int days) {
        ZonedDateTime t = london(trigger, "trigger");
        requireNonNegative(days, "days");
        ZonedDateTime due = endOfDay(t.toLocalDate().plusDays(days));
        String basis = days == 0 ? "end of the trigger day (trigger day is day 0)"
                : "end of the " + ordinal(days) + " calendar day after the trigger day (trigger day is day 0)";
        return derivation(t, days, DueUnit.CALENDAR_DAYS, basis, List.of(), Relief.NOT_CONSIDERED, due);
    }

    /**
     * TC-04: the end (23:59:59) of the {@code days}-th working day after the trigger day, the
     * trigger day being day 0 even when it is a working day. With 0 days it is the end of the
     * trigger day.
     *
     * @param trigger the trigger instant (any zone; converted to London, whose date is the trigger day)
     * @param days the number of working days, 0 or more
     * @return the derivation; {@link Derivation#skippedDays()} lists every non-working day between
     *     the trigger day and the due day
     * @throws NullPointerException if {@code trigger} is null
     * @throws IllegalArgumentException if {@code days} is negative, or the trigger day or due day is
     *     outside the calendar's supported years
     */
    public Derivation plusWorkingDaysEndOfDay(ZonedDateTime trigger, int days) {
        ZonedDateTime t = london(trigger, "trigger");
        requireNonNegative(days, "days");
        WorkingDays wd = calendar.addWorkingDays(t.toLocalDate(), days);
        String basis = days == 0 ? "end of the trigger day (trigger day is day 0)"
                : "end of the " + ordinal(days) + " working day after the trigger day (trigger day is day 0)";
        return derivation(t, days, DueUnit.WORKING_DAYS, basis, wd.skipped(), Relief.NOT_CONSIDERED,
                endOfDay(wd.result()));
    }

    /**
     * TC-05: the end (23:59:59) of day {@code n}, the entry date being day 1; that is, of {@code
     * entryDate + (n - 1)} days.
     *
     * @param entryDate the entry date (day 1), a London date
     * @param n the day number, 1 or more
     * @return the derivation; its trigger is the start of the entry date in London, no days are
     *     skipped and relief is {@link Relief#NOT_CONSIDERED}
     * @throws NullPointerException if {@code entryDate} is null
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Derivation dayN(LocalDate entryDate, int n) {
        Objects.requireNonNull(entryDate, "entryDate must not be null");
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more (the entry date is day 1) but was " + n);
        }
        String basis = n == 1 ? "end of day 1, the entry date itself (entry date is day 1)"
                : "end of day " + n + ", counting the entry date as day 1";
        return derivation(entryDate.atStartOfDay(LONDON), n, DueUnit.DAY_N, basis, List.of(),
                Relief.NOT_CONSIDERED, endOfDay(entryDate.plusDays(n - 1L)));
    }

    /**
     * TC-06: "at least N weeks (or days) before date D": the end (23:59:59) of D minus {@code days} calendar days, the
     * latest date that complies ("at least" meaning on or before it).
     *
     * @param anchor the date D counted back from (a London date, such as a release date)
     * @param days the number of calendar days before it, 0 or more (six weeks is 42)
     * @return the derivation; its trigger is the start of D, no days are skipped and relief is
     *     {@link Relief#NOT_CONSIDERED}
     * @throws NullPointerException if {@code anchor} is null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Derivation daysBeforeEndOfDay(LocalDate anchor, int days) {
        Objects.requireNonNull(anchor, "anchor must not be null");
        requireNonNegative(days, "days");
        LocalDate latest = anchor.minusDays(days);
        String basis = "end of " + DAY.format(latest) + ", " + days + " calendar days"
                + (days % 7 == 0 && days > 0 ? " (" + days / 7 + (days == 7 ? " week" : " weeks") + ")" : "")
                + " before " + DAY.format(anchor) + " (TC-06: at least that long before it)";
        return derivation(anchor.atStartOfDay(LONDON), days, DueUnit.DAYS_BEFORE, basis, List.of(),
                Relief.NOT_CONSIDERED, endOfDay(latest));
    }

    /**
     * A due time given by the case's data or the rule rather than counted (a contract target's when-by date, the end
     * of a window), with a basis saying where it came from.
     *
     * @param from the instant the obligation runs from (the trigger, or the window's start)
     * @param due the due instant
     * @param basis where the due time came from, in one sentence
     * @return the derivation, with amount 0, unit {@link DueUnit#GIVEN} and no days skipped
     * @throws NullPointerException if an argument is null
     */
    public Derivation given(ZonedDateTime from, ZonedDateTime due, String basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return derivation(london(from, "from"), 0, DueUnit.GIVEN, basis, List.of(), Relief.NOT_CONSIDERED,
                london(due, "due"));
    }

    /** @return the end (23:59:59) of a London date, as deadlines counted in days end */
    public static ZonedDateTime endOf(LocalDate date) {
        return endOfDay(date);
    }

    /** @return "Friday 2 October 2026" */
    public static String dayText(LocalDate date) {
        return DAY.format(date);
    }

    /** @return a short description naming the calendar */
    @Override
    public String toString() {
        return "DeadlineCalculator[" + calendar.id().code() + "]";
    }

    private Derivation derivation(ZonedDateTime trigger, int amount, DueUnit unit, String basis,
            List<SkippedDay> skipped, Relief relief, ZonedDateTime due) {
        return new Derivation(trigger, amount, unit, basis, calendar.id(), calendar.dataVersion(), skipped, relief,
                due);
    }

    private static ZonedDateTime london(ZonedDateTime t, String name) {
        Objects.requireNonNull(t, name + " must not be null");
        return t.withZoneSameInstant(LONDON);
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more but was " + value);
        }
    }

    private static ZonedDateTime endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(LONDON);
    }

    private static String hoursPhrase(int hours, boolean elapsed) {
        return hours + (elapsed ? " elapsed" : "") + (hours == 1 ? " hour" : " hours");
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
