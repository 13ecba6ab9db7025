package org.throughcare.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday in one calendar.
 *
 * @param date the day of the holiday, never null
 * @param name the holiday's name as published, e.g. {@code "Boxing Day (substitute day)"}; never blank
 */
public record BankHoliday(LocalDate date, String name) {

    /**
     * Creates the record, validating its components.
     *
     * @param date see {@link #date()}
     * @param name see {@link #name()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public BankHoliday {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
