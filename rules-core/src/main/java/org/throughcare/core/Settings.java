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

    /**
     * AMB-43: whom process point 2's 24-hour clinical assessment is for. The guidance puts it inside "if the prisoner
     * has been in contact with the Substance Misuse Team at the previous prison": {@code IN_CONTACT_ONLY} (default,
     * the text's reading). {@code ALWAYS}: every transferred prisoner (the catalogue's AMB-43). Either way a prisoner
     * identified with a substance misuse need is referred to CARATs.
     */
    public static final Setting<String> PP2_CLINICAL_ASSESSMENT = new Setting<>("pp2ClinicalAssessment",
            List.of("AMB-43"), "IN_CONTACT_ONLY", List.of("IN_CONTACT_ONLY", "ALWAYS"), s -> s,
            "whether process point 2's 24-hour clinical assessment is only for a transferred prisoner who was in"
                    + " contact with the previous prison's Substance Misuse Team, or for every transferred prisoner",
            "pp2ClinicalAssessment — AMB-43");
    /**
     * AMB-40: what puts a PPO in treatment-priority tier 1. {@code SUBSTANCE_MISUSE_PROBLEM} (default, process point
     * 2's Note: a PPO having a substance misuse problem, that is problematic drug use or a substance misuse need the
     * clinical assessment found). {@code PROBLEMATIC_DRUG_USE}: only a PPO who is a problematic drug user (process
     * point 5's list and the catalogue, ENG-COC-PRI-01/-03 and AMB-40); any other PPO is tier 3.
     */
    public static final Setting<String> TIER_1_FOR_PPO_WITH = new Setting<>("tier1ForPpoWith",
            List.of("AMB-40"), "SUBSTANCE_MISUSE_PROBLEM", List.of("SUBSTANCE_MISUSE_PROBLEM", "PROBLEMATIC_DRUG_USE"),
            s -> s, "what a PPO needs besides PPO status to be in treatment-priority tier 1: any substance misuse"
                    + " problem (problematic drug use or a substance misuse need found at assessment), or problematic"
                    + " drug use", "tier1ForPpoWith — AMB-40");
    /**
     * AMB-60: whether the CARAT file goes from one prison's Substance Misuse Team to the next when the client's
     * consent is refused or withdrawn. {@code FILE_GOES} (default, the catalogue's AMB-60: the file moving between
     * prisons is not blocked). {@code EXCEPTION_ONLY}: the file carries information shared under Annex A, so without
     * consent it goes only when an exception to consent applies.
     */
    public static final Setting<String> CARAT_FILE_CONSENT = new Setting<>("caratFileConsent",
            List.of("AMB-60"), "FILE_GOES", List.of("FILE_GOES", "EXCEPTION_ONLY"), s -> s,
            "whether the CARAT file goes to the next prison's Substance Misuse Team when the client's consent is refused"
                    + " or withdrawn, or only when an exception to consent applies", "caratFileConsent — AMB-60");

    /** Every setting, in the order the documentation lists them. */
    public static final List<Setting<?>> ALL = List.of(WEEKEND_RELIEF_MODE, RELIEF_BY_INTERPRETATION,
            COURT_FROM_OTHER_PRISON_ROUTE, DAY_BASIS, YOUNG_OFFENDER_MAX_AGE, PP2_CLINICAL_ASSESSMENT,
            TIER_1_FOR_PPO_WITH, CARAT_FILE_CONSENT);

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

    /** @return the default readings (the catalogue's, or the text's where the project follows the text). */
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
