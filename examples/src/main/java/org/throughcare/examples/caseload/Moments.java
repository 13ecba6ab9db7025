package org.throughcare.examples.caseload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.throughcare.core.Times;

/**
 * Plausible moments in Europe/London: where a story starts, and the gaps between one step and the next (minutes to
 * days, with staff working mostly in the daytime). Stories start between 1 July 2009 and 30 June 2030, some on the
 * eve of a bank holiday and some on the weekend the clocks change, so that deadlines cross weekends, bank holidays
 * and clock changes. Gaps are elapsed time, so a step may land in the repeated hour of an autumn night.
 */
final class Moments {
    /** The first day a story may start: the England 2009 guidance takes effect. */
    static final LocalDate FIRST_DAY = LocalDate.of(2009, 7, 1);
    /** The last day a story may start. */
    static final LocalDate LAST_DAY = LocalDate.of(2030, 6, 30);
    private static final long SPAN_DAYS = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    private static final ZoneOffset BST = ZoneOffset.ofHours(1);
    private static final ZoneOffset GMT = ZoneOffset.UTC;

    private final Dice dice;

    Moments(Dice dice) {
        this.dice = dice;
    }

    /** @return where a story starts: mostly any day, sometimes a bank holiday's eve or a clock-change weekend */
    ZonedDateTime start() {
        double roll = dice.unit();
        if (roll < 0.06) {
            return clockChangeWeekend();
        }
        if (roll < 0.14) {
            return holidayEve();
        }
        return at(FIRST_DAY.plusDays(dice.between(0L, SPAN_DAYS)), timeOfDay());
    }

    /** @return {@code t} plus {@code low} to {@code high} minutes of elapsed time (now and then with seconds) */
    ZonedDateTime minutesAfter(ZonedDateTime t, int low, int high) {
        ZonedDateTime next = t.plusMinutes(dice.between(low, high));
        return dice.chance(0.04) ? next.plusSeconds(dice.between(1, 59)) : next;
    }

    /** @return {@code t} plus {@code low} to {@code high} hours of elapsed time */
    ZonedDateTime hoursAfter(ZonedDateTime t, int low, int high) {
        return minutesAfter(t, low * 60, high * 60);
    }

    /** @return {@code t} plus {@code low} to {@code high} days of elapsed time */
    ZonedDateTime daysAfter(ZonedDateTime t, int low, int high) {
        return minutesAfter(t, low * 1440, high * 1440);
    }

    /** @return {@code t}, or usually, when it falls at night (21:00 to 07:00), the next morning (never earlier) */
    ZonedDateTime daytime(ZonedDateTime t) {
        int hour = t.getHour();
        if ((hour >= 7 && hour < 21) || !dice.chance(0.8)) {
            return t;
        }
        LocalDate day = hour >= 21 ? t.toLocalDate().plusDays(1) : t.toLocalDate();
        return at(day, LocalTime.of(8, 0).plusMinutes(dice.between(0, 150)));
    }

    /**
     * @return a court sitting on or after {@code t}'s day, between 09:30 and 16:30: usually on a weekday, now and then on
     *         a Saturday, never on a Sunday, at Christmas, on New Year's Day or at Easter
     */
    ZonedDateTime courtSitting(ZonedDateTime t) {
        LocalTime time = LocalTime.of(9, 30).plusMinutes(dice.between(0, 420));
        LocalDate day = time.isBefore(t.toLocalTime()) ? t.toLocalDate().plusDays(1) : t.toLocalDate();
        boolean saturdayCourt = dice.chance(0.2);
        while (day.getDayOfWeek() == DayOfWeek.SUNDAY || SpecialDays.noCourtSits(day)
                || (day.getDayOfWeek() == DayOfWeek.SATURDAY && !saturdayCourt)) {
            day = day.plusDays(1);
        }
        return at(day, time);
    }

    /**
     * @return how long after a moment of interest a snapshot is taken: minutes (about a third), hours (a third) or
     *         days (the rest), added to {@code t}
     */
    ZonedDateTime snapshotAfter(ZonedDateTime t) {
        return switch (dice.weighted(35, 35, 30)) {
            case 0 -> minutesAfter(t, 1, 180);
            case 1 -> minutesAfter(t, 180, 48 * 60);
            default -> minutesAfter(t, 48 * 60, 21 * 1440);
        };
    }

    /** @return a London local date and time (in the spring gap it moves forward; in the autumn overlap, the earlier) */
    static ZonedDateTime at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, Times.LONDON);
    }

    /** @return mostly working hours, sometimes the evening, now and then the night */
    private LocalTime timeOfDay() {
        int hour = switch (dice.weighted(78, 14, 8)) {
            case 0 -> dice.between(8, 18);
            case 1 -> dice.between(19, 23);
            default -> dice.between(0, 7);
        };
        return LocalTime.of(hour, dice.between(0, 59));
    }

    /** @return the Saturday or Sunday of a clock change, at night (around the change) or in the afternoon */
    private ZonedDateTime clockChangeWeekend() {
        int year = dice.between(FIRST_DAY.getYear(), LAST_DAY.getYear());
        boolean spring = year > FIRST_DAY.getYear() && dice.chance(0.5);
        LocalDate day = SpecialDays.clockChange(year, spring).minusDays(dice.between(0, 1));
        LocalTime time = dice.chance(0.5) ? LocalTime.of(dice.between(0, 2), dice.between(0, 59))
                : LocalTime.of(dice.between(14, 19), dice.between(0, 59));
        // In the autumn overlap either offset may be meant: both readings occur.
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, time), Times.LONDON, dice.chance(0.5) ? BST : GMT);
    }

    /** @return the afternoon or evening before a bank holiday */
    private ZonedDateTime holidayEve() {
        int year = dice.between(FIRST_DAY.getYear() + 1, LAST_DAY.getYear() - 1);
        LocalDate day = dice.pick(SpecialDays.holidayEves(year));
        return at(day, LocalTime.of(dice.between(12, 19), dice.between(0, 59)));
    }
}
