package org.throughcare.core.validation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.vocabulary.Vocabulary;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.ReceptionKind;
import org.throughcare.core.internal.CustodyPeriod;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.BusinessCalendar;

/**
 * Checks a snapshot's meaning (the JSON reader checks its form first): ids, impossible sequences, times after
 * {@code asOf}, size limits. Returns every problem, each with the JSON Pointer of the field and a code from
 * {@link ProblemCodes}.
 *
 * <p>What is impossible, and rejected:
 * <ul>
 *   <li>a blank, over-long or non-pseudonymous id;</li>
 *   <li>an {@code asOf} outside the years the business calendars cover (1990 to 2099);</li>
 *   <li>any recorded fact dated after {@code asOf}: the reception, the origin, the sentence, a determination, the
 *       consent decision, the DIR, an event, the date of birth ("the history cannot hold the future");</li>
 *   <li>any recorded fact dated before the person's date of birth;</li>
 *   <li>an origin without a reception (custody.receptionAt or a reception event), an origin established before the
 *       reception, a time without its value;</li>
 *   <li>a reception event after custody.receptionAt (which is the latest reception), custody.origin contradicting
 *       the kind of that reception, a return from court to another prison than the one the person was produced
 *       from;</li>
 *   <li>an event attribute its type does not take, a required one missing, a blank or over-long establishment or
 *       court code, {@code cjitCourtWorkerPresent} without {@code place} {@code COURT} (see
 *       {@link EventType#attributes()});</li>
 *   <li>a sentence in both days and months; a planned date before the sentence was imposed;</li>
 *   <li>a consent decision without its date, or a date without a decision; another lawful exception without its
 *       reason; texts longer than their limits; more than {@link #MAX_EVENTS} events;</li>
 *   <li>in a Going Straight Contract: a signature, the assessment of needs, a review or an amendment after
 *       {@code asOf} or before the date of birth; an end on or before the start; a role that is a party twice; a
 *       blank, over-long, non-pseudonymous or repeated target key; a blank or over-long target text; a review time
 *       without an answer; an endorsement or an agreement by someone who is not a party (the guidance's duties
 *       are left to the rules: see {@code docs/going-straight-contract.md}).</li>
 * </ul>
 *
 * <p>What is allowed, though it may look odd:
 * <ul>
 *   <li>planned dates (expected release, HDC eligibility, end of custody licence) after {@code asOf}: they are
 *       facts about the future, not events (catalogue TC-14);</li>
 *   <li>a determination made before the reception (the CJIT, say, knew the person was a PPO);</li>
 *   <li>an event that does not lead into custody ({@link org.throughcare.core.EventType#leadsIntoCustody()}) dated before the
 *       reception: it may belong to an earlier custody period, even when no {@code RELEASED} event records the end
 *       of that period. The engine leaves such events out of the current period (see {@link Snapshot});</li>
 *   <li>events in any order, and several events of one type;</li>
 *   <li>a Going Straight Contract's start, end and target dates after {@code asOf} (they say what is planned).</li>
 * </ul>
 */
public final class SnapshotValidator {

    /** The most events one snapshot may hold. */
    public static final int MAX_EVENTS = 10_000;
    /** The longest id allowed. */
    public static final int MAX_ID_LENGTH = 128;
    /** The longest establishment name or code allowed. */
    public static final int MAX_ESTABLISHMENT_LENGTH = 200;
    /** The longest reason for another lawful exception allowed. */
    public static final int MAX_REASON_LENGTH = 1000;
    /** The earliest year {@code asOf} may fall in (the first year the business calendars cover). */
    public static final int MIN_AS_OF_YEAR = BusinessCalendar.MIN_SUPPORTED_YEAR;
    /**
     * The latest year {@code asOf} may fall in: one before the last year the business calendars cover, so that
     * every deadline computed from a trigger at or before {@code asOf} stays inside the calendars.
     */
    public static final int MAX_AS_OF_YEAR = BusinessCalendar.MAX_SUPPORTED_YEAR - 1;

    private SnapshotValidator() {
    }

    /**
     * Checks a snapshot's meaning.
     *
     * @param s the snapshot (already well formed: the records' constructors have run)
     * @return every problem with the snapshot, in a fixed order (the order of the snapshot's fields); empty when it
     *         is valid
     */
    public static List<Problem> validate(Snapshot s) {
        return validate(s, Vocabulary.standard());
    }

    /**
     * Checks a snapshot's meaning against a vocabulary of one's own (see {@link Vocabulary#with}).
     *
     * @param s          the snapshot (already well formed: the records' constructors have run)
     * @param vocabulary which determinations the snapshot may state
     * @return every problem with the snapshot, in a fixed order; empty when it is valid
     */
    public static List<Problem> validate(Snapshot s, Vocabulary vocabulary) {
        List<Problem> p = new ArrayList<>();
        outOfRange(p, s);
        if (!p.isEmpty()) {
            return List.copyOf(p); // the other checks compare dates, which only make sense inside the range
        }
        ZonedDateTime asOf = s.asOf();
        if (s.id().isBlank()) {
            p.add(new Problem("/id", ProblemCodes.REQUIRED, "the snapshot id must not be blank"));
        } else if (s.id().length() > MAX_ID_LENGTH) {
            p.add(new Problem("/id", ProblemCodes.TOO_LONG, "the snapshot id must be at most " + MAX_ID_LENGTH + " characters"));
        } else if (!isPseudonymousId(s.id())) {
            p.add(new Problem("/id", ProblemCodes.INVALID_ID, "the snapshot id must be a pseudonymous code of letters, digits and . _ : -"
                    + " (never a name)"));
        }
        if (asOf.getYear() < MIN_AS_OF_YEAR || asOf.getYear() > MAX_AS_OF_YEAR) {
            p.add(new Problem("/asOf", ProblemCodes.OUT_OF_RANGE, "asOf (" + asOf.toLocalDate() + ") must lie in the years "
                    + MIN_AS_OF_YEAR + " to " + MAX_AS_OF_YEAR + ", which the business calendars cover"));
        }
        LocalDate born = s.person().dateOfBirth();
        if (born != null && born.isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/person/dateOfBirth", ProblemCodes.AFTER_AS_OF, "the date of birth is after asOf ("
                    + asOf.toLocalDate() + ")"));
            born = null; // one problem is enough: do not also report every fact as before birth
        }
        var c = s.custody();
        if (c.establishment() != null && c.establishment().length() > MAX_ESTABLISHMENT_LENGTH) {
            p.add(new Problem("/custody/establishment", ProblemCodes.TOO_LONG, "the establishment must be at most "
                    + MAX_ESTABLISHMENT_LENGTH + " characters (a prison's name or code)"));
        }
        beforeBirth(p, "/custody/receptionAt", c.receptionAt(), born, "the reception");
        if (c.receptionAt() != null && c.receptionAt().isAfter(asOf)) {
            p.add(new Problem("/custody/receptionAt", ProblemCodes.AFTER_AS_OF, "the reception (" + t(c.receptionAt())
                    + ") is after asOf (" + t(asOf) + "); a reception that has not happened yet is left out"));
        }
        if (c.origin() == null && c.originEstablishedAt() != null) {
            p.add(new Problem("/custody/originEstablishedAt", ProblemCodes.WITHOUT_VALUE,
                    "originEstablishedAt is given but origin is not"));
        }
        // The latest reception: custody.receptionAt, or the latest reception event (custody.receptionAt must not be
        // earlier than a reception event: it is the latest reception).
        int ri = CustodyPeriod.latestReceptionIndex(s.events());
        Event receptionEvent = ri < 0 ? null : s.events().get(ri);
        if (receptionEvent != null && c.receptionAt() != null && receptionEvent.at().isAfter(c.receptionAt())) {
            p.add(new Problem("/custody/receptionAt", ProblemCodes.CONTRADICTION, "receptionAt (" + t(c.receptionAt())
                    + ") is the latest reception, but the reception event /events/" + ri + " is later ("
                    + t(receptionEvent.at()) + "): give receptionAt as that reception's time, or leave it out"));
        }
        CustodyPeriod.Reception period = CustodyPeriod.reception(s);
        ZonedDateTime reception = period.at();
        if (c.origin() != null && reception == null) {
            p.add(new Problem("/custody/origin", ProblemCodes.BEFORE_RECEPTION,
                    "the origin is established at reception, but there is no receptionAt and no "
                            + EventType.RECEIVED_INTO_PRISON + " event since the last release"));
        }
        ri = period.index();
        ReceptionKind kind = ri < 0 ? null
                : s.events().get(ri).attribute(EventAttribute.KIND, ReceptionKind.class);
        if (c.origin() != null && kind != null && kind.origin() != c.origin()) {
            p.add(new Problem("/custody/origin", ProblemCodes.CONTRADICTION, "origin " + c.origin()
                    + " contradicts the kind of the latest reception (/events/" + ri + "/attributes/kind), "
                    + kind + ", which says " + kind.origin() + ": make them agree, or leave origin out"));
        }
        if (c.originEstablishedAt() != null) {
            if (c.originEstablishedAt().isAfter(asOf)) {
                p.add(new Problem("/custody/originEstablishedAt", ProblemCodes.AFTER_AS_OF, "originEstablishedAt is after asOf"));
            }
            if (reception != null && c.originEstablishedAt().isBefore(reception)) {
                p.add(new Problem("/custody/originEstablishedAt", ProblemCodes.BEFORE_RECEPTION,
                        "the origin cannot be established before the reception"));
            }
        }
        if (c.sentence() != null && c.sentence().days() != null && c.sentence().months() != null) {
            p.add(new Problem("/custody/sentence", ProblemCodes.AMBIGUOUS, "give the sentence in days or in months, not both"));
        }
        LocalDate imposedOn = c.sentence() == null ? null : c.sentence().imposedOn();
        if (imposedOn != null && imposedOn.isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/custody/sentence/imposedOn", ProblemCodes.AFTER_AS_OF, "the sentence date is after asOf"));
        }
        beforeBirth(p, "/custody/sentence/imposedOn", imposedOn, born, "the sentence");
        if (imposedOn != null) {
            c.planned().all().forEach((which, d) -> plannedBeforeSentence(p, which.jsonName(), d, imposedOn));
        }
        for (var made : s.determinations().made().entrySet()) {
            String name = made.getKey();
            if (!vocabulary.isDetermination(name)) {
                p.add(new Problem("/determinations/" + name, ProblemCodes.UNKNOWN_FIELD, "not a determination the "
                        + "vocabulary declares; declared: " + String.join(", ", vocabulary.determinationNames())));
            } else {
                determination(p, name, made.getValue(), asOf, born);
            }
        }
        ConsentChecks.check(p, s.consent(), asOf, born);
        LocalDate dirDate = s.dir().completedOn();
        if (dirDate != null && dirDate.isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/dir/completedOn", ProblemCodes.AFTER_AS_OF, "the DIR completion date is after asOf"));
        }
        beforeBirth(p, "/dir/completedOn", dirDate, born, "the DIR");
        if (s.events().size() > MAX_EVENTS) {
            p.add(new Problem("/events", ProblemCodes.TOO_MANY, "at most " + MAX_EVENTS + " events are accepted, got " + s.events().size()));
        }
        for (int i = 0; i < s.events().size(); i++) {
            Event e = s.events().get(i);
            if (e.at().isAfter(asOf)) {
                p.add(new Problem("/events/" + i + "/at", ProblemCodes.AFTER_AS_OF, "event " + e.type() + " at " + t(e.at())
                        + " is after asOf (" + t(asOf) + "); the history cannot hold future events"));
            }
            if (born != null && e.at().toLocalDate().isBefore(born)) {
                beforeBirth(p, "/events/" + i + "/at", e.at(), born, "event " + e.type());
            }
            p.addAll(EventChecks.attributeProblems(e.type(), e.attributes(), "/events/" + i));
        }
        EventChecks.returnsFromCourt(p, s.events());
        GscChecks.check(p, s.goingStraightContract(), asOf, born);
        return List.copyOf(p);
    }

    /**
     * Checks an event's attributes against its type's declaration ({@link EventType#attributes()}): an attribute the
     * type does not take, a blank or over-long establishment or court code, an attribute given without the value it
     * qualifies, a required attribute missing. The JSON reader runs the first and the last on each event it reads
     * ({@link #attributeFormProblems}).
     *
     * @param type         the event's type
     * @param attributes   its attributes, each value of its declared Java type
     * @param eventPointer the JSON Pointer of the event ({@code /events/3})
     * @return the problems, in the order of the declaration; empty when there are none
     */
    public static List<Problem> attributeProblems(EventType type, Map<EventAttribute, Object> attributes,
                                                  String eventPointer) {
        return EventChecks.attributeProblems(type, attributes, eventPointer);
    }

    /**
     * The part of {@link #attributeProblems} that concerns the form of the event (the JSON reader runs it on each
     * event it reads): an attribute the type does not take, a required one missing.
     */
    public static List<Problem> attributeFormProblems(EventType type, Map<EventAttribute, Object> attributes,
                                                      String eventPointer) {
        return EventChecks.attributeFormProblems(type, attributes, eventPointer);
    }

    /** @return the message for an attribute that an event of {@code type} does not take */
    public static String notTaken(EventType type) {
        return EventChecks.notTaken(type);
    }

    /**
     * @return true when {@code id} is a valid pseudonymous id (not blank, at most {@link #MAX_ID_LENGTH} characters,
     *         letters, digits and {@code . _ : -}): the only kind of id the library ever repeats in a message, an
     *         exception or a log line
     */
    public static boolean isPseudonymousId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
            return false;
        }
        // [A-Za-z0-9][A-Za-z0-9._:-]*, checked character by character
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Every date and date-time must lie in the library's one range ({@link Times#MIN_DATE} to
     * {@link Times#MAX_DATE}); the JSON reader enforces it on input, this on snapshots built in Java.
     */
    private static void outOfRange(List<Problem> p, Snapshot s) {
        var c = s.custody();
        range(p, "/asOf", s.asOf());
        range(p, "/person/dateOfBirth", s.person().dateOfBirth());
        range(p, "/custody/receptionAt", c.receptionAt());
        range(p, "/custody/originEstablishedAt", c.originEstablishedAt());
        if (c.sentence() != null) {
            range(p, "/custody/sentence/imposedOn", c.sentence().imposedOn());
        }
        c.planned().all().forEach((which, d) -> range(p, "/custody/planned/" + which.jsonName(), d));
        s.determinations().made().forEach((name, d) -> range(p, "/determinations/" + name + "/determinedAt",
                d.determinedAt()));
        ConsentChecks.range(p, s.consent());
        range(p, "/dir/completedOn", s.dir().completedOn());
        for (int i = 0; i < s.events().size(); i++) {
            if (!Times.inRange(s.events().get(i).at())) {
                range(p, "/events/" + i + "/at", s.events().get(i).at());
            }
        }
        GscChecks.range(p, s.goingStraightContract());
    }

    private static void range(List<Problem> p, String pointer, ZonedDateTime t) {
        if (t != null && !Times.inRange(t)) {
            p.add(new Problem(pointer, ProblemCodes.OUT_OF_RANGE, "the date-time must lie " + Times.rangeText()
                    + " (Europe/London)"));
        }
    }

    private static void range(List<Problem> p, String pointer, LocalDate d) {
        if (d != null && !Times.inRange(d)) {
            p.add(new Problem(pointer, ProblemCodes.OUT_OF_RANGE, "the date must lie " + Times.rangeText()));
        }
    }

    /** @return the instant as the JSON writer prints it, e.g. 2026-04-07T09:00:00+01:00. */
    private static String t(ZonedDateTime at) {
        return org.throughcare.core.Times.format(at);
    }

    private static void determination(List<Problem> p, String name, Determination d, ZonedDateTime asOf, LocalDate born) {
        if (d.determinedAt() != null && d.determinedAt().isAfter(asOf)) {
            p.add(new Problem("/determinations/" + name + "/determinedAt", ProblemCodes.AFTER_AS_OF,
                    name + " was determined after asOf"));
        }
        if (d.determinedAt() != null && born != null) {
            beforeBirth(p, "/determinations/" + name + "/determinedAt", d.determinedAt(), born, name + " was determined");
        }
    }

    private static void beforeBirth(List<Problem> p, String pointer, ZonedDateTime at, LocalDate born, String what) {
        if (at != null) {
            beforeBirth(p, pointer, at.toLocalDate(), born, what);
        }
    }

    private static void beforeBirth(List<Problem> p, String pointer, LocalDate date, LocalDate born, String what) {
        if (date != null && born != null && date.isBefore(born)) {
            // The date of birth is personal: the message gives the fact's date, never the date of birth.
            p.add(new Problem(pointer, ProblemCodes.BEFORE_BIRTH, what + " (" + date + ") is dated before the date of birth"));
        }
    }

    private static void plannedBeforeSentence(List<Problem> p, String name, LocalDate planned, LocalDate imposedOn) {
        if (planned != null && planned.isBefore(imposedOn)) {
            p.add(new Problem("/custody/planned/" + name, ProblemCodes.BEFORE_SENTENCE, "the planned " + name + " date ("
                    + planned + ") is before the sentence was imposed (" + imposedOn + ")"));
        }
    }
}
