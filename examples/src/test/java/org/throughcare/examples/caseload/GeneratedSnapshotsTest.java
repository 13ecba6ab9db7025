package org.throughcare.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.SnapshotValidator;

/**
 * 2,000 generated lines: every one reads without a problem, reads back to the snapshot it was made from, and
 * evaluates; together they cover the journey, the jurisdictions, the statuses and the facts the rules read.
 */
@DisplayName("A generated caseload of 2,000 snapshots")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSnapshotsTest {

    private static final long SEED = 20090701L;
    private static final int COUNT = 2000;

    /** One generated line: its text, what it was made from, what the reader and the engine made of it. */
    private record Case(int index, String line, Snapshot made, Snapshot read, Decision decision) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    @BeforeAll
    void generateReadAndEvaluate() {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        CaseloadGenerator generator = new CaseloadGenerator(SEED);
        LineFactory factory = new LineFactory(SEED, 0);
        for (int i = 0; i < COUNT; i++) {
            String line = generator.snapshot(i);
            try {
                Snapshot read = ThroughcareJson.readSnapshot(line);
                cases.add(new Case(i, line, factory.snapshot(i), read, engine.evaluate(read)));
            } catch (InvalidSnapshotException e) {
                unreadable.add(i + ": " + e.problems() + "\n" + line);
            }
        }
    }

    private <T> Set<T> seen(Function<Case, T> what) {
        Set<T> out = new HashSet<>();
        cases.forEach(c -> out.add(what.apply(c)));
        return out;
    }

    @Test
    @DisplayName("every line is read by ThroughcareJson.readSnapshot without a problem, and the engine evaluates it")
    void everyLineReadsAndEvaluates() {
        assertThat(unreadable).isEmpty();
        assertThat(cases).hasSize(COUNT);
        assertThat(cases).allSatisfy(c -> assertThat(c.decision().snapshotId())
                .isEqualTo("gen-" + SEED + "-" + c.index()));
    }

    @Test
    @DisplayName("every line reads back to exactly the snapshot it was written from, which the validator accepts")
    void roundTrip() {
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.read()).as("line %d", c.index()).isEqualTo(c.made());
            assertThat(SnapshotValidator.validate(c.made())).as("line %d", c.index()).isEmpty();
        });
    }

    @Test
    @DisplayName("the routing covers Part 1, process points 1 to 6, no further action, and the not-encoded Scottish and Welsh cases")
    void routingCoversTheJourney() {
        Set<String> now = seen(c -> String.valueOf(c.decision().routing().currentPoint()));
        Set<String> next = seen(c -> c.decision().routing().currentPoint() + ">" + c.decision().routing().nextPoint());

        assertThat(now).contains("PART_1", "PP1", "PP3", "PP4", "PP6", "NO_FURTHER_ACTION", "null");
        assertThat(next).contains("PART_1>PP1", "PP1>null", "PP3>PP4", "PP4>PP5", "PP6>null", "NO_FURTHER_ACTION>null");
        assertThat(cases).filteredOn(c -> c.read().jurisdiction() != Jurisdiction.ENGLAND).isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.decision().routing().currentPoint()).isNull();
                    // Wales: nothing encoded; Scotland: only the TAS/VA table (or not in force before August 2004)
                    assertThat(c.decision().notices()).anySatisfy(n -> assertThat(n.code())
                            .isIn(c.read().jurisdiction() == Jurisdiction.WALES ? List.of("RULE_SET_NOT_ENCODED")
                                    : List.of("RULE_SET_PARTLY_ENCODED", "NOT_IN_FORCE")));
                });
        assertThat(seen(c -> c.read().jurisdiction())).containsExactlyInAnyOrder(Jurisdiction.values());
        long england = cases.stream().filter(c -> c.read().jurisdiction() == Jurisdiction.ENGLAND).count();
        long wales = cases.stream().filter(c -> c.read().jurisdiction() == Jurisdiction.WALES).count();
        long scotland = COUNT - england - wales;
        assertThat(england).as("mostly England").isGreaterThan(COUNT * 3 / 4);
        assertThat(scotland).as("some Scotland").isGreaterThan(wales);
    }

    @Test
    @DisplayName("the actions' statuses include OPEN, DONE and OVERDUE, and every other status an encoded rule gives")
    void statuses() {
        Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
        cases.forEach(c -> c.decision().requiredActions().forEach(a -> statuses.add(a.status())));

        assertThat(statuses).contains(ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.OVERDUE);
        // No encoded England rule has a window yet (docs/obligations.md); process points 3 to 7 and the DIR have
        // standing duties.
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(ActionStatus.UPCOMING)));
    }

    @Test
    @DisplayName("every action the England 2009 rules encode arises, and overdue duties of Part 1 and process point 2")
    void actions() {
        Set<String> codes = new TreeSet<>();
        Set<String> overdue = new TreeSet<>();
        cases.forEach(c -> c.decision().requiredActions().forEach(a -> {
            codes.add(a.code());
            if (a.status() == ActionStatus.OVERDUE) {
                overdue.add(a.code());
            }
        }));

        assertThat(codes).contains("CJIT_COMPLETE_DIR", "CJIT_TRACK_DESTINATION", "CJIT_SEND_DIR_TO_PRISON",
                "CJIT_PHONE_SMT", "CJIT_CLOSE_CASE", "SMT_ASK_DRUG_MISUSE", "SMT_CONTACT_CJIT_FOR_MISSING_DIR",
                "SMT_ESTABLISH_ORIGIN", "SMT_ASK_TRANSFER_QUESTIONS", "SMT_RETRIEVE_ESCORT_FILES",
                "SMT_ASSESS_CLINICAL_NEEDS", "SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE", "SMT_REFER_TO_CARATS",
                "CARATS_ENGAGE_PRISONER", "CARATS_REQUEST_CARAT_FILE", "SENDING_CARATS_FORWARD_FILE");
        assertThat(overdue).contains("CJIT_SEND_DIR_TO_PRISON", "CARATS_ENGAGE_PRISONER",
                "SENDING_CARATS_FORWARD_FILE");
    }

    @Test
    @DisplayName("the facts vary: every event type of the stories told, origin, custody status, consent status and "
            + "determination value")
    void factsVary() {
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        cases.forEach(c -> c.read().events().forEach(e -> events.add(e.type())));
        // The stories go as far as the rules do: Part 1, process points 1 and 2, and the movements, the event types
        // declared up to RELEASED. The events for the later process points and the other documents, declared after
        // it, are told once rules read them.
        assertThat(events)
                .containsExactlyInAnyOrderElementsOf(EnumSet.range(EventType.DIP_REFERRAL, EventType.RELEASED));

        assertThat(seen(c -> String.valueOf(c.read().custody().origin()))).containsExactlyInAnyOrder(
                "COMMUNITY_VIA_COURT", "OTHER_PRISON", "COURT_FROM_OTHER_PRISON", "OTHER_COMMUNITY", "null");
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.read().custody().receptionAt()).isNotNull();
            assertThat(c.read().custody().origin()).isNull();
        });
        assertThat(seen(c -> c.read().custody().status())).containsExactlyInAnyOrder(CustodyStatus.values());
        assertThat(cases.stream().map(c -> c.read().custody().sentence()).filter(Objects::nonNull))
                .anySatisfy(sentence -> assertThat(sentence.days()).isNotNull())
                .anySatisfy(sentence -> assertThat(sentence.months()).isNotNull())
                .anySatisfy(sentence -> assertThat(sentence.imposedOn()).isNull());
        assertThat(cases).anySatisfy(c -> assertThat(c.read().custody().planned().expectedRelease()).isNotNull())
                .anySatisfy(c -> assertThat(c.read().custody().planned().hdcEligibility()).isNotNull());
        assertThat(seen(c -> c.read().consent().status())).containsExactlyInAnyOrder(ConsentStatus.values());
        assertThat(seen(c -> c.read().consent().exceptionKinds()).stream().flatMap(List::stream))
                .contains("RISK_OF_HARM", "REQUIRED_ASSESSMENT", "RESTRICTION_ON_BAIL", "OTHER_LAWFUL_EXCEPTION");
        for (String field : List.of("ppo", "problematicDrugUse", "stableAtReceptionScreen",
                "inContactWithPreviousPrisonTeam", "inContactWithCjit", "substanceMisuseNeed")) {
            assertThat(seen(c -> c.read().determinations().value(field)))
                    .containsExactlyInAnyOrder(TriState.values());
        }
        assertThat(cases).anySatisfy(c -> assertThat(c.read().determinations().value("ppo")).isEqualTo(TriState.YES)
                .satisfies(v -> assertThat(c.read().determinations().get("ppo").determinedAt()).isNull()));
    }

    @Test
    @DisplayName("times run from July 2009 to 2030, and deadlines meet weekends, bank holidays and clock changes")
    void timesAndCalendars() {
        ZoneRules london = Times.LONDON.getRules();
        assertThat(cases).allSatisfy(c -> assertThat(c.read().asOf().toLocalDate())
                .isBetween(LocalDate.of(2009, 7, 1), LocalDate.of(2030, 12, 31)));
        assertThat(seen(c -> c.read().asOf().getYear())).hasSize(22);

        List<ZonedDateTime> times = new ArrayList<>();
        cases.forEach(c -> c.read().events().forEach(e -> times.add(e.at())));
        assertThat(times).as("some event happens in the hour the clocks go back, which occurs twice")
                .anySatisfy(t -> assertThat(london.getValidOffsets(t.toLocalDateTime())).hasSize(2));

        List<RequiredAction> actions = new ArrayList<>();
        cases.forEach(c -> actions.addAll(c.decision().requiredActions()));
        List<Derivation> derivations = actions.stream().map(a -> a.due().derivation()).filter(Objects::nonNull)
                .toList();
        assertThat(derivations).as("some 24 hours run into a weekend or a bank holiday")
                .anySatisfy(d -> assertThat(d.relief().applied()).isTrue())
                .anySatisfy(d -> assertThat(d.skippedDays())
                        .anySatisfy(day -> assertThat(day.reason()).isNotIn("Saturday", "Sunday")));
        assertThat(actions).as("some deadline runs across a clock change").anySatisfy(a -> {
            ZonedDateTime trigger = a.trigger().at();
            ZonedDateTime due = a.due().at();
            assertThat(trigger).isNotNull();
            assertThat(due).isNotNull();
            assertThat(trigger.getOffset()).isNotEqualTo(due.getOffset());
            assertThat(Period.between(trigger.toLocalDate(), due.toLocalDate()).getDays()).isLessThan(7);
        });
    }

    @Test
    @DisplayName("the people are made up: synthetic ids, invented prisons, ages 18 to 70, neutral exception reasons")
    void noPersonalData() {
        Set<String> prisons = new HashSet<>(Establishments.ENGLAND);
        prisons.addAll(Establishments.SCOTLAND);
        prisons.addAll(Establishments.WALES);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.read().id()).isEqualTo("gen-" + SEED + "-" + c.index());
            if (c.read().custody().establishment() != null) {
                assertThat(prisons).contains(c.read().custody().establishment());
            }
            LocalDate born = c.read().person().dateOfBirth();
            if (born != null) {
                assertThat(Period.between(born, c.read().asOf().toLocalDate()).getYears()).isBetween(18, 70);
            }
            String reason = c.read().consent().exceptions().stream().map(e -> e.reason()).filter(r -> r != null)
                    .findFirst().orElse(null);
            if (reason != null) {
                assertThat(reason).matches("(court order|statutory request|safeguarding referral"
                        + "|information-sharing protocol) reference [0-9]{1,2}");
            }
        });
    }

    @Test
    @DisplayName("histories are plausible: in time order (but for an odd pair entered late), some with earlier periods")
    void histories() {
        int outOfOrder = 0;
        for (Case c : cases) {
            List<Event> events = c.read().events();
            int inversions = 0;
            for (int i = 1; i < events.size(); i++) {
                if (events.get(i).at().isBefore(events.get(i - 1).at())) {
                    inversions++;
                }
            }
            assertThat(inversions).as("line %d", c.index()).isLessThanOrEqualTo(1);
            outOfOrder += inversions;
            ZonedDateTime reception = c.read().custody().receptionAt();
            if (reception != null && c.read().custody().originEstablishedAt() != null) {
                assertThat(Duration.between(reception, c.read().custody().originEstablishedAt()).toMinutes())
                        .as("line %d", c.index()).isBetween(0L, 45L);
            }
        }
        assertThat(outOfOrder).isBetween(1, COUNT / 10);
        assertThat(cases).as("a release before the current reception: an earlier custody period").anySatisfy(c -> {
            assertThat(c.read().custody().receptionAt()).isNotNull();
            assertThat(c.read().events()).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(EventType.RELEASED);
                assertThat(e.at()).isBefore(c.read().custody().receptionAt());
            });
        });
    }
}
