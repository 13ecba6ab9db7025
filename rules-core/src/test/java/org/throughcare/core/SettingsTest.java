package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.calendar.ReliefMode;

class SettingsTest {

    @Test
    @DisplayName("The defaults are the catalogue's recommended readings")
    void defaults() {
        Settings s = Settings.defaults();
        assertThat(s.weekendReliefMode()).isEqualTo(ReliefMode.NEVER_SHORTER);
        assertThat(s.reliefByInterpretation()).isTrue();
        assertThat(s.courtFromOtherPrisonRoute()).isEqualTo("PP2");
        assertThat(s.dayBasis()).isEqualTo(Settings.DayBasis.CALENDAR);
        assertThat(s.applied()).containsEntry("weekendReliefMode",
                        new AppliedSetting("NEVER_SHORTER", List.of("TC-10", "AMB-31e"), true))
                .containsEntry("dayBasis", new AppliedSetting("CALENDAR", List.of("AMB-33"), true));
        for (Setting<?> setting : Settings.ALL) {
            assertThat(s.get(setting)).isEqualTo(setting.defaultValue());
            assertThat(setting.alternatives()).isNotEmpty();
            assertThat(setting.alternatives().contains(setting.defaultValue())).isFalse();
            assertThat(setting.catalogueIds()).isNotEmpty().allMatch(id -> id.matches("(TC|AMB)-[0-9]+[a-z]?"));
        }
    }

    @Test
    @DisplayName("The text's readings are the defaults of pp2ClinicalAssessment and tier1ForPpoWith; caratFileConsent is the catalogue's")
    void readingsOfIssue8() {
        Settings s = Settings.defaults();
        assertThat(s.applied()).containsEntry("pp2ClinicalAssessment",
                        new AppliedSetting("IN_CONTACT_ONLY", List.of("AMB-43"), true))
                .containsEntry("tier1ForPpoWith", new AppliedSetting("SUBSTANCE_MISUSE_PROBLEM", List.of("AMB-40"), true))
                .containsEntry("caratFileConsent", new AppliedSetting("FILE_GOES", List.of("AMB-60"), true));
        Settings alt = s.with("pp2ClinicalAssessment", "ALWAYS").with("tier1ForPpoWith", "PROBLEMATIC_DRUG_USE")
                .with("caratFileConsent", "EXCEPTION_ONLY");
        assertThat(alt.get(Settings.PP2_CLINICAL_ASSESSMENT)).isEqualTo("ALWAYS");
        assertThat(alt.applied().get("caratFileConsent")).isEqualTo(new AppliedSetting("EXCEPTION_ONLY", List.of("AMB-60"),
                false));
        assertThatThrownBy(() -> s.with("tier1ForPpoWith", "PPO")).hasMessage("setting tier1ForPpoWith must be one of"
                + " [SUBSTANCE_MISUSE_PROBLEM, PROBLEMATIC_DRUG_USE], was 'PPO'");
    }

    @Test
    @DisplayName("Settings parse by name, and a bad name or value says what is allowed")
    void parse() {
        Settings s = Settings.defaults().with("weekendReliefMode", "LITERAL").with("reliefByInterpretation", "false")
                .with("courtFromOtherPrisonRoute", "PP3").with("dayBasis", "WORKING");
        assertThat(s).isEqualTo(Settings.defaults().withWeekendReliefMode(ReliefMode.LITERAL)
                .withReliefByInterpretation(false).withCourtFromOtherPrisonRoute("PP3")
                .withDayBasis(Settings.DayBasis.WORKING));
        assertThat(s.hashCode()).isEqualTo(Settings.defaults().with(Settings.DAY_BASIS, Settings.DayBasis.WORKING)
                .with(Settings.COURT_FROM_OTHER_PRISON_ROUTE, "PP3").with(Settings.RELIEF_BY_INTERPRETATION, false)
                .with(Settings.WEEKEND_RELIEF_MODE, ReliefMode.LITERAL).hashCode());
        assertThat(s.applied().get("dayBasis")).isEqualTo(new AppliedSetting("WORKING", List.of("AMB-33"), false));
        assertThatThrownBy(() -> s.with("weekendReliefMode", "SOMETIMES"))
                .hasMessage("setting weekendReliefMode must be one of [NEVER_SHORTER, LITERAL], was 'SOMETIMES'");
        assertThatThrownBy(() -> s.with("reliefByInterpretation", "yes"))
                .hasMessage("setting reliefByInterpretation must be one of [true, false], was 'yes'");
        assertThatThrownBy(() -> s.with("courtFromOtherPrisonRoute", "PP4"))
                .hasMessage("setting courtFromOtherPrisonRoute must be one of [PP2, PP3], was 'PP4'");
        assertThatThrownBy(() -> s.with(Settings.COURT_FROM_OTHER_PRISON_ROUTE, "PP9"))
                .hasMessage("setting courtFromOtherPrisonRoute must be one of [PP2, PP3], was 'PP9'");
        assertThatThrownBy(() -> s.with("weekendRule", "LITERAL")).hasMessageStartingWith("unknown setting 'weekendRule'");
    }
}
