package org.throughcare.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.throughcare.core.calendar.BankHoliday;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.calendar.ReliefMode;
import org.throughcare.core.calendar.SkippedDay;
import org.throughcare.core.calendar.WorkingDays;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code throughcare calendar}: the business calendars the engine uses for deadlines (England and Wales, Scotland).
 */
@Command(name = "calendar",
        mixinStandardHelpOptions = true,
        versionProvider = ThroughcareCli.Version.class,
        usageHelpAutoWidth = true,
        header = "Answer business-calendar questions (working days, bank holidays, deadlines).",
        description = {"The calendars are the ones the engine uses for due times: Monday to Friday except bank holidays, "
            + "for england-and-wales or scotland, 1990 to 2100. --holiday-data adds a data file of extra or moved "
            + "holidays (format: see Calendars in rules-core)."},
        subcommands = {CalendarCommand.AddWorkingDays.class, CalendarCommand.Holidays.class,
            CalendarCommand.IsWorkingDay.class, CalendarCommand.Deadline.class},
        exitCodeListHeading = ThroughcareCli.EXIT_HEADING,
        exitCodeList = {ThroughcareCli.EXIT_0, ThroughcareCli.EXIT_1, ThroughcareCli.EXIT_2})
final class CalendarCommand implements Runnable {

    @ParentCommand
    ThroughcareCli root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing calendar command: give one of add-working-days, holidays, is-working-day, deadline");
    }

    /** Options every calendar subcommand shares: the jurisdiction, extra holiday data and the output format. */
    static final class CalendarOptions {
        @Option(names = "--jurisdiction", required = true, paramLabel = "CODE",
                description = "The calendar: england-and-wales or scotland.")
        String jurisdiction;

        @Option(names = "--holiday-data", paramLabel = "FILE",
                description = "An extra holiday data file to apply after the bundled one (repeatable).")
        List<Path> holidayData = new ArrayList<>();

        @Mixin
        FormatOption format = new FormatOption();

        BusinessCalendar calendar() {
            CalendarId id = Inputs.jurisdiction(jurisdiction);
            Calendars calendars;
            try {
                calendars = holidayData.isEmpty() ? Calendars.bundled()
                        : Calendars.bundledWith(holidayData.toArray(Path[]::new));
            } catch (UncheckedIOException e) {
                throw new CliException(CliException.UNREADABLE_INPUT, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.INVALID_CALENDAR_DATA, e.getMessage());
            }
            return calendars.get(id);
        }
    }

    /** Shared plumbing: output and the mapping of out-of-range errors to exit 2. */
    abstract static class Sub implements Callable<Integer>, ThroughcareCli.FormatAware {
        @ParentCommand
        CalendarCommand parent;

        @Mixin
        CalendarOptions options = new CalendarOptions();

        @Override
        public boolean json() {
            return options.format.json();
        }

        @Override
        public Integer call() {
            BusinessCalendar calendar = options.calendar();
            try {
                if (json()) {
                    ObjectNode o = CliJson.object();
                    o.put("calendar", calendar.id().code());
                    o.put("calendarDataVersion", calendar.dataVersion());
                    json(calendar, o);
                    parent.root.ctx.out().println(CliJson.write(o));
                } else {
                    parent.root.ctx.out().print(Texts.stripTrailing(text(calendar)));
                }
            } catch (IllegalArgumentException e) {
                // dates outside 1990-2100, negative counts: the calendar's message names the value and the range
                throw new CliException(CliException.OUT_OF_RANGE, e.getMessage());
            }
            return ThroughcareCli.OK;
        }

        abstract void json(BusinessCalendar calendar, ObjectNode o);

        abstract String text(BusinessCalendar calendar);

        static String dataNote(BusinessCalendar calendar) {
            return calendar.id().code() + " (holiday data " + calendar.dataVersion() + ")";
        }

        static void skippedLines(StringBuilder sb, List<SkippedDay> skipped) {
            if (skipped.isEmpty()) {
                sb.append("Skipped: none\n");
                return;
            }
            sb.append("Skipped:\n");
            for (SkippedDay s : skipped) {
                sb.append("  ").append(Texts.day(s.date())).append("  ").append(s.reason()).append('\n');
            }
        }
    }

    @Command(name = "add-working-days", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
            versionProvider = ThroughcareCli.Version.class,
            header = "Count working days forward from a date.",
            description = "Prints the DAYS-th working day after --from (which is day 0, working day or not), and every "
                + "weekend day and bank holiday skipped on the way with its reason (catalogue TC-04).")
    static final class AddWorkingDays extends Sub {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "The start date (day 0), e.g. 2026-04-02.")
        String from;

        @Option(names = "--days", required = true, paramLabel = "N", description = "How many working days to add (0 or more).")
        int days;

        private WorkingDays compute(BusinessCalendar calendar) {
            return calendar.addWorkingDays(Inputs.date("--from", from), days);
        }

        @Override
        void json(BusinessCalendar calendar, ObjectNode o) {
            WorkingDays w = compute(calendar);
            o.put("from", w.start().toString());
            o.put("days", w.days());
            o.put("result", w.result().toString());
            CliJson.skipped(o.putArray("skipped"), w.skipped());
        }

        @Override
        String text(BusinessCalendar calendar) {
            WorkingDays w = compute(calendar);
            StringBuilder sb = new StringBuilder();
            sb.append(Texts.day(w.result())).append(" (").append(w.result()).append(")\n");
            sb.append(w.days()).append(w.days() == 1 ? " working day" : " working days").append(" after ")
                    .append(Texts.day(w.start())).append(" (day 0) in ").append(dataNote(calendar)).append('\n');
            skippedLines(sb, w.skipped());
            return sb.toString();
        }
    }

    @Command(name = "holidays", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
            versionProvider = ThroughcareCli.Version.class,
            header = "List the bank holidays of a year.",
            description = "Prints every bank holiday of the year in the calendar, in date order, with its published name.")
    static final class Holidays extends Sub {
        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year, 1990 to 2100.")
        int year;

        @Override
        void json(BusinessCalendar calendar, ObjectNode o) {
            o.put("year", year);
            CliJson.holidays(o.putArray("holidays"), calendar.holidays(year));
        }

        @Override
        String text(BusinessCalendar calendar) {
            List<BankHoliday> list = calendar.holidays(year);
            StringBuilder sb = new StringBuilder();
            sb.append(list.size()).append(" bank holidays in ").append(year).append(", ").append(dataNote(calendar))
                    .append(":\n");
            for (BankHoliday h : list) {
                sb.append("  ").append(Texts.day(h.date())).append("  ").append(h.name()).append('\n');
            }
            return sb.toString();
        }
    }

    @Command(name = "is-working-day", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
            versionProvider = ThroughcareCli.Version.class,
            header = "Say whether a date is a working day.",
            description = "Prints whether the date is a working day in the calendar and, if not, why (the bank holiday's "
                + "name, or Saturday or Sunday). The exit status is 0 either way.")
    static final class IsWorkingDay extends Sub {
        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date, e.g. 2026-04-06.")
        String date;

        @Override
        void json(BusinessCalendar calendar, ObjectNode o) {
            LocalDate d = Inputs.date("--date", date);
            o.put("date", d.toString());
            o.put("workingDay", calendar.isWorkingDay(d));
            calendar.nonWorkingReason(d).ifPresent(r -> o.put("reason", r));
        }

        @Override
        String text(BusinessCalendar calendar) {
            LocalDate d = Inputs.date("--date", date);
            Optional<String> reason = calendar.nonWorkingReason(d);
            return Texts.day(d) + (reason.isEmpty() ? " is a working day in " : " is not a working day in ")
                    + dataNote(calendar) + reason.map(r -> ": " + r).orElse("") + "\n";
        }
    }

    /** The readings of the TC-10 relief, plus NONE for plain elapsed hours. */
    enum ReliefOption {
        NEVER_SHORTER, LITERAL, NONE
    }

    @Command(name = "deadline", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
            versionProvider = ThroughcareCli.Version.class,
            header = "Compute a deadline the way the engine does, and show how.",
            description = {
                "--hours N: N elapsed hours after --from, with the weekend/bank-holiday relief of catalogue TC-10 "
                    + "(\"by 09:00 on the next working day\") in the reading given by --relief: NEVER_SHORTER (the "
                    + "default: the later of N hours and 09:00 on the next working day), LITERAL (09:00 on the next "
                    + "working day) or NONE (plain elapsed hours, TC-02).",
                "--days N: the end of the N-th calendar day after the trigger day (TC-03); --working-days N: the end "
                    + "of the N-th working day after it (TC-04)."})
    static final class Deadline extends Sub {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE-TIME",
                description = "The trigger, London time (2026-04-02T16:00) or with an offset (2026-10-25T01:30+01:00).")
        String from;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Amount amount;

        static final class Amount {
            @Option(names = "--hours", paramLabel = "N", description = "Elapsed hours (TC-02, TC-10).")
            Integer hours;

            @Option(names = "--days", paramLabel = "N", description = "Calendar days, to the end of the day (TC-03).")
            Integer days;

            @Option(names = "--working-days", paramLabel = "N", description = "Working days, to the end of the day (TC-04).")
            Integer workingDays;
        }

        @Option(names = "--relief", paramLabel = "MODE",
                description = "With --hours: NEVER_SHORTER (default), LITERAL or NONE.")
        ReliefOption relief;

        Derivation compute(BusinessCalendar calendar) {
            ZonedDateTime trigger = Inputs.londonTime("--from", from);
            DeadlineCalculator calc = new DeadlineCalculator(calendar);
            if (amount.hours == null) {
                if (relief != null) {
                    throw new CliException(CliException.USAGE, "--relief applies only to --hours");
                }
                return amount.days != null ? calc.plusCalendarDaysEndOfDay(trigger, amount.days)
                        : calc.plusWorkingDaysEndOfDay(trigger, amount.workingDays);
            }
            ReliefOption mode = relief == null ? ReliefOption.NEVER_SHORTER : relief;
            return switch (mode) {
                case NONE -> calc.plusHours(trigger, amount.hours);
                case LITERAL -> calc.plusHoursWithWeekendRelief(trigger, amount.hours, ReliefMode.LITERAL);
                case NEVER_SHORTER -> calc.plusHoursWithWeekendRelief(trigger, amount.hours, ReliefMode.NEVER_SHORTER);
            };
        }

        @Override
        void json(BusinessCalendar calendar, ObjectNode o) {
            CliJson.derivation(o, compute(calendar));
        }

        @Override
        String text(BusinessCalendar calendar) {
            StringBuilder sb = new StringBuilder();
            DerivationText.render(sb, compute(calendar), "");
            return sb.toString();
        }
    }
}
