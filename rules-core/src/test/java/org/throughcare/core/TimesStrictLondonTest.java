package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The strict Europe/London time helper for Java callers")
class TimesStrictLondonTest {

    @Test
    @DisplayName("reads an ordinary local time as its one instant")
    void ordinary() {
        assertThat(Times.format(Times.strictLondon(LocalDateTime.of(2026, 4, 2, 16, 0))))
                .isEqualTo("2026-04-02T16:00:00+01:00");
    }

    @Test
    @DisplayName("refuses a time in the spring gap, naming the clock change, as the JSON reader does")
    void gap() {
        assertThatThrownBy(() -> Times.strictLondon(LocalDateTime.of(2026, 3, 29, 1, 30)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("does not exist in Europe/London: the clocks went forward from 01:00 to 02:00");
    }

    @Test
    @DisplayName("refuses a time in the autumn fall-back hour unless the offset says which")
    void overlap() {
        LocalDateTime twice = LocalDateTime.of(2026, 10, 25, 1, 30);
        assertThatThrownBy(() -> Times.strictLondon(twice)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("happens twice").hasMessageContaining("+01:00 for the first (BST)");
        assertThat(Times.format(Times.strictLondon(twice, ZoneOffset.ofHours(1)))).isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(Times.format(Times.strictLondon(twice, ZoneOffset.UTC))).isEqualTo("2026-10-25T01:30:00+00:00");
        assertThatThrownBy(() -> Times.strictLondon(LocalDateTime.of(2026, 7, 1, 12, 0), ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("was not at offset Z");
    }
}
