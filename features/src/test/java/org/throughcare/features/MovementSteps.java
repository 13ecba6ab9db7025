package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Journey;
import org.throughcare.core.Origin;
import org.throughcare.core.OriginBasis;
import org.throughcare.core.Place;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.ReleasePlace;
import org.throughcare.core.RequiredAction;

/**
 * The person's movements, as a prison's movement record lists them (a reception, a transfer out, a production at
 * court, a return from court, a release), and what the decision derives from them: the custody period, the arrival's
 * origin and where the person is now ({@code routing.journey}). The movements are recorded as events; custody's own
 * reception time and origin are left unstated, so that the engine derives them.
 */
public class MovementSteps {
    private final CaseWorld world;

    public MovementSteps(CaseWorld world) {
        this.world = world;
    }

    // ----------------------------------------------------------------------------------------------- vocabulary

    /** "Example Crown Court", "Sample Magistrates' Court": made-up courts. */
    @ParameterType("[A-Z][A-Za-z]+ (?:Crown|Magistrates') Court")
    public String court(String text) {
        return text;
    }

    /** How the reception records the arrival (the reception's kind). */
    @ParameterType("from court after time in the community|from court after time in another prison"
            + "|on transfer from another prison|on recall, without a court|as another arrival from the community")
    public ReceptionKind receptionKind(String text) {
        return switch (text) {
            case "from court after time in the community" -> ReceptionKind.FROM_COURT_AFTER_COMMUNITY;
            case "from court after time in another prison" -> ReceptionKind.FROM_COURT_AFTER_OTHER_PRISON;
            case "on transfer from another prison" -> ReceptionKind.TRANSFER;
            case "on recall, without a court" -> ReceptionKind.RECALL_WITHOUT_COURT;
            case "as another arrival from the community" -> ReceptionKind.OTHER_FROM_COMMUNITY;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** What says the origin. */
    @ParameterType("reception established|the kind of the reception says|the movement before the reception shows")
    public OriginBasis originBasis(String text) {
        return switch (text) {
            case "reception established" -> OriginBasis.STATED;
            case "the kind of the reception says" -> OriginBasis.RECEPTION_KIND;
            case "the movement before the reception shows" -> OriginBasis.EARLIER_MOVEMENTS;
            default -> throw new IllegalArgumentException(text);
        };
    }

    // ----------------------------------------------------------------------------------------------- movements

    @Given("the movement record shows the prisoner received into {prison} at {moment}")
    public void received(String prison, ZonedDateTime at) {
        world.establishment = prison;
        world.event(EventType.RECEIVED_INTO_PRISON, at, Map.of(EventAttribute.TO, prison));
    }

    @Given("the movement record shows the prisoner received into {prison} at {moment} {receptionKind}")
    public void receivedAs(String prison, ZonedDateTime at, ReceptionKind kind) {
        world.establishment = prison;
        world.event(EventType.RECEIVED_INTO_PRISON, at, Map.of(EventAttribute.TO, prison, EventAttribute.KIND, kind));
    }

    @Given("the movement record shows the prisoner left {prison} at {moment} on transfer to {prison}")
    public void transferredOut(String from, ZonedDateTime at, String to) {
        world.event(EventType.TRANSFERRED_OUT, at, Map.of(EventAttribute.FROM, from, EventAttribute.TO, to));
    }

    @Given("the movement record shows the prisoner taken from {prison} to {court} at {moment}")
    public void producedAtCourt(String prison, String court, ZonedDateTime at) {
        world.event(EventType.PRODUCED_AT_COURT, at, Map.of(EventAttribute.FROM, prison, EventAttribute.TO, court));
    }

    @Given("the movement record shows the prisoner returned from court to {prison} at {moment}")
    public void returnedFromCourt(String prison, ZonedDateTime at) {
        world.event(EventType.RETURNED_FROM_COURT, at, Map.of(EventAttribute.TO, prison));
    }

    @Given("the movement record shows the prisoner released at the gate at {moment}")
    public void releasedAtGate(ZonedDateTime at) {
        world.event(EventType.RELEASED, at, Map.of(EventAttribute.PLACE, ReleasePlace.GATE));
    }

    // ----------------------------------------------------------------------------------------------- journey

    @Then("the custody period began with the reception at {moment}")
    public void periodBegan(ZonedDateTime at) {
        Journey j = journey();
        assertThat(j.receptionAt()).as("reception (%s)", j.statement()).isNotNull();
        assertThat(j.receptionAt().toInstant()).as("reception (%s)", j.statement()).isEqualTo(at.toInstant());
    }

    @Then("the prisoner arrived {origin}, as {originBasis}")
    public void arrived(Origin origin, OriginBasis basis) {
        Journey j = journey();
        assertThat(j.origin()).as("origin (%s)", j.statement()).isEqualTo(origin);
        assertThat(j.originBasis()).as("what says the origin (%s)", j.statement()).isEqualTo(basis);
    }

    @Then("where the prisoner arrived from is not established yet")
    public void originUnknown() {
        Journey j = journey();
        assertThat(j.origin()).as("origin (%s)", j.statement()).isNull();
    }

    @Then("the prisoner is in prison at {prison}")
    public void inPrison(String prison) {
        place(Place.IN_PRISON, prison);
    }

    @Then("the prisoner is at court at {court}")
    public void atCourt(String court) {
        place(Place.AT_COURT, court);
    }

    @Then("the prisoner is on transfer to {prison}")
    public void inTransit(String prison) {
        place(Place.IN_TRANSIT, prison);
    }

    @Then("the journey statement says {string}")
    public void statement(String text) {
        assertThat(journey().statement()).contains(text);
    }

    @Then("no action is triggered at {moment}")
    public void noActionAt(ZonedDateTime at) {
        List<String> triggered = world.decision().requiredActions().stream()
                .filter(a -> a.trigger().at() != null && a.trigger().at().toInstant().equals(at.toInstant()))
                .map(RequiredAction::code).toList();
        assertThat(triggered).as("actions triggered then").isEmpty();
    }

    private void place(Place place, String location) {
        Journey j = journey();
        assertThat(j.place()).as("place (%s)", j.statement()).isEqualTo(place);
        assertThat(j.location()).as("location (%s)", j.statement()).isEqualTo(location);
    }

    private Journey journey() {
        Journey j = world.decision().routing().journey();
        assertThat(j).as("the decision's journey").isNotNull();
        return j;
    }
}
