package org.throughcare.examples.caseload;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import org.throughcare.core.Times;

/**
 * Writes a date-time in one of the forms the snapshot reader accepts. A local time is written without an offset only
 * when it names one instant in Europe/London; in the repeated hour of an autumn night it carries its offset.
 */
final class TimeText {
    private static final ZoneRules LONDON = Times.LONDON.getRules();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private TimeText() {
    }

    static String write(ZonedDateTime t, JsonStyle.TimeForm form) {
        ZonedDateTime london = Times.london(t);
        return switch (form) {
            case OFFSET -> Times.format(london);
            case UTC -> UTC.format(london.withZoneSameInstant(ZoneOffset.UTC));
            case LOCAL -> {
                LocalDateTime local = london.toLocalDateTime();
                if (LONDON.getValidOffsets(local).size() != 1) {
                    yield Times.format(london);
                }
                yield (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
            }
        };
    }
}
