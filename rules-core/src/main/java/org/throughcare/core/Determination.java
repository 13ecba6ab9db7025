package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One three-state determination with the instant it was made.
 *
 * @param value        yes / no / not yet determined; never null
 * @param determinedAt when staff determined it (Europe/London); null when not determined, or when
 *                     the time was not recorded (an action it completes is then DONE without a time)
 */
public record Determination(TriState value, ZonedDateTime determinedAt) {

    private static final Determination NOT_DETERMINED = new Determination(TriState.NOT_DETERMINED, null);

    public Determination {
        Objects.requireNonNull(value, "value");
        if (value == TriState.NOT_DETERMINED && determinedAt != null) {
            throw new IllegalArgumentException("a determination that is NOT_DETERMINED cannot have a determinedAt time");
        }
        if (determinedAt != null) {
            determinedAt = Times.london(determinedAt);
        }
    }

    /** @return a determination not yet made. */
    public static Determination notDetermined() {
        return NOT_DETERMINED;
    }

    /** @return a determination of {@code value} made at {@code at} (may be null). */
    public static Determination of(TriState value, ZonedDateTime at) {
        return new Determination(value, at);
    }

    /** @return a yes made at {@code at}. */
    public static Determination yes(ZonedDateTime at) {
        return new Determination(TriState.YES, at);
    }

    /** @return a no made at {@code at}. */
    public static Determination no(ZonedDateTime at) {
        return new Determination(TriState.NO, at);
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Determination[redacted]";
    }
}
