package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares whole years of both calendars with the published lists in
 * {@code published-bank-holidays.csv} (the expected values are written out there, not computed).
 */

@DisplayName("The bundled calendars match the published bank holiday lists")
class PublishedBankHolidaysTest {

    private static final String RESOURCE = "published-bank-holidays.csv";

    private record Expected(CalendarId calendar, LocalDate date, String weekday, String name) {
    }

    private static List<Expected> expected() {
        try (InputStream in = PublishedBankHolidaysTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the test class path").isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Expected> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("calendar,")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                out.add(new Expected(CalendarId.fromCode(f[0]), LocalDate.parse(f[1]), f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> publishedYears() {
        Map<String, List<LocalDate>> byYear = new TreeMap<>();
        for (Expected e : expected()) {
            byYear.computeIfAbsent(e.calendar().code() + " " + e.date().getYear(), k -> new ArrayList<>()).add(e.date());
        }
        return byYear.entrySet().stream().map(en -> {
            String[] key = en.getKey().split(" ");
            return Arguments.of(CalendarId.fromCode(key[0]), Integer.parseInt(key[1]), en.getValue());
        });
    }

    @ParameterizedTest(name = "{0} {1} has exactly the published dates")
    @MethodSource("publishedYears")
    @DisplayName("Each listed year has exactly the published bank holiday dates, no more and no fewer")
    void yearMatchesPublishedList(CalendarId calendar, int year, List<LocalDate> published) {
        List<LocalDate> actual = Calendars.bundled().get(calendar).holidays(year).stream()
                .map(BankHoliday::date).collect(Collectors.toList());
        assertThat(actual).containsExactlyElementsOf(published);
    }

    @Test
    @DisplayName("Every expected date in the test data is on the weekday written next to it")
    void expectedDataHasNoTypos() {
        for (Expected e : expected()) {
            String weekday = e.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
            assertThat(weekday).as("weekday of %s (%s)", e.date(), e.name()).isEqualTo(e.weekday());
            assertThat(e.date().getDayOfWeek()).as("%s is a weekday", e.date())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    @DisplayName("The test data covers every year the catalogue requires in both jurisdictions")
    void requiredYearsArePresent() {
        Set<String> present = expected().stream().map(e -> e.calendar().code() + " " + e.date().getYear())
                .collect(Collectors.toSet());
        for (int y : new int[] {1995, 1999, 2002, 2010, 2011, 2012, 2015, 2016, 2020, 2021, 2022, 2023, 2026, 2027}) {
            assertThat(present).contains("england-and-wales " + y);
        }
        for (int y : new int[] {1999, 2000, 2002, 2011, 2012, 2015, 2016, 2017, 2020, 2021, 2022, 2023, 2026, 2027}) {
            assertThat(present).contains("scotland " + y);
        }
    }

    @Test
    @DisplayName("England and Wales 2026 is Thu 1 Jan, Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec")
    void englandAndWales2026WrittenOut() {
        assertThat(Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES).holidays(2026))
                .extracting(BankHoliday::date, BankHoliday::name)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), "New Year's Day"),
                        tuple(LocalDate.of(2026, 4, 3), "Good Friday"),
                        tuple(LocalDate.of(2026, 4, 6), "Easter Monday"),
                        tuple(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
                        tuple(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
                        tuple(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
                        tuple(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        tuple(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"));
    }

    @Test
    @DisplayName("Scotland 2026 adds 2 January, St Andrew's Day, the first Monday of August and the World Cup holiday, and has no Easter Monday")
    void scotland2026WrittenOut() {
        assertThat(Calendars.bundled().get(CalendarId.SCOTLAND).holidays(2026))
                .extracting(BankHoliday::date, BankHoliday::name)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), "New Year's Day"),
                        tuple(LocalDate.of(2026, 1, 2), "2nd January"),
                        tuple(LocalDate.of(2026, 4, 3), "Good Friday"),
                        tuple(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
                        tuple(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
                        tuple(LocalDate.of(2026, 6, 15), "World Cup bank holiday"),
                        tuple(LocalDate.of(2026, 8, 3), "Summer bank holiday"),
                        tuple(LocalDate.of(2026, 11, 30), "St Andrew's Day"),
                        tuple(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        tuple(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"));
    }
}
