package org.throughcare.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A registry of {@link BusinessCalendar}s, one per {@link CalendarId}, built from the holiday
 * rules and from holiday data files. Immutable and thread-safe.
 *
 * <h2>How a calendar is built</h2>
 * <ol>
 *   <li>The recurring bank holidays of each year 1990&ndash;2100 are computed from the rules of the
 *       jurisdiction (New Year, Easter, the May and August bank holidays, St Andrew's Day in
 *       Scotland from 2007, Christmas and Boxing Day, each with its published substitute-day
 *       rule).</li>
 *   <li>The lines of the bundled data file ({@value #BUNDLED_DATA_RESOURCE}, on the class path) are
 *       applied in order: they add one-off holidays and remove rule-based ones that were moved.</li>
 *   <li>The lines of any extra data sources passed to {@link #bundledWith(Path...)} or {@link
 *       #bundledWith(InputStream, String)} are then applied in the same way, in the order given. An
 *       extra source can therefore add holidays announced after this library was released, and it
 *       can undo a bundled change (for example {@code REMOVE} a bundled one-off and {@code ADD} a
 *       corrected one).</li>
 * </ol>
 *
 * <h2>Data file format</h2>
 * UTF-8 text, one record a line, comma-separated values with the columns
 * <pre>
 * calendar,date,change,name,source
 * </pre>
 * <ul>
 *   <li>{@code calendar}: {@code england-and-wales}, {@code scotland} or {@code both};</li>
 *   <li>{@code date}: an ISO date {@code yyyy-MM-dd} in 1990&ndash;2100;</li>
 *   <li>{@code change}: {@code ADD} (an extra holiday on that date; the date must not already be a
 *       holiday) or {@code REMOVE} (the holiday on that date did not take place, e.g. because it was
 *       moved; the date must be a holiday at that point);</li>
 *   <li>{@code name}: the holiday's name (for {@code REMOVE}, the name of the holiday removed, for
 *       the reader's benefit);</li>
 *   <li>{@code source}: a short note on where the change is published (required).</li>
 * </ul>
 * Blank lines are ignored, and so are lines whose first non-blank character is {@code #}
 * (comments). A comment of the form {@code # data-version: VALUE} declares the source's data
 * version (at most once per source; the bundled file declares it on its first line). The first
 * non-comment line may be the header line shown above. Fields are trimmed; a field containing a
 * comma is enclosed in double quotes, with a double quote inside it written twice. Example:
 * <pre>
 * # data-version: 2027-03-01
 * calendar,date,change,name,source
 * both,2027-06-07,ADD,Example extra bank holiday,"Royal proclamation, 1 March 2027"
 * </pre>
 *
 * <h2>Errors</h2>
 * A source that cannot be parsed or applied makes the factory method throw an {@link
 * IllegalArgumentException} whose message names the source (file path or the given source name),
 * the line number and what is wrong, e.g. {@code holiday data extra.csv, line 4: date
 * '2027-02-30' is not a valid ISO date (yyyy-MM-dd)}. A file that cannot be read gives an {@link
 * UncheckedIOException} naming the file.
 */
public final class Calendars {

    /** The class-path location of the bundled holiday data file. */
    public static final String BUNDLED_DATA_RESOURCE = "/org/throughcare/core/calendar/bank-holidays.csv";

    private final String dataVersion;
    private final Map<CalendarId, BusinessCalendar> calendars;

    private Calendars(String dataVersion, Map<CalendarId, BusinessCalendar> calendars) {
        this.dataVersion = dataVersion;
        this.calendars = calendars;
    }

    /** Lazily built, immutable, shared bundled registry. */
    private static final class Bundled {
        static final Calendars INSTANCE = build(List.of());
    }

    /**
     * The calendars built from the rules and the bundled data file only. The instance is shared;
     * it is immutable, so sharing it is safe.
     *
     * @return the bundled calendars
     * @throws IllegalStateException if the bundled data file is missing or has no data version
     */
    public static Calendars bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The calendars built from the rules, the bundled data file and then each extra data file in
     * the order given (format: see the class documentation). With no files this is the same as
     * {@link #bundled()}.
     *
     * @param extraDataFiles UTF-8 data files to apply after the bundled one
     * @return a new registry
     * @throws NullPointerException if the array or one of its elements is null
     * @throws IllegalArgumentException if a file has a bad line or a change that cannot be applied;
     *     the message names the file, the line number and the problem
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Calendars bundledWith(Path... extraDataFiles) {
        Objects.requireNonNull(extraDataFiles, "extraDataFiles must not be null");
        if (extraDataFiles.length == 0) {
            return bundled();
        }
        List<HolidayData.Parsed> extras = new ArrayList<>();
        for (Path file : extraDataFiles) {
            Objects.requireNonNull(file, "extraDataFiles must not contain null");
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                HolidayData.Parsed p = HolidayData.parse(r, file.toString());
                Path name = file.getFileName();
                extras.add(new HolidayData.Parsed(name == null ? file.toString() : name.toString(), p.version(),
                        p.entries()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read holiday data file " + file, e);
            }
        }
        return build(extras);
    }

    /**
     * The calendars built from the rules, the bundled data file and then one extra data source
     * read from a stream (format: see the class documentation). The stream is read to its end as
     * UTF-8 and is not closed.
     *
     * @param extraData the extra data
     * @param sourceName a name for the source, used in error messages and in {@link #dataVersion()}
     * @return a new registry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code sourceName} is blank, or the data has a bad line or a
     *     change that cannot be applied; the message names the source, the line number and the problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Calendars bundledWith(InputStream extraData, String sourceName) {
        Objects.requireNonNull(extraData, "extraData must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        if (sourceName.isBlank()) {
            throw new IllegalArgumentException("sourceName must not be blank");
        }
        try {
            Reader r = new InputStreamReader(extraData, StandardCharsets.UTF_8);
            return build(List.of(HolidayData.parse(r, sourceName)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday data " + sourceName, e);
        }
    }

    /**
     * The calendar of a jurisdiction.
     *
     * @param id which calendar
     * @return the calendar, never null
     * @throws NullPointerException if {@code id} is null
     */
    public BusinessCalendar get(CalendarId id) {
        Objects.requireNonNull(id, "id must not be null");
        return calendars.get(id);
    }

    /**
     * The version of the data the calendars were built from: the bundled file's {@code
     * data-version} (e.g. {@code 2026-11-24}), followed, for each extra source in order, by {@code
     * +NAME} or, when the source declares a data version, {@code +NAME@VERSION}; NAME is the file
     * name (without its directory) or the given source name. Example: {@code
     * 2026-11-24+local-holidays.csv@2027-03-01}.
     *
     * @return the data version, never null
     */
    public String dataVersion() {
        return dataVersion;
    }

    /** @return a short description naming the data version */
    @Override
    public String toString() {
        return "Calendars[data " + dataVersion + "]";
    }

    private static Calendars build(List<HolidayData.Parsed> extras) {
        HolidayData.Parsed bundled = readBundled();
        StringBuilder version = new StringBuilder(bundled.version());
        for (HolidayData.Parsed extra : extras) {
            version.append('+').append(extra.source());
            if (extra.version() != null) {
                version.append('@').append(extra.version());
            }
        }
        Map<CalendarId, TreeMap<LocalDate, BankHoliday>> holidays = new EnumMap<>(CalendarId.class);
        for (CalendarId id : CalendarId.values()) {
            TreeMap<LocalDate, BankHoliday> map = new TreeMap<>();
            for (int y = BusinessCalendar.MIN_SUPPORTED_YEAR; y <= BusinessCalendar.MAX_SUPPORTED_YEAR; y++) {
                for (BankHoliday h : HolidayRules.ruleBased(id, y)) {
                    map.put(h.date(), h);
                }
            }
            holidays.put(id, map);
        }
        apply(bundled, holidays);
        for (HolidayData.Parsed extra : extras) {
            apply(extra, holidays);
        }
        Map<CalendarId, BusinessCalendar> calendars = new EnumMap<>(CalendarId.class);
        for (CalendarId id : CalendarId.values()) {
            calendars.put(id, new DefaultBusinessCalendar(id, version.toString(), holidays.get(id).values()));
        }
        return new Calendars(version.toString(), Collections.unmodifiableMap(calendars));
    }

    private static HolidayData.Parsed readBundled() {
        try (InputStream in = Calendars.class.getResourceAsStream(BUNDLED_DATA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled holiday data " + BUNDLED_DATA_RESOURCE
                        + " is missing from the class path");
            }
            HolidayData.Parsed p = HolidayData.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                    BUNDLED_DATA_RESOURCE);
            if (p.version() == null) {
                throw new IllegalStateException("bundled holiday data " + BUNDLED_DATA_RESOURCE
                        + " declares no '# data-version:' comment");
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled holiday data " + BUNDLED_DATA_RESOURCE, e);
        }
    }

    private static void apply(HolidayData.Parsed source, Map<CalendarId, TreeMap<LocalDate, BankHoliday>> holidays) {
        for (HolidayData.Entry e : source.entries()) {
            for (CalendarId id : CalendarId.values()) {
                if (!e.calendars().contains(id)) {
                    continue;
                }
                TreeMap<LocalDate, BankHoliday> map = holidays.get(id);
                BankHoliday existing = map.get(e.date());
                if (e.change() == HolidayData.Change.ADD) {
                    if (existing != null) {
                        throw new IllegalArgumentException("holiday data " + e.where() + ": cannot ADD '" + e.name()
                                + "' on " + e.date() + " because the " + id.code() + " calendar already has '"
                                + existing.name() + "' on that date; REMOVE it first");
                    }
                    map.put(e.date(), new BankHoliday(e.date(), e.name()));
                } else {
                    if (existing == null) {
                        throw new IllegalArgumentException("holiday data " + e.where() + ": cannot REMOVE '"
                                + e.name() + "' on " + e.date() + " because the " + id.code()
                                + " calendar has no holiday on that date");
                    }
                    map.remove(e.date());
                }
            }
        }
    }
}
