package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Times.format writes an instant exactly as its formatter does")
class TimesFormatTest {

    @Test
    @DisplayName("for 200,000 seeded instants across the date range, with fractions, in several zones")
    void sameAsFormatter() {
        SplittableRandom r = new SplittableRandom(20261202);
        long from = Times.MIN_DATE.atStartOfDay(Times.LONDON).toEpochSecond();
        long to = Times.MAX_DATE.atStartOfDay(Times.LONDON).toEpochSecond();
        ZoneId[] zones = {Times.LONDON, ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"), ZoneId.of("America/St_Johns")};
        for (int i = 0; i < 200_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000_000);
                default -> 100;
            };
            ZonedDateTime t = Instant.ofEpochSecond(r.nextLong(from, to), nano).atZone(zones[i % zones.length]);
            assertThat(Times.format(t)).as("%s", t).isEqualTo(Times.FORMAT.format(Times.london(t)));
        }
    }

    @Test
    @DisplayName("at the clock changes, the range's ends and outside the range")
    void edges() {
        for (ZonedDateTime t : new ZonedDateTime[] {
            ZonedDateTime.of(2026, 3, 29, 0, 59, 59, 999_999_999, Times.LONDON),
            ZonedDateTime.of(2026, 3, 29, 2, 0, 0, 0, Times.LONDON),
            ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, Times.LONDON),
            ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, Times.LONDON).withLaterOffsetAtOverlap(),
            Times.MIN_DATE.atStartOfDay(Times.LONDON), Times.MAX_DATE.atTime(23, 59, 59).atZone(Times.LONDON),
            LocalDate.of(1, 1, 1).atStartOfDay(Times.LONDON), LocalDate.of(12345, 1, 1).atStartOfDay(Times.LONDON)}) {
            assertThat(Times.format(t)).as("%s", t).isEqualTo(Times.FORMAT.format(Times.london(t)));
        }
        assertThat(Times.format(null)).isEqualTo("null");
    }
}
