package org.throughcare.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The immutable {@link BusinessCalendar} built by {@link Calendars}. */
final class DefaultBusinessCalendar implements BusinessCalendar {

    private static final LocalDate FIRST_DAY = LocalDate.of(MIN_SUPPORTED_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(MAX_SUPPORTED_YEAR, 12, 31);

    private final CalendarId id;
    private final String dataVersion;
    private final Map<LocalDate, BankHoliday> byDate;
    private final Map<Integer, List<BankHoliday>> byYear;

    DefaultBusinessCalendar(CalendarId id, String dataVersion, Collection<BankHoliday> holidays) {
        this.id = Objects.requireNonNull(id, "id");
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        Map<LocalDate, BankHoliday> dates = new HashMap<>();
        Map<Integer, List<BankHoliday>> years = new HashMap<>();
        for (int y = MIN_SUPPORTED_YEAR; y <= MAX_SUPPORTED_YEAR; y++) {
            years.put(y, new ArrayList<>());
        }
        for (BankHoliday h : holidays) {
            if (dates.put(h.date(), h) != null) {
                throw new IllegalArgumentException("two holidays on " + h.date() + " in " + id.code());
            }
            years.get(h.date().getYear()).add(h);
        }
        Map<Integer, List<BankHoliday>> frozen = new HashMap<>();
        years.forEach((y, list) -> {
            list.sort((a, b) -> a.date().compareTo(b.date()));
            frozen.put(y, List.copyOf(list));
        });
        this.byDate = Map.copyOf(dates);
        this.byYear = Map.copyOf(frozen);
    }

    @Override
    public CalendarId id() {
        return id;
    }

    @Override
    public String dataVersion() {
        return dataVersion;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        checkDate(date, "date");
        return !isWeekend(date) && !byDate.containsKey(date);
    }

    @Override
    public Optional<BankHoliday> holiday(LocalDate date) {
        checkDate(date, "date");
        return Optional.ofNullable(byDate.get(date));
    }

    @Override
    public List<BankHoliday> holidays(int year) {
        if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
            throw new CalendarRangeException("year " + year + " is outside the years supported by the "
                    + id.code() + " calendar (" + MIN_SUPPORTED_YEAR + "-" + MAX_SUPPORTED_YEAR + ")");
        }
        return byYear.get(year);
    }

    @Override
    public Optional<String> nonWorkingReason(LocalDate date) {
        checkDate(date, "date");
        BankHoliday h = byDate.get(date);
        if (h != null) {
            return Optional.of(h.name());
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> Optional.of("Saturday");
            case SUNDAY -> Optional.of("Sunday");
            default -> Optional.empty();
        };
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        checkDate(date, "date");
        LocalDate d = date;
        do {
            d = step(d, date);
        } while (!isWorkingDay(d));
        return d;
    }

    @Override
    public WorkingDays addWorkingDays(LocalDate start, int n) {
        checkDate(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n (working days to add) must be 0 or more but was " + n);
        }
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = step(d, start);
            Optional<String> reason = nonWorkingReason(d);
            if (reason.isPresent()) {
                skipped.add(new SkippedDay(d, reason.get()));
            } else {
                counted++;
            }
        }
        return new WorkingDays(start, n, d, skipped);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id.code() + ", data " + dataVersion + "]";
    }

    /** The day after {@code d}, failing clearly if that leaves the supported years. */
    private LocalDate step(LocalDate d, LocalDate from) {
        if (!d.isBefore(LAST_DAY)) {
            throw new CalendarRangeException("counting working days from " + from + " runs past " + LAST_DAY
                    + ", the end of the years supported by the " + id.code() + " calendar ("
                    + MIN_SUPPORTED_YEAR + "-" + MAX_SUPPORTED_YEAR + ")");
        }
        return d.plusDays(1);
    }

    private void checkDate(LocalDate date, String what) {
        Objects.requireNonNull(date, what + " must not be null");
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new CalendarRangeException(what + " " + date + " is outside the years supported by the "
                    + id.code() + " calendar (" + MIN_SUPPORTED_YEAR + "-" + MAX_SUPPORTED_YEAR + ")");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
