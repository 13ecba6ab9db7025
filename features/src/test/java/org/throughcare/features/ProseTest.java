package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The features' dates and times must fail loudly when a scenario gets them wrong. */
class ProseTest {

    @Test
    void a_date_names_its_weekday() {
        assertThat(Prose.date("Thursday 2 April 2026")).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void a_wrong_weekday_is_refused() {
        assertThatThrownBy(() -> Prose.date("Thursday 3 April 2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 April 2026 is a Friday, not a Thursday");
        assertThatThrownBy(() -> Prose.moment("09:00 on Monday 7 April 2026"))
                .hasMessageContaining("is a Tuesday, not a Monday");
    }

    @Test
    void impossible_dates_and_times_are_refused() {
        assertThatThrownBy(() -> Prose.date("Tuesday 31 April 2026")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> Prose.moment("24:00 on Tuesday 7 April 2026")).hasMessageContaining("no such time");
        assertThatThrownBy(() -> Prose.date("Thu 2 April 2026")).hasMessageContaining("not a weekday");
    }

    @Test
    void the_skipped_spring_hour_is_refused() {
        assertThatThrownBy(() -> Prose.moment("01:30 on Sunday 29 March 2026")).hasMessageContaining("does not exist");
    }

    @Test
    void the_repeated_autumn_hour_needs_gmt_or_bst() {
        assertThatThrownBy(() -> Prose.moment("01:30 on Sunday 25 October 2026")).hasMessageContaining("happened twice");
        assertThat(Prose.moment("01:30 BST on Sunday 25 October 2026").getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(Prose.moment("01:30 GMT on Sunday 25 October 2026").getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void a_stated_zone_is_checked() {
        assertThat(Prose.moment("11:00 BST on Sunday 29 March 2026").getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThatThrownBy(() -> Prose.moment("10:00 BST on Saturday 28 March 2026"))
                .hasMessageContaining("London was on GMT");
    }

    @Test
    void times_are_written_back_as_prose() {
        assertThat(Prose.say(Prose.moment("09:00 on Tuesday 7 April 2026"))).isEqualTo("09:00 BST on Tuesday 7 April 2026");
        assertThat(Prose.say(Prose.endOf(LocalDate.of(2026, 4, 12)))).isEqualTo("23:59:59 BST on Sunday 12 April 2026");
    }

    @Test
    void lists_read_as_prose() {
        assertThat(Prose.list("A, B and C")).containsExactly("A", "B", "C");
        assertThat(Prose.list("none")).isEmpty();
    }
}
