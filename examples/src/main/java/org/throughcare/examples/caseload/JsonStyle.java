package org.throughcare.examples.caseload;

/**
 * How one line's JSON is written, varied as different feeding systems would write it. Every choice is valid input.
 *
 * @param times            how date-times are written
 * @param schemaVersion    whether the optional {@code "schemaVersion": "1.0"} is given
 * @param explicitDefaults whether defaults are spelled out: determinations not yet made as
 *                         {@code {"value": "NOT_DETERMINED"}}, consent not recorded, exceptions that do not apply as
 *                         {@code false}, an empty event list
 */
record JsonStyle(TimeForm times, boolean schemaVersion, boolean explicitDefaults) {

    /** The forms of a date-time the reader accepts. */
    enum TimeForm {
        /**
         * Europe/London local time ({@code "2026-04-02T16:00"}, seconds only when not zero), and with the offset only
         * where the local time alone would be ambiguous (the repeated hour when the clocks go back).
         */
        LOCAL,
        /** London time with its offset, as the library writes it ({@code "2026-04-02T16:00:00+01:00"}). */
        OFFSET,
        /** UTC with {@code Z} ({@code "2026-04-02T15:00:00Z"}). */
        UTC
    }

    static JsonStyle pick(Dice d) {
        TimeForm form = switch (d.weighted(60, 30, 10)) {
            case 0 -> TimeForm.LOCAL;
            case 1 -> TimeForm.OFFSET;
            default -> TimeForm.UTC;
        };
        return new JsonStyle(form, d.chance(0.7), d.chance(0.25));
    }
}
