package org.throughcare.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.json.ThroughcareJson;

/** Reading the CLI's inputs: files or standard input, jurisdictions, dates and times. */
final class Inputs {
    private Inputs() {
    }

    /** @return the whole of a file, or of standard input when the name is "-", as UTF-8 text */
    static String readText(String file, CliContext ctx) {
        try {
            if ("-".equals(file)) {
                return new String(ctx.in().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": " + describe(e));
        }
    }

    /**
     * Reads one snapshot from a file, or from standard input for "-" (the library caps a document at 1 MiB, so an
     * enormous file is refused without being read whole).
     *
     * @throws org.throughcare.core.validation.InvalidSnapshotException listing every problem
     */
    static Snapshot readSnapshot(String file, CliContext ctx) {
        InputStream in = open(file, ctx);
        try {
            return ThroughcareJson.readSnapshot(in);
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": " + describe(e.getCause()));
        } finally {
            if (in != ctx.in()) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing was written; a failed close of a read-only file changes nothing
                }
            }
        }
    }

    /** @return the lines of a file, or of standard input when the name is "-" */
    static List<String> readLines(String file, CliContext ctx) {
        return readText(file, ctx).lines().toList();
    }

    /** Opens a file (or standard input for "-") for reading. */
    static InputStream open(String file, CliContext ctx) {
        if ("-".equals(file)) {
            return ctx.in();
        }
        try {
            return Files.newInputStream(path(file));
        } catch (NoSuchFileException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": " + describe(e));
        }
    }

    private static Path path(String file) {
        try {
            Path p = Path.of(file);
            if (Files.isDirectory(p)) {
                throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": it is a directory");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new CliException(CliException.UNREADABLE_INPUT, "cannot read " + file + ": not a valid path");
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    /** @return the calendar for a jurisdiction code ("england-and-wales" or "scotland") */
    static CalendarId jurisdiction(String code) {
        try {
            return CalendarId.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.UNKNOWN_JURISDICTION, e.getMessage());
        }
    }

    /** @return an ISO date */
    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.USAGE, option + " must be an ISO date such as 2026-04-02, was '" + value + "'");
        }
    }

    /**
     * Parses a time the way snapshots give them: a local Europe/London date-time ("2026-04-02T16:00", seconds
     * optional) or one with an offset ("2026-10-25T01:30+01:00"). A local time that is ambiguous (the autumn
     * fall-back hour) or does not exist (the spring gap) is rejected, naming the fix.
     */
    static ZonedDateTime londonTime(String option, String value) {
        try {
            return Times.london(OffsetDateTime.parse(value).toZonedDateTime());
        } catch (DateTimeParseException notOffset) {
            // a local time, handled below
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.USAGE, option + " must be a date-time such as 2026-04-02T16:00 (London time)"
                    + " or 2026-10-25T01:30+01:00, was '" + value + "'");
        }
        try {
            return Times.strictLondon(local);
        } catch (DateTimeException e) {
            throw new CliException(CliException.USAGE, option + " " + e.getMessage());
        }
    }
}
