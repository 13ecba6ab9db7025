package org.throughcare.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.throughcare.core.calendar.ReliefMode;

/**
 * Interpretation settings: one typed registry ({@link #ALL}). Where the catalogue records an ambiguity with a chosen
 * reading and an alternative, the chosen reading is the default and the alternatives are values of a {@link Setting},
 * declared once here with its catalogue IDs, its values, its meaning and where its worked example is
 * ({@code docs/interpretations.md}). Parsing ({@link #with(String, String)}), the decision's provenance
 * ({@link #applied()}) and the documentation's table all come from the declarations. Immutable and thread-safe;
 * equal settings are equal values (engines are cached by them).
 */
public final class Settings {

    /** How unqualified "days" are counted (catalogue AMB-33). */
    public enum DayBasis {
        /** Calendar days (the catalogue's reading). */
        CALENDAR,
        /** Working days in the rule set's calendar. */
        WORKING
    }

    /**
     * TC-10 / AMB-31(e): how the "by 09:00 on the next working day" relief combines with 24 hours.
     * {@link ReliefMode#NEVER_SHORTER} (default): due = the later of 24 hours and 09:00 on the next working day.
     * {@link ReliefMode#LITERAL}: due = 09:00 on the next working day, even when that is sooner than 24 hours.
     */
    public static final Setting<ReliefMode> WEEKEND_RELIEF_MODE = new Setting<>("weekendReliefMode",
            List.of("TC-10", "AMB-31e"), ReliefMode.NEVER_SHORTER, List.of(ReliefMode.NEVER_SHORTER, ReliefMode.LITERAL),
            Enum::name, "how the relief to 09:00 on the next working day combines with 24 hours when a weekend or "
                + "bank holiday falls within them", "weekendReliefMode — TC-10, AMB-31(e)");
    /**
     * TC-10 / AMB-31(b): whether the relief also applies to duties whose own text lacks it but which the catalogue
     * reads as the same duty (ENG-COC-PP4-16, ENG-COC-PP8-09). Default true; false gives those duties a strict 24 h.
     */
    public static final Setting<Boolean> RELIEF_BY_INTERPRETATION = new Setting<>("reliefByInterpretation",
            List.of("TC-10", "AMB-31b"), Boolean.TRUE, List.of(Boolean.TRUE, Boolean.FALSE), String::valueOf,
            "whether the 09:00 relief also applies to the 24-hour duties whose own text lacks it",
            "reliefByInterpretation — TC-10, AMB-31(b)");
    /**
     * AMB-44: where process point 1 sends a prisoner who arrives from court after being held in another prison:
     * "PP2" (default, as a transfer) or "PP3" (as from the community).
     */
    public static final Setting<String> COURT_FROM_OTHER_PRISON_ROUTE = new Setting<>("courtFromOtherPrisonRoute",
            List.of("AMB-44"), "PP2", List.of("PP2", "PP3"), s -> s,
            "where process point 1 sends a prisoner who comes from court after being held in another prison",
            "courtFromOtherPrisonRoute — AMB-44");
    /** AMB-33: whether the guidance's unqualified "days" are CALENDAR (default) or WORKING days. */
    public static final Setting<DayBasis> DAY_BASIS = new Setting<>("dayBasis", List.of("AMB-33"), DayBasis.CALENDAR,
            List.of(DayBasis.CALENDAR, DayBasis.WORKING), Enum::name,
            "whether the guidance's unqualified \"days\" are calendar days or working days", "dayBasis — AMB-33");

    /**
     * AMB-06: the Scottish documents do not define "young offender". By default a person aged 20 or under on the day
     * the sentence was imposed (the Scottish young-offender age band: under 21), an assumption from outside the
     * documents; the setting moves the upper age.
     */
    public static final Setting<Integer> YOUNG_OFFENDER_MAX_AGE = new Setting<>("youngOffenderMaxAge",
            List.of("AMB-06"), 20, List.of(20, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25), String::valueOf,
            "the oldest age at sentence at which a person counts as a young offender (the Scottish documents do not"
                    + " define the term)", "youngOffenderMaxAge — AMB-06");

    /** Every setting, in the order the documentation lists them. */
    public static final List<Setting<?>> ALL = List.of(WEEKEND_RELIEF_MODE, RELIEF_BY_INTERPRETATION,
            COURT_FROM_OTHER_PRISON_ROUTE, DAY_BASIS, YOUNG_OFFENDER_MAX_AGE);

    private static final Settings DEFAULTS = new Settings(defaultValues());

    private final Map<Setting<?>, Object> values;

    private Settings(Map<Setting<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    private static Map<Setting<?>, Object> defaultValues() {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        for (Setting<?> s : ALL) {
            m.put(s, s.defaultValue());
        }
        return m;
    }

    /** @return the catalogue's recommended readings. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /**
     * @return the setting with this name
     * @throws IllegalArgumentException naming the known settings
     */
    public static Setting<?> setting(String name) {
        for (Setting<?> s : ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown setting '" + name + "'; known settings: "
                + String.join(", ", ALL.stream().map(Setting::name).toList()));
    }

    /** @return the value of a setting */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object v = values.get(Objects.requireNonNull(setting, "setting"));
        if (v == null) {
            throw new IllegalArgumentException(setting + " is not one of Settings.ALL");
        }
        return (T) v;
    }

    /**
     * @return a copy with one setting changed
     * @throws IllegalArgumentException when the value is not one of the setting's values
     */
    public <T> Settings with(Setting<T> setting, T value) {
        get(setting);
        if (!setting.values().contains(value)) {
            throw new IllegalArgumentException("setting " + setting.name() + " must be one of "
                    + setting.values().stream().map(setting::text).toList() + ", was '" + value + "'");
        }
        Map<Setting<?>, Object> m = new LinkedHashMap<>(values);
        m.put(setting, value);
        return new Settings(m);
    }

    /**
     * Parses one setting by name, as the CLI and JSON callers give it.
     *
     * @throws IllegalArgumentException naming the setting and its valid values
     */
    public Settings with(String name, String value) {
        return withParsed(setting(name), value);
    }

    private <T> Settings withParsed(Setting<T> setting, String value) {
        return with(setting, setting.parse(value));
    }

    /** @return every setting in force with its catalogue IDs, by name in the order of {@link #ALL}, for provenance */
    public Map<String, AppliedSetting> applied() {
        Map<String, AppliedSetting> m = new LinkedHashMap<>();
        for (Setting<?> s : ALL) {
            m.put(s.name(), applied(s));
        }
        return Collections.unmodifiableMap(m);
    }

    private <T> AppliedSetting applied(Setting<T> s) {
        T v = get(s);
        return new AppliedSetting(s.text(v), s.catalogueIds(), v.equals(s.defaultValue()));
    }

    /** @return the TC-10 relief mode ({@link #WEEKEND_RELIEF_MODE}) */
    public ReliefMode weekendReliefMode() {
        return get(WEEKEND_RELIEF_MODE);
    }

    /** @return whether the AMB-31(b) extension is on ({@link #RELIEF_BY_INTERPRETATION}) */
    public boolean reliefByInterpretation() {
        return get(RELIEF_BY_INTERPRETATION);
    }

    /** @return the AMB-44 route, "PP2" or "PP3" ({@link #COURT_FROM_OTHER_PRISON_ROUTE}) */
    public String courtFromOtherPrisonRoute() {
        return get(COURT_FROM_OTHER_PRISON_ROUTE);
    }

    /** @return the AMB-06 young-offender age ({@link #YOUNG_OFFENDER_MAX_AGE}) */
    public int youngOffenderMaxAge() {
        return get(YOUNG_OFFENDER_MAX_AGE);
    }

    /** @return the AMB-33 day basis ({@link #DAY_BASIS}) */
    public DayBasis dayBasis() {
        return get(DAY_BASIS);
    }

    /** @return a copy with the given TC-10 relief mode. */
    public Settings withWeekendReliefMode(ReliefMode mode) {
        return with(WEEKEND_RELIEF_MODE, mode);
    }

    /** @return a copy with the AMB-31(b) extension switched on or off. */
    public Settings withReliefByInterpretation(boolean on) {
        return with(RELIEF_BY_INTERPRETATION, on);
    }

    /** @return a copy with the AMB-44 route ("PP2" or "PP3"). */
    public Settings withCourtFromOtherPrisonRoute(String route) {
        return with(COURT_FROM_OTHER_PRISON_ROUTE, route);
    }

    /** @return a copy with the AMB-33 day basis. */
    public Settings withDayBasis(DayBasis basis) {
        return with(DAY_BASIS, basis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Settings[");
        applied().forEach((k, v) -> sb.append(sb.length() > 9 ? ", " : "").append(k).append('=').append(v.value()));
        return sb.append(']').toString();
    }
}
