package org.throughcare.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.throughcare.core.Consent;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;

/**
 * Adding bank holidays the library does not know about yet (one announced after its release, say) with
 * {@link Calendars#bundledWith(Path...)}, and giving the resulting calendars to the engine.
 *
 * <p>The same snapshot is evaluated twice: with the bundled calendars, the CJIT's DIR (destination known Thursday 2
 * April 2026, 16:00) is due at 09:00 on Tuesday 7 April, after Easter; with an extra holiday on Tuesday 7 April the
 * next working day is Wednesday 8 April, and the due time moves with it. The calendar's data version, which every
 * decision records in its provenance, names the extra file.
 *
 * <p>Run: {@code java -cp examples/target/throughcare.jar org.throughcare.examples.embedding.EmbedCustomCalendar
 * [HOLIDAY-FILE]}. Without an argument the example file bundled with this module
 * ({@value #EXAMPLE_DATA}) is used; its format is described in the {@link Calendars} documentation.
 */
public final class EmbedCustomCalendar {

    /** The example data file on the class path: one made-up holiday on Tuesday 7 April 2026 (England and Wales). */
    public static final String EXAMPLE_DATA = "/org/throughcare/examples/embedding/extra-holidays.csv";

    private EmbedCustomCalendar() {
    }

    public static void main(String[] args) {
        Calendars custom;
        if (args.length > 0) {
            custom = Calendars.bundledWith(Path.of(args[0]));         // a file of your own
        } else {
            try (InputStream in = EmbedCustomCalendar.class.getResourceAsStream(EXAMPLE_DATA)) {
                custom = Calendars.bundledWith(in, "extra-holidays.csv"); // the same, read from the class path
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // The calendars alone: the same 24-hour deadline computed both ways.
        ZonedDateTime trigger = ZonedDateTime.of(2026, 4, 2, 16, 0, 0, 0, Times.LONDON);
        Derivation bundled = new DeadlineCalculator(Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES))
                .plusHoursWithWeekendRelief(trigger, 24);
        Derivation local = new DeadlineCalculator(custom.get(CalendarId.ENGLAND_AND_WALES))
                .plusHoursWithWeekendRelief(trigger, 24);
        System.out.println("24 hours from " + trigger + ":");
        System.out.println("  bundled calendars (" + Calendars.bundled().dataVersion() + "): " + bundled.dueAt());
        System.out.println("  with extra data   (" + custom.dataVersion() + "): " + local.dueAt());
        System.out.println("  skipped: " + local.skippedDays());

        // The engine with the custom calendars: due times and provenance follow them.
        ThroughcareEngine standard = ThroughcareEngine.builder().build();
        ThroughcareEngine withExtra = ThroughcareEngine.builder().calendars(custom).build();
        Snapshot snapshot = Snapshot.builder("custom-calendar-0001", Jurisdiction.ENGLAND,
                        ZonedDateTime.of(2026, 4, 7, 12, 0, 0, 0, Times.LONDON))
                .custody(Custody.builder(CustodyStatus.REMAND).establishment("HMP Example"))
                .consent(Consent.given(trigger.toLocalDate()))   // with none recorded the DIR would be held (CONS-06)
                .event(EventType.COURT_REMAND_OR_SENTENCE, trigger.minusHours(2))
                .event(EventType.CJIT_AWARE_OF_DESTINATION, trigger)
                .build();
        print("bundled calendars", standard.evaluate(snapshot));
        print("extra holiday data", withExtra.evaluate(snapshot));
    }

    private static void print(String label, Decision d) {
        System.out.println("Engine with " + label + " (calendar data " + d.provenance().calendarDataVersion() + "):");
        for (RequiredAction a : d.requiredActions()) {
            if (a.due().at() != null) {
                System.out.println("  " + a.code() + " due " + a.due().at().toOffsetDateTime() + " [" + a.status() + "]");
            }
        }
    }
}
