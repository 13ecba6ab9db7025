package org.throughcare.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Amendment;
import org.throughcare.core.GoingStraightContract.Party;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.GoingStraightContract.Target;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Person;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;

/** The validator's checks of a Going Straight Contract built in Java: what cannot be, and only that. */
@DisplayName("A Going Straight Contract built in Java")
class GoingStraightContractValidationTest {

    static final ZonedDateTime AS_OF = at(2026, 6, 15, 10, 0);
    static final String TEXT = "Zebedee Quux reads with his daughter";

    static ZonedDateTime at(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, Times.LONDON);
    }

    static Snapshot with(GoingStraightContract c) {
        return Snapshot.builder("gsc-v", Jurisdiction.SCOTLAND, AS_OF).person(Person.of(Sex.MALE, LocalDate.of(1990, 5, 1)))
                .custody(Custody.builder(CustodyStatus.SENTENCED)).goingStraightContract(c).build();
    }

    static List<String> problems(GoingStraightContract c) {
        return SnapshotValidator.validate(with(c)).stream().map(p -> p.pointer() + " " + p.code()).toList();
    }

    static GoingStraightContract.Builder signed() {
        return GoingStraightContract.builder().party(Role.PRISONER, at(2026, 5, 20, 14, 0))
                .party(Role.SUPERVISOR, at(2026, 5, 20, 14, 5));
    }

    @Test
    @DisplayName("A contract like the template's example has no problems, whatever its planned dates")
    void valid() {
        GoingStraightContract c = signed().runs(LocalDate.of(2026, 5, 20), LocalDate.of(2199, 12, 31))
                .needsAssessedAt(at(2026, 5, 18, 11, 0))
                .target(Target.builder("T1", "Improve my reading and writing").responsible(Role.PRISONER, Role.TRAINING)
                        .how("Attend twice a week for the course").whenBy(LocalDate.of(2199, 12, 31))
                        .achieved(Achieved.NOT_YET, AS_OF).endorsedBy(Role.PRISONER, Role.SUPERVISOR))
                .amendment(AS_OF, Role.PRISONER, Role.SUPERVISOR).build();
        assertThat(SnapshotValidator.validate(with(c))).isEmpty();
        assertThat(SnapshotValidator.validate(with(null))).isEmpty();
        assertThat(SnapshotValidator.validate(with(GoingStraightContract.builder().build()))).isEmpty();
    }

    @Test
    @DisplayName("A contract that breaks the guidance's duties is valid input (the rules judge it)")
    void dutiesAreForTheRules() {
        GoingStraightContract c = GoingStraightContract.builder()
                .party(Role.SUPERVISOR, at(2026, 5, 1, 10, 0))             // the prisoner is no party; no signature
                .needsAssessedAt(at(2026, 5, 18, 11, 0))                    // signed before the assessment
                .runs(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))
                .target(Target.builder("T1", "Stop offending").whenBy(LocalDate.of(2027, 1, 1))) // vague, after the end
                .target(Target.builder("T2", "Get a job"))                  // no one, no how, no date, no endorsement
                .amendment(at(2026, 6, 1, 10, 0), Role.SUPERVISOR)          // one party agreed
                .amendment(at(2026, 6, 2, 10, 0))                           // no one recorded as agreeing
                .build();
        assertThat(problems(c)).isEmpty();
    }

    @Test
    @DisplayName("Dates and times outside the library's range are OUT_OF_RANGE, each at its pointer, before any other check")
    void outOfRange() {
        GoingStraightContract c = new GoingStraightContract(List.of(new Party(Role.PRISONER, at(1849, 12, 31, 23, 0))),
                LocalDate.of(1849, 12, 31), LocalDate.of(2200, 1, 1), at(2200, 1, 1, 0, 0),
                List.of(new Target("T1", "Aim", null, null, LocalDate.of(2200, 1, 1), Achieved.YES,
                        at(1849, 6, 1, 0, 0), null)),
                List.of(Amendment.of(at(1800, 1, 1, 0, 0))));
        assertThat(problems(c)).containsExactly(
                "/goingStraightContract/parties/0/signedAt OUT_OF_RANGE",
                "/goingStraightContract/startsOn OUT_OF_RANGE",
                "/goingStraightContract/endsOn OUT_OF_RANGE",
                "/goingStraightContract/needsAssessedAt OUT_OF_RANGE",
                "/goingStraightContract/targets/0/whenBy OUT_OF_RANGE",
                "/goingStraightContract/targets/0/reviewedAt OUT_OF_RANGE",
                "/goingStraightContract/amendments/0/at OUT_OF_RANGE");
    }

    @Test
    @DisplayName("More than 100 targets or amendments are TOO_MANY")
    void tooMany() {
        Target t = Target.builder("T1", "Aim").build();
        GoingStraightContract c = new GoingStraightContract(null, null, null, null,
                Collections.nCopies(101, t), Collections.nCopies(101, Amendment.of(AS_OF)));
        assertThat(problems(c)).contains("/goingStraightContract/targets TOO_MANY",
                "/goingStraightContract/amendments TOO_MANY");
        assertThat(problems(new GoingStraightContract(null, null, null, null, List.of(t),
                Collections.nCopies(100, Amendment.of(AS_OF))))).isEmpty();
    }

    @Test
    @DisplayName("A contract that ends the day after it starts is valid; on the same day it is ENDS_BEFORE_START")
    void endsAfterStart() {
        assertThat(problems(signed().runs(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 21)).build())).isEmpty();
        assertThat(problems(signed().runs(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20)).build()))
                .containsExactly("/goingStraightContract/endsOn ENDS_BEFORE_START");
        assertThat(problems(signed().runs(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 19)).build()))
                .containsExactly("/goingStraightContract/endsOn ENDS_BEFORE_START");
    }

    @Test
    @DisplayName("Something done at asOf is valid; a moment later it is AFTER_AS_OF")
    void atAsOf() {
        assertThat(problems(GoingStraightContract.builder().party(Role.PRISONER, AS_OF).needsAssessedAt(AS_OF)
                .amendment(AS_OF).build())).isEmpty();
        ZonedDateTime later = AS_OF.plusSeconds(1);
        assertThat(problems(GoingStraightContract.builder().party(Role.PRISONER, later).needsAssessedAt(later)
                .target(Target.builder("T1", "Aim").achieved(Achieved.YES, later)).amendment(later).build()))
                .containsExactly("/goingStraightContract/parties/0/signedAt AFTER_AS_OF",
                        "/goingStraightContract/needsAssessedAt AFTER_AS_OF",
                        "/goingStraightContract/targets/0/reviewedAt AFTER_AS_OF",
                        "/goingStraightContract/amendments/0/at AFTER_AS_OF");
    }

    @Test
    @DisplayName("A text of 1000 characters is valid; of 1001, TOO_LONG; no message repeats a text or a bad key")
    void textLimits() {
        String max = "x".repeat(1000);
        assertThat(problems(GoingStraightContract.builder().target(Target.builder("T1", max).how(max)).build())).isEmpty();
        GoingStraightContract c = GoingStraightContract.builder().party(Role.PRISONER, null)
                .target(Target.builder(TEXT, TEXT + "y".repeat(1000)).how(TEXT.repeat(30)).endorsedBy(Role.HOUSING))
                .target(Target.builder("Quux", "\t\n").how(" ")).target(Target.builder("Quux", TEXT)).build();
        List<Problem> p = SnapshotValidator.validate(with(c));
        assertThat(p).extracting(x -> x.pointer() + " " + x.code()).containsExactly(
                "/goingStraightContract/targets/0/key TOO_LONG",
                "/goingStraightContract/targets/0/target TOO_LONG",
                "/goingStraightContract/targets/0/how TOO_LONG",
                "/goingStraightContract/targets/0/endorsedBy/0 CONTRADICTION",
                "/goingStraightContract/targets/1/target REQUIRED",
                "/goingStraightContract/targets/1/how REQUIRED",
                "/goingStraightContract/targets/2/key AMBIGUOUS");
        assertThat(p).allSatisfy(x -> assertThat(x.toString()).doesNotContainIgnoringCase("zebedee")
                .doesNotContainIgnoringCase("quux"));
    }

    @Test
    @DisplayName("The records refuse a missing key, aim, role or amendment time at once, naming the field only")
    void requiredParts() {
        assertThatThrownBy(() -> Target.builder(null, "Aim")).hasMessage("key");
        assertThatThrownBy(() -> new Target("T1", null, null, null, null, null, null, null)).hasMessage("target");
        assertThatThrownBy(() -> new Party(null, AS_OF)).hasMessage("role");
        assertThatThrownBy(() -> new Amendment(null, List.of())).hasMessage("at");
        assertThatThrownBy(() -> Target.builder("T1", "Aim").endorsedBy((Role) null).build())
                .hasMessage("endorsedBy holds a null role");
    }
}
