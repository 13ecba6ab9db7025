package org.throughcare.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.throughcare.core.calendar.ReliefMode;

/**
 * Interpretation settings. Where the catalogue records an ambiguity with a chosen reading and an alternative,
 * the chosen reading is the default and the alternative a setting. See {@code docs/interpretations.md} for a
 * worked example of each.
 *
 * @param weekendReliefMode      TC-10 / AMB-31(e): how the "by 09:00 on the next working day" relief combines
 *                               with 24 hours. {@link ReliefMode#NEVER_SHORTER} (default): due = the later of
 *                               24 hours and 09:00 on the next working day. {@link ReliefMode#LITERAL}: due = 09:00
 *                               on the next working day, even when that is sooner than 24 hours.
 * @param reliefByInterpretation TC-10 / AMB-31(b): whether the relief also applies to duties whose own text lacks
 *                               it but which the catalogue reads as the same duty (ENG-COC-PP4-16, ENG-COC-PP8-09).
 *                               Default true; false gives those duties a strict 24 hours.
 * @param courtFromOtherPrisonRoute AMB-44: where process point 1 sends a prisoner who arrives from court after being
 *                               held in another prison: "PP2" (default, as a transfer) or "PP3" (as from the community).
 * @param dayBasis               AMB-33: whether the guidance's unqualified "days" are CALENDAR (default) or WORKING days.
 */
public record Settings(ReliefMode weekendReliefMode, boolean reliefByInterpretation, String courtFromOtherPrisonRoute,
                       DayBasis dayBasis) {

    /** How unqualified "days" are counted (catalogue AMB-33). */
    public enum DayBasis {
        /** Calendar days (the catalogue's reading). */
        CALENDAR,
        /** Working days in the rule set's calendar. */
        WORKING
    }

    public Settings {
        Objects.requireNonNull(weekendReliefMode, "weekendReliefMode");
        Objects.requireNonNull(dayBasis, "dayBasis");
        if (!"PP2".equals(courtFromOtherPrisonRoute) && !"PP3".equals(courtFromOtherPrisonRoute)) {
            throw new IllegalArgumentException("courtFromOtherPrisonRoute must be PP2 or PP3, was " + courtFromOtherPrisonRoute);
        }
    }

    /** @return the catalogue's recommended readings. */
    public static Settings defaults() {
        return new Settings(ReliefMode.NEVER_SHORTER, true, "PP2", DayBasis.CALENDAR);
    }

    /** @return a copy with the given TC-10 relief mode. */
    public Settings withWeekendReliefMode(ReliefMode mode) {
        return new Settings(mode, reliefByInterpretation, courtFromOtherPrisonRoute, dayBasis);
    }

    /** @return a copy with the AMB-31(b) extension switched on or off. */
    public Settings withReliefByInterpretation(boolean on) {
        return new Settings(weekendReliefMode, on, courtFromOtherPrisonRoute, dayBasis);
    }

    /** @return a copy with the AMB-44 route ("PP2" or "PP3"). */
    public Settings withCourtFromOtherPrisonRoute(String route) {
        return new Settings(weekendReliefMode, reliefByInterpretation, route, dayBasis);
    }

    /** @return a copy with the AMB-33 day basis. */
    public Settings withDayBasis(DayBasis basis) {
        return new Settings(weekendReliefMode, reliefByInterpretation, courtFromOtherPrisonRoute, basis);
    }

    /**
     * Parses one setting by name, as the CLI and JSON callers give it.
     *
     * @throws IllegalArgumentException naming the setting and its valid values
     */
    public Settings with(String name, String value) {
        Objects.requireNonNull(value, "value");
        return switch (name) {
            case "weekendReliefMode" -> withWeekendReliefMode(parseEnum(ReliefMode.class, name, value));
            case "reliefByInterpretation" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("setting reliefByInterpretation must be true or false, was '" + value + "'");
                }
                yield withReliefByInterpretation(Boolean.parseBoolean(value));
            }
            case "courtFromOtherPrisonRoute" -> {
                if (!value.equals("PP2") && !value.equals("PP3")) {
                    throw new IllegalArgumentException("setting courtFromOtherPrisonRoute must be PP2 or PP3, was '" + value + "'");
                }
                yield withCourtFromOtherPrisonRoute(value);
            }
            case "dayBasis" -> withDayBasis(parseEnum(DayBasis.class, name, value));
            default -> throw new IllegalArgumentException("unknown setting '" + name
                    + "'; known settings: weekendReliefMode, reliefByInterpretation, courtFromOtherPrisonRoute, dayBasis");
        };
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }

    /** @return the settings by name, with the catalogue IDs each one settles, for provenance. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("weekendReliefMode", weekendReliefMode.name() + " (TC-10, AMB-31e)");
        m.put("reliefByInterpretation", reliefByInterpretation + " (TC-10, AMB-31b)");
        m.put("courtFromOtherPrisonRoute", courtFromOtherPrisonRoute + " (AMB-44)");
        m.put("dayBasis", dayBasis.name() + " (AMB-33)");
        return m;
    }
}
