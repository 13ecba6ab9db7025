package org.throughcare.features;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Assessment;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Notice;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Sex;
import org.throughcare.core.calendar.BusinessCalendar;

/**
 * The case a scenario builds up, one Given at a time, and the decision the engine gives for it. A fresh instance per
 * scenario (PicoContainer), shared by every step class.
 */
public final class CaseWorld {
    Settings settings = Settings.defaults();
    Jurisdiction jurisdiction = Jurisdiction.ENGLAND;
    ZonedDateTime asOf;
    CustodyStatus status = CustodyStatus.REMAND;
    String establishment;
    Origin origin;
    ZonedDateTime originEstablishedAt;
    ZonedDateTime receptionAt;
    /** The staff determinations the scenario names, by their vocabulary names. */
    final Determinations.Builder determinations = Determinations.builder();
    /** The consent timeline the scenario builds, decision by decision. */
    Consent consent = Consent.notRecorded();
    LocalDate dirCompletedOn;
    /** The planned dates (release, approved HDC or ECL release) the scenario states. */
    PlannedDates planned = PlannedDates.none();
    /** The person's sex and date of birth (the Scottish priority rules read them). */
    Sex sex = Sex.NOT_RECORDED;
    LocalDate dateOfBirth;
    /** The age at sentence a scenario states; the date of birth follows from it and the sentence date. */
    Integer ageAtSentence;
    /** The date whose rules the scenario asks for, or null. */
    LocalDate evaluationDate;
    /** The sentence imposed, or null. */
    org.throughcare.core.Sentence sentence;
    /** The service contracts the engine is given (Service 4). */
    final List<org.throughcare.core.ServiceContract> contracts = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    /** The Going Straight Contract the scenario states, or null. */
    org.throughcare.core.GoingStraightContract goingStraightContract;

    /** The decision, once the engine has evaluated the case. */
    Decision decision;
    /** The action the last "Then ... must ..." step named ("that action"). */
    RequiredAction action;
    /** The priority answer the last priority step named. */
    Assessment priority;
    /** The notices (of one code) the last notice step named. */
    List<Notice> notices;
    /** The calendar the calendar features look at. */
    BusinessCalendar calendar;

    /** Records an event of {@code type} at {@code at}, without attributes, in the case under construction. */
    void event(EventType type, ZonedDateTime at) {
        events.add(Event.of(type, at));
    }

    /**
     * Records an event of {@code type} at {@code at} with these attributes (e.g. {@code Map.of(EventAttribute.BY,
     * Side.CJIT)}) in the case under construction: the one way a Given adds an event with attributes.
     */
    void event(EventType type, ZonedDateTime at, Map<EventAttribute, ?> attributes) {
        events.add(Event.of(type, at, attributes));
    }

    Snapshot snapshot(String id) {
        if (asOf == null) {
            throw new IllegalStateException("the scenario never says what time it is: add a step like"
                    + " 'And it is 10:00 on Wednesday 8 April 2026'");
        }
        Custody custody = new Custody(status, establishment, origin, originEstablishedAt, receptionAt, sentence,
                planned);
        LocalDate born = dateOfBirth;
        if (born == null && ageAtSentence != null && sentence != null) {
            born = sentence.imposedOn().minusYears(ageAtSentence).minusDays(30);
        }
        return new Snapshot(id, jurisdiction, asOf, new Person(sex, born), custody, determinations.build(),
                consent, new Dir(dirCompletedOn), List.copyOf(events), goingStraightContract);
    }

    Decision decision() {
        if (decision == null) {
            throw new IllegalStateException("the scenario asks about the decision before 'When the engine evaluates"
                    + " the case'");
        }
        return decision;
    }

    RequiredAction action() {
        if (action == null) {
            throw new IllegalStateException("'that action' refers to nothing: name the action first, e.g."
                    + " 'Then the CJIT must send the DIR to the prison's Substance Misuse Team by ...'");
        }
        return action;
    }
}
