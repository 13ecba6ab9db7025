package org.throughcare.core.calendar;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** The jurisdictions for which a {@link BusinessCalendar} is provided. */
public enum CalendarId {
    /** England and Wales (one calendar: the two share their bank holidays). */
    ENGLAND_AND_WALES("england-and-wales"),
    /** Scotland. */
    SCOTLAND("scotland");

    private final String code;

    CalendarId(String code) {
        this.code = code;
    }

    /**
     * The stable lower-case code of this calendar, as used in data files and by GOV.UK
     * ({@code england-and-wales}, {@code scotland}).
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Looks a calendar up by its {@linkplain #code() code} (exact, case-sensitive match).
     *
     * @param code the code, e.g. {@code "scotland"}
     * @return the matching calendar
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no calendar has that code; the message lists the valid codes
     */
    public static CalendarId fromCode(String code) {
        Objects.requireNonNull(code, "code must not be null");
        for (CalendarId id : values()) {
            if (id.code.equals(code)) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown calendar code '" + code + "'; valid codes are "
                + Arrays.stream(values()).map(CalendarId::code).collect(Collectors.joining(", ")));
    }

    /** @return the {@linkplain #code() code} */
    @Override
    public String toString() {
        return code;
    }
}
