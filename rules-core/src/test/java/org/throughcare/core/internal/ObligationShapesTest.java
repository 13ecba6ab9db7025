package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Notice;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.Settings;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.AlertChange;
import org.throughcare.core.Side;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.DeadlineCalculator;
import org.throughcare.core.calendar.DueUnit;
import org.throughcare.core.fact.RaisedAction;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The obligation shapes, one by one, through ActionBuilder with a small action table: windows, counts, instances,
 * standing duties, due dates from data, anchors with signed offsets and short notice, best-effort misses and work
 * recorded before its trigger.
 */
class ObligationShapesTest {

    static final String HEADER = String.join(",", ActionTable.COLUMNS) + "," + String.join(",", ActionTable.OPTIONAL_COLUMNS)
            + "\n";
    /** code, unit/amount, kind, modality, completed_by, optional anchor/count/instances/short_notice. */
    static final String ROWS = HEADER
            + row("WEEKLY_CONTACT", "6,CALENDAR_DAYS", "WINDOW", "MUST", "CONTACT", ",,,")
            + row("TWO_CONTACTS", ",GIVEN", "MIN_FREQUENCY", "MUST", "CONTACT", ",2,,")
            + row("ALERT", "24,HOURS", "HARD", "MUST", "ALERT_FORM_SENT", ",,attribute:change,")
            + row("LINKS", ",NONE", "STANDING", "SHOULD", "CONTACT", ",,,")
            + row("TARGET_DONE", ",GIVEN", "HARD", "MUST", "target-achieved", ",,target,")
            + row("PLAN", "-6,WEEKS", "TARGET", "MUST", "RELEASE_PLAN_MEETING(planAgreed=true)", "DATE,,,PLAN_SHORT")
            + row("TRY", "24,HOURS", "BEST_EFFORT", "MUST_BEST_EFFORT", "CONTACT", ",,,")
            + row("FORWARD", "24,HOURS", "HARD", "MUST", "CARAT_FILE_FORWARDED", ",,,")
            + row("CIP_MEETINGS", ",GIVEN", "MIN_FREQUENCY", "MUST",
                  "\"CONTACT(faceToFace=true,purpose=CIP_DISCUSSION) CONTACT(faceToFace=true,purpose=CIP_AGREEMENT)\"",
                  ",2,,")
            + "TARGET_OWNED,,,ENG-COC-PP7-03,Going Straight Contract,target:responsible,Do it.,when by,,GIVEN,NONE,"
            + "TARGET,,MUST,must,no,target-achieved,Template,,whoever is responsible,do it,,,target,\n";

    static String row(String code, String amountUnit, String kind, String modality, String completedBy, String optional) {
        return code + ",,,ENG-COC-PP7-03,SMT,CARATs,Do it.,as the text says," + amountUnit + ",NONE," + kind + ",,"
                + modality + ",must,no," + completedBy + ",Process point 7,,CARATs,do it " + code + "," + optional
                + "\n";
    }

    static final LoadedRuleSet RS = ruleSet();
    static final ZonedDateTime RECEPTION = at(2026, 4, 8, 10, 0);

    static LoadedRuleSet ruleSet() {
        List<String> errors = new ArrayList<>();
        ActionTable table = ActionTable.load("t.csv", new ByteArrayInputStream(ROWS.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2009, 7, 1), Set.of("ENG-COC-PP7-03"), Vocabulary.standard(), errors);
        assertThat(errors).isEmpty();
        BusinessCalendar cal = Calendars.bundled().get(CalendarId.ENGLAND_AND_WALES);
        RuleSetDescriptor d = new RuleSetDescriptor("t", "T", "0", "t", List.of("ENGLAND"), LocalDate.of(2009, 7, 1),
                "england-and-wales", "t.csv", "ids.csv", "PP7", Map.of(), Map.of(), Map.of(),
                SharingPurpose.values()[0]);
        RuleSetInfo info = new RuleSetInfo("t", "T", "0", List.of(Jurisdiction.ENGLAND), LocalDate.of(2009, 7, 1),
                "england-and-wales");
        return new LoadedRuleSet(d, info, null, Map.of(), table, Set.of("ENG-COC-PP7-03"), cal,
                new DeadlineCalculator(cal));
    }

    static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, Times.LONDON);
    }

    static Snapshot snapshot(ZonedDateTime asOf, List<Event> events, GoingStraightContract gsc) {
        return new Snapshot("t-1", Jurisdiction.ENGLAND, asOf, null,
                new Custody(CustodyStatus.SENTENCED, null, null, null, RECEPTION, null, null), null, null, null,
                events, gsc);
    }

    /** Builds the action the way the Evaluator does, and collects the notices. */
    static RequiredAction build(String code, RaisedAction raised, ZonedDateTime asOf, List<Event> events,
                                List<Notice> notices) {
        return build(code, raised, snapshot(asOf, events, null), notices);
    }

    static RequiredAction build(String code, RaisedAction raised, Snapshot s, List<Notice> notices) {
        RuleMeta meta = new RuleMeta("rule " + code, "t", List.of("ENG-COC-PP7-03"), "Process point 7", code);
        return ActionBuilder.toAction(Settings.defaults(), RS, s, s.events(), new Outcome<>(raised, meta),
                new SharingBases(List.of(), s.asOf()), new HashSet<>(), notices);
    }

    static Event contact(ZonedDateTime t) {
        return Event.of(EventType.CONTACT, t, Map.of(EventAttribute.FACE_TO_FACE, true));
    }

    // ------------------------------------------------------------------------------------------------- windows

    /** Contact week k after release on Friday 2 October 2026 (TC-07): from the start of R + 7(k-1), six days on. */
    static RaisedAction week(int k) {
        ZonedDateTime start = LocalDate.of(2026, 10, 2).plusDays(7L * (k - 1)).atStartOfDay(Times.LONDON);
        return RaisedAction.triggeredAt(start, "RELEASED", "released").withInstance("week-" + k).inWindow(start, null);
    }

    @Test
    @DisplayName("Windows: a contact in week 2 does not complete week 1, which stays OVERDUE; week 2 is DONE")
    void windows() {
        List<Event> events = List.of(contact(at(2026, 10, 10, 11, 0)));
        ZonedDateTime asOf = at(2026, 10, 12, 9, 0);
        RequiredAction w1 = build("WEEKLY_CONTACT", week(1), asOf, events, new ArrayList<>());
        RequiredAction w2 = build("WEEKLY_CONTACT", week(2), asOf, events, new ArrayList<>());
        assertThat(w1.window().start()).isEqualTo(at(2026, 10, 2, 0, 0));
        assertThat(w1.window().end()).isEqualTo(DeadlineCalculator.endOf(LocalDate.of(2026, 10, 8)));
        assertThat(w1.due().kind()).isEqualTo(DueKind.WINDOW);
        assertThat(w1.status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(w1.instance()).isEqualTo("week-1");
        assertThat(w2.status()).isEqualTo(ActionStatus.DONE);
        assertThat(w2.completedAt()).isEqualTo(at(2026, 10, 10, 11, 0));
    }

    @Test
    @DisplayName("Windows: OPEN while the window runs, UPCOMING before it opens; a contact before it does not count")
    void windowStates() {
        List<Event> early = List.of(contact(at(2026, 10, 1, 11, 0)));
        assertThat(build("WEEKLY_CONTACT", week(1), at(2026, 10, 3, 9, 0), early, new ArrayList<>()).status())
                .isEqualTo(ActionStatus.OPEN);
        assertThat(build("WEEKLY_CONTACT", week(2), at(2026, 10, 3, 9, 0), early, new ArrayList<>()).status())
                .isEqualTo(ActionStatus.UPCOMING);
    }

    // -------------------------------------------------------------------------------------------------- counts

    @Test
    @DisplayName("Counts: at least two contacts inside the window; the action says how many were seen")
    void counts() {
        ZonedDateTime start = at(2026, 8, 21, 0, 0);
        ZonedDateTime end = at(2026, 10, 1, 23, 59);
        RaisedAction raised = RaisedAction.triggeredAt(start, "RELEASE_DATE_KNOWN", "known").inWindow(start, end);
        List<Event> one = List.of(contact(at(2026, 8, 1, 10, 0)), contact(at(2026, 9, 1, 10, 0)));
        RequiredAction open = build("TWO_CONTACTS", raised, at(2026, 9, 2, 9, 0), one, new ArrayList<>());
        assertThat(open.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(open.count().required()).isEqualTo(2);
        assertThat(open.count().seen()).isEqualTo(1);
        assertThat(open.statusReason()).contains("1 of the 2 needed seen");
        assertThat(open.due().derivation().unit()).isEqualTo(DueUnit.GIVEN);

        RequiredAction missed = build("TWO_CONTACTS", raised, at(2026, 10, 2, 9, 0), one, new ArrayList<>());
        assertThat(missed.status()).isEqualTo(ActionStatus.OVERDUE);

        List<Event> two = List.of(contact(at(2026, 9, 1, 10, 0)), contact(at(2026, 9, 20, 10, 0)));
        RequiredAction done = build("TWO_CONTACTS", raised, at(2026, 10, 2, 9, 0), two, new ArrayList<>());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(at(2026, 9, 20, 10, 0));
        assertThat(done.count().seen()).isEqualTo(2);

        RequiredAction three = build("TWO_CONTACTS", raised.atLeast(3), at(2026, 10, 2, 9, 0), two, new ArrayList<>());
        assertThat(three.count().required()).isEqualTo(3);
        assertThat(three.status()).isEqualTo(ActionStatus.OVERDUE);
    }

    static Event contact(ZonedDateTime t, boolean faceToFace, org.throughcare.core.ContactPurpose purpose) {
        return purpose == null ? Event.of(EventType.CONTACT, t, Map.of(EventAttribute.FACE_TO_FACE, faceToFace))
                : Event.of(EventType.CONTACT, t, Map.of(EventAttribute.FACE_TO_FACE, faceToFace,
                        EventAttribute.PURPOSE, purpose));
    }

    @Test
    @DisplayName("Counts: a completion naming two attributes' values counts only events carrying both")
    void countsWithTwoAttributes() {
        ZonedDateTime start = at(2026, 8, 21, 0, 0);
        ZonedDateTime end = at(2026, 10, 1, 23, 59);
        RaisedAction raised = RaisedAction.triggeredAt(start, "TAS_ACCEPTED", "accepted").inWindow(start, end);
        List<Event> events = List.of(
                contact(at(2026, 9, 1, 10, 0), false, org.throughcare.core.ContactPurpose.CIP_DISCUSSION),
                contact(at(2026, 9, 2, 10, 0), true, null),
                contact(at(2026, 9, 3, 10, 0), true, org.throughcare.core.ContactPurpose.CIP_DISCUSSION));
        RequiredAction one = build("CIP_MEETINGS", raised, at(2026, 9, 4, 9, 0), events, new ArrayList<>());
        assertThat(one.count().seen()).isEqualTo(1);
        assertThat(one.status()).isEqualTo(ActionStatus.OPEN);
        List<Event> two = new ArrayList<>(events);
        two.add(contact(at(2026, 9, 20, 10, 0), true, org.throughcare.core.ContactPurpose.CIP_AGREEMENT));
        RequiredAction done = build("CIP_MEETINGS", raised, at(2026, 9, 21, 9, 0), two, new ArrayList<>());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(at(2026, 9, 20, 10, 0));
    }

    @Test
    @DisplayName("Completion tokens: every attribute named must be the event type's, with a value it accepts, once")
    void twoAttributeTokensAreChecked() {
        ActionRow.Instances none = new ActionRow.Instances(ActionRow.Instances.Kind.NONE, null);
        Vocabulary v = Vocabulary.standard();
        assertThat(CompletionTokens.problem("CONTACT(faceToFace=true,purpose=CIP_AGREEMENT)", v, none)).isNull();
        assertThat(CompletionTokens.problem("CONTACT(faceToFace=true,means=VIDEO)", v, none)).contains("no attribute 'means'");
        assertThat(CompletionTokens.problem("CONTACT(faceToFace=true,purpose=LUNCH)", v, none)).contains("'LUNCH'");
        assertThat(CompletionTokens.problem("CONTACT(faceToFace=true,faceToFace=false)", v, none)).contains("twice");
    }

    @Test
    @DisplayName("Owner from data: owner role target:responsible is the target's \"Who is responsible?\"")
    void ownerFromTheTarget() {
        GoingStraightContract gsc = GoingStraightContract.builder()
                .party(GoingStraightContract.Role.PRISONER, RECEPTION)
                .target(GoingStraightContract.Target.builder("T1", "aim")
                        .responsible(GoingStraightContract.Role.PRISONER, GoingStraightContract.Role.TRAINING)
                        .whenBy(LocalDate.of(2026, 9, 30)))
                .build();
        RaisedAction raised = RaisedAction.triggeredAt(RECEPTION, "RECEPTION", "received").withInstance("T1")
                .dueOn(LocalDate.of(2026, 9, 30), "the target's when-by date");
        RequiredAction a = build("TARGET_OWNED", raised, snapshot(at(2026, 9, 1, 9, 0), List.of(), gsc), new ArrayList<>());
        assertThat(a.owner().agency()).isEqualTo("Going Straight Contract");
        assertThat(a.owner().role()).isEqualTo("PRISONER, TRAINING");
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.instance()).isEqualTo("T1");
    }

    @Test
    @DisplayName("Owner from data: target:responsible is refused for a row whose instances are not targets")
    void targetResponsibleNeedsTargetInstances() {
        String bad = HEADER + "X,,,ENG-COC-PP7-03,A,target:responsible,Do it.,when by,,GIVEN,NONE,HARD,,MUST,must,no,"
                + "CONTACT,S,,a,b,,,,\n";
        List<String> errors = new ArrayList<>();
        ActionTable.load("t.csv", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2009, 7, 1), Set.of("ENG-COC-PP7-03"), Vocabulary.standard(), errors);
        assertThat(errors).anyMatch(e -> e.contains("owner_role") && e.contains("instances = target"));
    }

    // ----------------------------------------------------------------------------------------------- instances

    static Event alert(ZonedDateTime t, AlertChange change) {
        return Event.of(EventType.ALERT_FORM_SENT, t, Map.of(EventAttribute.CHANGE, change, EventAttribute.BY, Side.SUBSTANCE_MISUSE_TEAM));
    }

    @Test
    @DisplayName("Instances: two instances of one action are separate, and one Alert Form never completes another")
    void instances() {
        AlertChange[] changes = AlertChange.values();
        ZonedDateTime t = at(2026, 9, 1, 10, 0);
        List<Event> events = List.of(alert(at(2026, 9, 1, 12, 0), changes[0]));
        RaisedAction first = RaisedAction.triggeredAt(t, "RELEASE_PLAN_CHANGED", "changed").withInstance(changes[0].name());
        RaisedAction second = RaisedAction.triggeredAt(t, "RELEASE_PLAN_CHANGED", "changed").withInstance(changes[1].name());
        RequiredAction a = build("ALERT", first, at(2026, 9, 3, 9, 0), events, new ArrayList<>());
        RequiredAction b = build("ALERT", second, at(2026, 9, 3, 9, 0), events, new ArrayList<>());
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        assertThat(a.instance()).isEqualTo(changes[0].name());
        assertThat(b.status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(b.instance()).isEqualTo(changes[1].name());
    }

    // -------------------------------------------------------------------------------------- standing duties

    @Test
    @DisplayName("Standing duties are STANDING, never overdue, however long after their trigger")
    void standing() {
        RaisedAction raised = RaisedAction.triggeredAt(RECEPTION, "RECEPTION", "received");
        RequiredAction a = build("LINKS", raised, at(2030, 1, 1, 9, 0), List.of(), new ArrayList<>());
        assertThat(a.status()).isEqualTo(ActionStatus.STANDING);
        assertThat(a.due().kind()).isEqualTo(DueKind.STANDING);
        assertThat(a.due().at()).isNull();
        assertThat(a.statusReason()).contains("never overdue");
    }

    // ------------------------------------------------------------------------------------------ data-driven due

    @Test
    @DisplayName("Due from data: a contract target is due at the end of its when-by date, done by its achieved answer")
    void dataDriven() {
        LocalDate whenBy = LocalDate.of(2026, 9, 30);
        RaisedAction raised = RaisedAction.triggeredAt(RECEPTION, "RECEPTION", "received").withInstance("T1")
                .dueOn(whenBy, "the target's when-by date");
        RequiredAction open = build("TARGET_DONE", raised, at(2026, 9, 1, 9, 0), List.of(), new ArrayList<>());
        assertThat(open.due().at()).isEqualTo(DeadlineCalculator.endOf(whenBy));
        assertThat(open.due().derivation().basis()).contains("when-by date");
        assertThat(open.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(build("TARGET_DONE", raised, at(2026, 10, 1, 9, 0), List.of(), new ArrayList<>()).status())
                .isEqualTo(ActionStatus.OVERDUE);
    }

    // --------------------------------------------------------------------------------------------------- anchors

    @Test
    @DisplayName("Anchors: -6 WEEKS from the release date is the end of the day 42 days before it (TC-06)")
    void anchored() {
        RaisedAction raised = RaisedAction.triggeredAt(at(2026, 7, 6, 10, 0), "RELEASE_DATE_KNOWN", "known")
                .anchoredOn(LocalDate.of(2026, 10, 2), "the expected release date");
        List<Notice> notices = new ArrayList<>();
        RequiredAction a = build("PLAN", raised, at(2026, 7, 7, 9, 0), List.of(), notices);
        assertThat(a.due().at()).isEqualTo(DeadlineCalculator.endOf(LocalDate.of(2026, 8, 21)));
        assertThat(a.due().derivation().unit()).isEqualTo(DueUnit.DAYS_BEFORE);
        assertThat(a.due().derivation().amount()).isEqualTo(42);
        assertThat(a.anchor().shortNotice()).isFalse();
        assertThat(notices).isEmpty();
    }

    @Test
    @DisplayName("Anchors: a date known too late is due before it, at short notice, with a notice in words")
    void shortNotice() {
        RaisedAction raised = RaisedAction.triggeredAt(at(2026, 9, 1, 10, 0), "RELEASE_DATE_KNOWN", "known")
                .anchoredOn(LocalDate.of(2026, 10, 2), "the expected release date");
        List<Notice> notices = new ArrayList<>();
        RequiredAction a = build("PLAN", raised, at(2026, 9, 1, 11, 0), List.of(), notices);
        assertThat(a.due().at()).isEqualTo(DeadlineCalculator.endOf(LocalDate.of(2026, 10, 1)));
        assertThat(a.anchor().shortNotice()).isTrue();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("PLAN_SHORT");
            assertThat(n.message()).contains("as soon as practicable", "Friday 21 August 2026");
        });
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(build("PLAN", raised, at(2026, 10, 2, 9, 0), List.of(), new ArrayList<>()).status())
                .isEqualTo(ActionStatus.TARGET_MISSED);
    }

    // ----------------------------------------------------------------------------------- best effort, before

    @Test
    @DisplayName("Best effort past its time is BEST_EFFORT_MISSED, not OVERDUE")
    void bestEffort() {
        RaisedAction raised = RaisedAction.triggeredAt(RECEPTION, "RECEPTION", "received");
        RequiredAction a = build("TRY", raised, RECEPTION.plusHours(25), List.of(), new ArrayList<>());
        assertThat(a.status()).isEqualTo(ActionStatus.BEST_EFFORT_MISSED);
        assertThat(a.statusReason()).contains("not in itself a breach");
    }

    @Test
    @DisplayName("Work recorded before its trigger, within the custody period, completes it")
    void workBeforeTrigger() {
        ZonedDateTime request = at(2026, 4, 14, 10, 0);
        List<Event> events = List.of(Event.of(EventType.CARAT_FILE_FORWARDED, at(2026, 4, 14, 9, 0)));
        RaisedAction raised = RaisedAction.triggeredAt(request, "CARAT_FILE_REQUESTED", "requested");
        RequiredAction a = build("FORWARD", raised, at(2026, 4, 15, 12, 0), events, new ArrayList<>());
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        assertThat(a.completedAt()).isEqualTo(at(2026, 4, 14, 9, 0));
        assertThat(a.statusReason()).contains("before the trigger");
    }

    @Test
    @DisplayName("A table written without the optional columns still loads, each cell at its default")
    void optionalColumns() {
        List<String> errors = new ArrayList<>();
        String old = String.join(",", ActionTable.COLUMNS) + "\n" + row("X", "24,HOURS", "HARD", "MUST", "CONTACT", "")
                .replaceAll(",\n$", "\n");
        ActionTable t = ActionTable.load("old.csv", new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2009, 7, 1), Set.of("ENG-COC-PP7-03"), Vocabulary.standard(), errors);
        assertThat(errors).isEmpty();
        ActionRow r = t.inForce("X", LocalDate.of(2010, 1, 1)).orElseThrow();
        assertThat(r.anchor()).isEqualTo(ActionRow.Anchor.TRIGGER);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.instances()).isEqualTo(ActionRow.Instances.NONE);
        assertThat(r.shortNotice()).isNull();
    }

    @Test
    @DisplayName("The optional cells are checked at load with file and line")
    void badOptionalCells() {
        List<String> errors = new ArrayList<>();
        String bad = HEADER
                + row("A", "-6,WEEKS", "TARGET", "MUST", "CONTACT", ",,,")
                + row("B", "2,HOURS", "HARD", "MUST", "CONTACT", ",3,,")
                + row("C", "2,HOURS", "HARD", "MUST", "CONTACT", ",,attribute:nope,")
                + row("D", "2,HOURS", "HARD", "MUST", "RELEASE_PLAN_MEETING(planAgreed=maybe)", ",,,")
                + row("E", "2,HOURS", "HARD", "MUST", "target-achieved", ",,,")
                + row("F", "2,HOURS", "STANDING", "MUST", "CONTACT", ",,,");
        ActionTable.load("bad.csv", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2009, 7, 1), Set.of("ENG-COC-PP7-03"), Vocabulary.standard(), errors);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("bad.csv:2: column amount:"))
                .anySatisfy(e -> assertThat(e).startsWith("bad.csv:3: column count:"))
                .anySatisfy(e -> assertThat(e).startsWith("bad.csv:4: column instances:"))
                .anySatisfy(e -> assertThat(e).startsWith("bad.csv:5: column completed_by: 'maybe'"))
                .anySatisfy(e -> assertThat(e).startsWith("bad.csv:6: column completed_by: 'target-achieved'"))
                .anySatisfy(e -> assertThat(e).startsWith("bad.csv:7: column due_kind:"));
    }
}
