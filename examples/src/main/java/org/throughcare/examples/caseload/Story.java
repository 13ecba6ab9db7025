package org.throughcare.examples.caseload;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sex;
import org.throughcare.core.TriState;

/**
 * Everything that happens to one made-up person, each fact with the moment it happened, including what happens after
 * the moment the snapshot will describe. {@link SnapshotAssembler} then keeps what is known at {@code asOf}. Filled
 * in by the chapters ({@link CommunityChapter}, {@link ReceptionChapter}, ...); a plain mutable holder, used by one
 * thread for one line.
 */
final class Story {

    /** The determinations staff make, in the snapshot's order. */
    enum Field {
        PPO("ppo"), PROBLEMATIC_DRUG_USE("problematicDrugUse"), STABLE_AT_RECEPTION_SCREEN("stableAtReceptionScreen"),
        IN_CONTACT_WITH_PREVIOUS_PRISON_TEAM("inContactWithPreviousPrisonTeam"), IN_CONTACT_WITH_CJIT("inContactWithCjit"),
        SUBSTANCE_MISUSE_NEED("substanceMisuseNeed");

        /** The determination's name in the vocabulary. */
        final String vocabularyName;

        Field(String vocabularyName) {
            this.vocabularyName = vocabularyName;
        }
    }

    /** A determination made at {@code at}; {@code timeRecorded} false when the record leaves its time out. */
    record Decided(TriState value, ZonedDateTime at, boolean timeRecorded) {
    }

    /** A consent decision (given, refused or withdrawn) made at {@code at}. */
    record ConsentStep(ConsentStatus status, ZonedDateTime at) {
    }

    Jurisdiction jurisdiction = Jurisdiction.ENGLAND;
    String establishment;
    boolean personRecorded;
    Sex sex = Sex.NOT_RECORDED;
    boolean dateOfBirthRecorded;
    int ageYears;
    int ageExtraDays;

    CustodyStatus status = CustodyStatus.REMAND;
    ZonedDateTime reception;
    Origin origin;
    ZonedDateTime originEstablished;
    boolean originTimeRecorded = true;

    /** When the sentence was passed (the snapshot shows it from then on), or null for no sentence. */
    ZonedDateTime sentencedAt;
    boolean imposedOnRecorded = true;
    Integer sentenceDays;
    Integer sentenceMonths;
    PlannedDates planned = PlannedDates.none();

    final List<Event> events = new ArrayList<>();
    final Map<Field, Decided> decided = new EnumMap<>(Field.class);
    final List<ConsentStep> consent = new ArrayList<>();
    boolean riskOfHarm;
    boolean requiredAssessment;
    boolean restrictionOnBail;
    String otherLawfulException;

    /** The DIR completed in this story's community chapter, and whether the record shows it. */
    ZonedDateTime dirCompletedAt;
    boolean dirRecorded;
    /** A DIR completed in an earlier episode, or null. */
    LocalDate earlierDir;
    /** When the CJIT sent the DIR to the prison, or null. */
    ZonedDateTime dirSentAt;
    /** When the court remanded or sentenced the person, or null. */
    ZonedDateTime court;
    /** The reception and the release of an earlier custody period ({@link PreviousPeriodChapter}), or null. */
    ZonedDateTime previousReception;
    ZonedDateTime previousRelease;

    /** The moments a snapshot is most interesting shortly after. */
    final List<ZonedDateTime> focus = new ArrayList<>();
    /** The snapshot is taken at or after this moment (null: no bound). */
    ZonedDateTime asOfNotBefore;
    /** The snapshot is taken at or before this moment (null: no bound). */
    ZonedDateTime asOfNotAfter;

    /** Records an event and returns its time. */
    ZonedDateTime add(EventType type, ZonedDateTime at) {
        events.add(Event.of(type, at));
        return at;
    }

    /** Records an event worth taking a snapshot soon after, and returns its time. */
    ZonedDateTime addFocus(EventType type, ZonedDateTime at) {
        focus.add(at);
        return add(type, at);
    }

    /** Records a determination, unless one was made already (the first stands). */
    void decide(Field field, TriState value, ZonedDateTime at, boolean timeRecorded) {
        decided.putIfAbsent(field, new Decided(value, at, timeRecorded));
    }

    /** @return the value determined for {@code field} (whenever), or NOT_DETERMINED */
    TriState value(Field field) {
        Decided d = decided.get(field);
        return d == null ? TriState.NOT_DETERMINED : d.value();
    }

    /** @return the earliest moment anything in the story happens (the reception when nothing else does) */
    ZonedDateTime earliest() {
        ZonedDateTime first = reception;
        for (Event e : events) {
            first = first == null || e.at().isBefore(first) ? e.at() : first;
        }
        for (Decided d : decided.values()) {
            first = first == null || d.at().isBefore(first) ? d.at() : first;
        }
        for (ConsentStep c : consent) {
            first = first == null || c.at().isBefore(first) ? c.at() : first;
        }
        return first;
    }

    /** Forgets everything that would happen after {@code end} (the person leaves custody then). */
    void endAt(ZonedDateTime end) {
        events.removeIf(e -> e.at().isAfter(end));
        decided.values().removeIf(d -> d.at().isAfter(end));
        consent.removeIf(c -> c.at().isAfter(end));
        focus.removeIf(t -> t.isAfter(end));
        if (originEstablished != null && originEstablished.isAfter(end)) {
            origin = null;
            originEstablished = null;
        }
    }
}
