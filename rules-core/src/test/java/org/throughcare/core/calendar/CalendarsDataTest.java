package org.throughcare.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The calendar registry and its holiday data files")
class CalendarsDataTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the bundled registry is shared, carries the bundled data version and has both calendars")
    void bundled() {
        Calendars c = Calendars.bundled();
        assertThat(Calendars.bundled()).isSameAs(c);
        assertThat(Calendars.bundledWith()).isSameAs(c);
        assertThat(c.dataVersion()).isEqualTo("2026-11-24");
        assertThat(c.get(CalendarId.ENGLAND_AND_WALES).id()).isEqualTo(CalendarId.ENGLAND_AND_WALES);
        assertThat(c.get(CalendarId.SCOTLAND).id()).isEqualTo(CalendarId.SCOTLAND);
        assertThatThrownBy(() -> c.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("the bundled data file declares its version on its first line")
    void bundledFileFirstLine() throws IOException {
        try (InputStream in = Calendars.class.getResourceAsStream(Calendars.BUNDLED_DATA_RESOURCE)) {
            assertThat(in).isNotNull();
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(first).isEqualTo("# data-version: 2026-11-24");
        }
    }

    @Test
    @DisplayName("an extra file can add a holiday and remove one, and the bundled registry is unchanged")
    void addAndRemove() throws IOException {
        Path file = write("local.csv", """
                # data-version: 2027-03-01
                calendar,date,change,name,source
                england-and-wales,2027-06-07,ADD,Example extra holiday,test data
                both,2027-05-31,REMOVE,Spring bank holiday,test data
                """);
        Calendars c = Calendars.bundledWith(file);
        BusinessCalendar ew = c.get(CalendarId.ENGLAND_AND_WALES);
        BusinessCalendar sc = c.get(CalendarId.SCOTLAND);

        assertThat(ew.isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        assertThat(ew.holiday(LocalDate.of(2027, 6, 7))).map(BankHoliday::name).hasValue("Example extra holiday");
        assertThat(sc.isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue();
        assertThat(ew.isWorkingDay(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(sc.isWorkingDay(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(ew.holidays(2027)).hasSize(8);

        assertThat(c.dataVersion()).isEqualTo("2026-11-24+local.csv@2027-03-01");
        assertThat(ew.dataVersion()).isEqualTo(c.dataVersion());

        BusinessCalendar bundledEw = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);
        assertThat(bundledEw.isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue();
        assertThat(bundledEw.isWorkingDay(LocalDate.of(2027, 5, 31))).isFalse();
    }

    @Test
    @DisplayName("an extra file can override a bundled one-off, and several files apply in order")
    void overrideBundled() throws IOException {
        Path first = write("first.csv", "scotland,2026-06-15,REMOVE,World Cup bank holiday,test\n");
        Path second = write("second.csv", "scotland,2026-06-16,ADD,World Cup bank holiday (moved),test\n");
        Calendars c = Calendars.bundledWith(first, second);
        BusinessCalendar sc = c.get(CalendarId.SCOTLAND);
        assertThat(sc.isWorkingDay(LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(sc.isWorkingDay(LocalDate.of(2026, 6, 16))).isFalse();
        assertThat(c.dataVersion()).isEqualTo("2026-11-24+first.csv+second.csv");
    }

    @Test
    @DisplayName("a holiday added on a Saturday is reported by its name rather than as Saturday")
    void holidayNameTakesPrecedence() {
        Calendars c = Calendars.bundledWith(stream("both,2027-06-05,ADD,Weekend celebration,test\n"), "inline");
        BusinessCalendar ew = c.get(CalendarId.ENGLAND_AND_WALES);
        assertThat(ew.nonWorkingReason(LocalDate.of(2027, 6, 5))).hasValue("Weekend celebration");
        assertThat(ew.nonWorkingReason(LocalDate.of(2027, 6, 6))).hasValue("Sunday");
        assertThat(c.dataVersion()).isEqualTo("2026-11-24+inline");
    }

    @Test
    @DisplayName("quoted fields may contain commas and doubled quotes; blank lines, a BOM and the header are accepted")
    void quoting() {
        String data = "\uFEFF# data-version: x1\n\ncalendar,date,change,name,source\n"
                + "  both , 2027-06-07 , ADD , \"Fete, \"\"grand\"\"\" , \"note, with comma\"\n";
        Calendars c = Calendars.bundledWith(stream(data), "quoted");
        assertThat(c.get(CalendarId.SCOTLAND).holiday(LocalDate.of(2027, 6, 7)))
                .map(BankHoliday::name).hasValue("Fete, \"grand\"");
        assertThat(c.dataVersion()).isEqualTo("2026-11-24+quoted@x1");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @DisplayName("a bad data line is rejected with the file, the line number and what is wrong")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "england-and-wales,2027-02-30,ADD,X,src | date '2027-02-30' is not a valid ISO date (yyyy-MM-dd)",
        "england-and-wales,27/06/2027,ADD,X,src | date '27/06/2027' is not a valid ISO date (yyyy-MM-dd)",
        "wales,2027-06-07,ADD,X,src | unknown calendar 'wales'; expected england-and-wales, scotland or both",
        "both,2027-06-07,MOVE,X,src | change 'MOVE' is not ADD or REMOVE",
        "both,2027-06-07,add,X,src | change 'add' is not ADD or REMOVE",
        "both,2027-06-07,ADD,X | expected 5 columns (calendar,date,change,name,source) but found 4",
        "both,2027-06-07,ADD,X,src,extra | expected 5 columns (calendar,date,change,name,source) but found 6",
        "both,2027-06-07,ADD,X, | the source column is empty; say where the change is published",
        "both,2027-06-07,ADD,,src | the name column is empty",
        "both,1989-12-29,ADD,X,src | date 1989-12-29 is outside the supported years 1990-2100",
        "both,2101-01-03,ADD,X,src | date 2101-01-03 is outside the supported years 1990-2100",
        "both,2027-06-07,ADD,\"X,src | a quoted field is not closed (missing \")",
        "both,2027-05-31,ADD,Another,src | cannot ADD 'Another' on 2027-05-31 because the england-and-wales calendar already has 'Spring bank holiday' on that date; REMOVE it first",
        "both,2027-06-08,REMOVE,Nothing,src | cannot REMOVE 'Nothing' on 2027-06-08 because the england-and-wales calendar has no holiday on that date",
        "scotland,2027-03-29,REMOVE,Easter Monday,src | cannot REMOVE 'Easter Monday' on 2027-03-29 because the scotland calendar has no holiday on that date",
    })
    void badLine(String line, String problem) throws IOException {
        Path file = write("bad.csv", "# data-version: test-1\ncalendar,date,change,name,source\n" + line + "\n");
        assertThatThrownBy(() -> Calendars.bundledWith(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday data " + file + ", line 3: " + problem);
    }

    @Test
    @DisplayName("a second data-version comment in one source is rejected")
    void secondVersion() {
        assertThatThrownBy(() -> Calendars.bundledWith(stream("# data-version: 1\n# data-version: 2\n"), "twice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday data twice, line 2: a second data-version comment; a source may declare its"
                        + " data version only once");
    }

    @Test
    @DisplayName("the first line of a file that is neither a comment nor the header is a data line and is checked")
    void firstDataLineChecked() {
        assertThatThrownBy(() -> Calendars.bundledWith(stream("calendar,date,change\n"), "short-header"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday data short-header, line 1: expected 5 columns (calendar,date,change,name,source)"
                        + " but found 3");
    }

    @Test
    @DisplayName("a stream source is named in error messages by the given source name")
    void streamErrorNamesSource() {
        assertThatThrownBy(() -> Calendars.bundledWith(stream("# a comment\n\nboth,2027-13-01,ADD,X,src\n"), "my-source"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("holiday data my-source, line 3: ");
    }

    @Test
    @DisplayName("a missing file gives an UncheckedIOException naming the file")
    void missingFile() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> Calendars.bundledWith(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    @DisplayName("null and blank arguments are rejected")
    void badArguments() {
        assertThatThrownBy(() -> Calendars.bundledWith((Path[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Calendars.bundledWith((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Calendars.bundledWith(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Calendars.bundledWith(stream(""), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Calendars.bundledWith(stream(""), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sourceName must not be blank");
    }
}
