package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts staff determine, each as yes / no / not yet determined with the time it was determined, by name. The names
 * are declared once, in the vocabulary ({@link org.throughcare.core.vocabulary.Vocabulary#standard()}); a name the
 * engine's vocabulary does not declare is reported when the snapshot is validated. A determination not given is
 * {@link Determination#notDetermined()}; one given as NOT_DETERMINED is the same as one not given.
 *
 * <p>Immutable; {@link #toString()} prints no value (they are personal data).
 */
public final class Determinations {
    private static final Determinations NONE = new Determinations(Map.of());

    private final Map<String, Determination> byName;

    private Determinations(Map<String, Determination> byName) {
        this.byName = byName;
    }

    /** @return nothing determined yet. */
    public static Determinations none() {
        return NONE;
    }

    /** @return a builder with nothing determined yet */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name a determination's name, as the vocabulary declares it (e.g. {@code "ppo"})
     * @return the determination, or {@link Determination#notDetermined()} when none was given
     */
    public Determination get(String name) {
        Determination d = byName.get(name);
        return d == null ? Determination.notDetermined() : d;
    }

    /** @return the value of the named determination (NOT_DETERMINED when none was given) */
    public TriState value(String name) {
        return get(name).value();
    }

    /** @return the determinations made (YES or NO), by name, in the order given */
    public Map<String, Determination> made() {
        return byName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Determinations other && byName.equals(other.byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    /** Never prints the values: they are personal data. Names and counts only. */
    @Override
    public String toString() {
        return "Determinations[" + byName.size() + " made, values redacted]";
    }

    /** Builds {@link Determinations} by naming each determination; those not named stay NOT_DETERMINED. */
    public static final class Builder {
        private final Map<String, Determination> byName = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Records a determination.
         *
         * @param name  its name, as the vocabulary declares it (checked when the snapshot is validated)
         * @param value yes / no / not determined (NOT_DETERMINED removes an earlier value)
         * @param at    when staff determined it; null when not recorded (must be null for NOT_DETERMINED)
         */
        public Builder set(String name, TriState value, ZonedDateTime at) {
            return set(name, Determination.of(value, at));
        }

        /** Records a determination (see {@link #set(String, TriState, ZonedDateTime)}). */
        public Builder set(String name, Determination determination) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(determination, "determination");
            if (determination.value().isDetermined()) {
                byName.put(name, determination);
            } else {
                byName.remove(name);
            }
            return this;
        }

        /** @return the determinations */
        public Determinations build() {
            return byName.isEmpty() ? NONE : new Determinations(Collections.unmodifiableMap(new LinkedHashMap<>(byName)));
        }
    }
}
