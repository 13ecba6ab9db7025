package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.throughcare.core.ContactPurpose;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.Notice;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;

/** The Scottish obligations' Givens: TAS acceptance, contacts, the release, the Going Straight Contract. */
public class ScotlandSteps {
    private final CaseWorld world;
    /** The aims the scenario wrote (personal free text): no notice may repeat one. */
    private final List<String> aims = new ArrayList<>();

    public ScotlandSteps(CaseWorld world) {
        this.world = world;
    }

    @Given("the prisoner was accepted onto the Throughcare Addiction Service at {moment}")
    public void tasAccepted(ZonedDateTime at) {
        world.status = world.status == CustodyStatus.REMAND ? CustodyStatus.SENTENCED : world.status;
        world.determinations.set("tasAccepted", TriState.YES, at);
    }

    @Given("the prisoner was released from custody at {moment}")
    public void released(ZonedDateTime at) {
        world.status = CustodyStatus.RELEASED;
        world.event(EventType.RELEASED, at);
    }

    @Given("the TAS worker met the prisoner face to face at {moment} to {word} the community integration plan")
    public void cipMeeting(ZonedDateTime at, String verb) {
        world.event(EventType.CONTACT, at,
                Map.of(EventAttribute.FACE_TO_FACE, true, EventAttribute.PURPOSE, purpose(verb)));
    }

    @Given("the TAS worker spoke to the prisoner by telephone at {moment} to {word} the community integration plan")
    public void cipCall(ZonedDateTime at, String verb) {
        world.event(EventType.CONTACT, at,
                Map.of(EventAttribute.FACE_TO_FACE, false, EventAttribute.PURPOSE, purpose(verb)));
    }

    @Given("the TAS worker saw the prisoner face to face at {moment} about something else")
    public void otherMeeting(ZonedDateTime at) {
        world.event(EventType.CONTACT, at, Map.of(EventAttribute.FACE_TO_FACE, true));
    }

    @Given("the TAS worker had face-to-face support contact with the person at {moment}")
    public void supportContact(ZonedDateTime at) {
        world.event(EventType.CONTACT, at, Map.of(EventAttribute.FACE_TO_FACE, true));
    }

    @Given("the TAS worker spoke to the person by telephone at {moment}")
    public void supportCall(ZonedDateTime at) {
        world.event(EventType.CONTACT, at, Map.of(EventAttribute.FACE_TO_FACE, false));
    }

    private static ContactPurpose purpose(String verb) {
        return switch (verb) {
            case "discuss" -> ContactPurpose.CIP_DISCUSSION;
            case "agree" -> ContactPurpose.CIP_AGREEMENT;
            default -> throw new IllegalArgumentException("discuss or agree, not '" + verb + "'");
        };
    }

    /**
     * The contract, signed by the prisoner and the supervisor at a time, running from that day to {@code endsOn}, with
     * the grid as a table: key, aim, who is responsible (roles, comma-separated; blank: none), when by (ISO date;
     * blank: none), has it been achieved (YES, NOT_YET, NO; blank: not recorded), reviewed at (ISO date-time).
     */
    @Given("the prisoner and the supervisor signed a Going Straight Contract at {moment}, ending on {date}, whose grid reads:")
    public void contract(ZonedDateTime signed, LocalDate endsOn, DataTable grid) {
        GoingStraightContract.Builder b = GoingStraightContract.builder()
                .party(Role.PRISONER, signed).party(Role.SUPERVISOR, signed)
                .runs(signed.toLocalDate(), endsOn);
        for (Map<String, String> row : grid.asMaps()) {
            String aim = row.get("Target (aim)");
            aims.add(aim);
            GoingStraightContract.Target.Builder t = GoingStraightContract.Target.builder(row.get("key"), aim);
            String who = blankToNull(row.get("Who is responsible?"));
            if (who != null) {
                t.responsible(Arrays.stream(who.split(",\\s*")).map(Role::valueOf).toArray(Role[]::new));
            }
            String when = blankToNull(row.get("When by?"));
            if (when != null) {
                t.whenBy(LocalDate.parse(when));
            }
            String achieved = blankToNull(row.get("Has it been achieved?"));
            if (achieved != null) {
                String at = blankToNull(row.get("reviewed at"));
                t.achieved(Achieved.valueOf(achieved), at == null ? null : Times.strictLondon(LocalDateTime.parse(at)));
            }
            b.target(t);
        }
        world.goingStraightContract = b.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Then("the decision flags {word} for contract target {word}, without repeating its aim")
    public void flagged(String code, String key) {
        List<Notice> found = world.decision().notices().stream().filter(n -> n.code().equals(code)).toList();
        assertThat(found).as("notices %s in %s", code, world.decision().notices()).anyMatch(n -> n.message()
                .contains("target " + key + " "));
        for (Notice n : world.decision().notices()) {
            for (String aim : aims) {
                assertThat(n.message()).as("notice %s repeats a target's aim", n.code()).doesNotContain(aim);
            }
        }
        world.notices = found;
    }

    @Then("the decision flags no {word}")
    public void notFlagged(String code) {
        assertThat(world.decision().notices()).as("notices").noneMatch(n -> n.code().equals(code));
    }
}
