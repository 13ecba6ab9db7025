package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.throughcare.core.calendar.BankHoliday;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.WorkingDays;

/** Steps on the bundled bank-holiday calendars, through the public calendar API ({@link Calendars#bundled()}). */
public class CalendarSteps {
    private final CaseWorld world;

    public CalendarSteps(CaseWorld world) {
        this.world = world;
    }

    @Given("the {calendarName} bank holiday calendar")
    public void calendar(CalendarId id) {
        world.calendar = Calendars.bundled().get(id);
    }

    @Then("{date} is a bank holiday: {string}")
    public void holiday(LocalDate date, String name) {
        assertThat(world.calendar.holiday(date).map(BankHoliday::name))
                .as("%s in %s", Prose.say(date), world.calendar.id()).contains(name);
        assertThat(world.calendar.isWorkingDay(date)).as("%s is a working day", Prose.say(date)).isFalse();
    }

    @Then("{date} is a working day")
    public void workingDay(LocalDate date) {
        assertThat(world.calendar.holiday(date)).as("holiday on %s in %s", Prose.say(date), world.calendar.id()).isEmpty();
        assertThat(world.calendar.isWorkingDay(date)).as("%s is a working day in %s", Prose.say(date),
                world.calendar.id()).isTrue();
    }

    @Then("{date} is not a bank holiday but is not a working day either: {string}")
    public void weekend(LocalDate date, String reason) {
        assertThat(world.calendar.holiday(date)).as("holiday on %s", Prose.say(date)).isEmpty();
        assertThat(world.calendar.nonWorkingReason(date)).as("why %s is not a working day", Prose.say(date))
                .contains(reason);
    }

    @Then("the bank holidays of {int} are:")
    public void year(int year, DataTable table) {
        List<String> expected = table.asMaps().stream()
                .map(row -> Prose.say(Prose.date(row.get("date"))) + ": " + row.get("name")).toList();
        List<String> actual = world.calendar.holidays(year).stream()
                .map(h -> Prose.say(h.date()) + ": " + h.name()).toList();
        assertThat(actual).as("bank holidays of %s in %s", year, world.calendar.id()).containsExactlyElementsOf(expected);
    }

    @Then("the next working day after {date} is {date}")
    public void next(LocalDate from, LocalDate expected) {
        LocalDate actual = world.calendar.nextWorkingDay(from);
        assertThat(Prose.say(actual)).as("next working day after %s", Prose.say(from)).isEqualTo(Prose.say(expected));
    }

    @Then("{int} working day(s) after {date} is {date}, passing over:")
    public void addWorkingDays(int n, LocalDate from, LocalDate expected, DataTable table) {
        WorkingDays w = world.calendar.addWorkingDays(from, n);
        assertThat(Prose.say(w.result())).as("%s working days after %s", n, Prose.say(from)).isEqualTo(Prose.say(expected));
        List<String> skipped = table.asMaps().stream()
                .map((Map<String, String> row) -> Prose.say(Prose.date(row.get("date"))) + " (" + row.get("why") + ")")
                .toList();
        assertThat(w.skipped().stream().map(d -> Prose.say(d.date()) + " (" + d.reason() + ")").toList())
                .as("days passed over").containsExactlyElementsOf(skipped);
    }
}
