package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(s.asMap()).containsEntry("weekendReliefMode", "NEVER_SHORTER (TC-10, AMB-31e)")
                .containsEntry("dayBasis", "CALENDAR (AMB-33)");
    }

    @Test
    @DisplayName("Settings parse by name, and a bad name or value says what is allowed")
    void parse() {
        Settings s = Settings.defaults().with("weekendReliefMode", "LITERAL").with("reliefByInterpretation", "false")
                .with("courtFromOtherPrisonRoute", "PP3").with("dayBasis", "WORKING");
        assertThat(s).isEqualTo(new Settings(ReliefMode.LITERAL, false, "PP3", Settings.DayBasis.WORKING));
        assertThatThrownBy(() -> s.with("weekendReliefMode", "SOMETIMES"))
                .hasMessage("setting weekendReliefMode must be one of [NEVER_SHORTER, LITERAL], was 'SOMETIMES'");
        assertThatThrownBy(() -> s.with("reliefByInterpretation", "yes"))
                .hasMessage("setting reliefByInterpretation must be true or false, was 'yes'");
        assertThatThrownBy(() -> s.with("courtFromOtherPrisonRoute", "PP4"))
                .hasMessage("setting courtFromOtherPrisonRoute must be PP2 or PP3, was 'PP4'");
        assertThatThrownBy(() -> s.with("weekendRule", "LITERAL")).hasMessageStartingWith("unknown setting 'weekendRule'");
    }
}
