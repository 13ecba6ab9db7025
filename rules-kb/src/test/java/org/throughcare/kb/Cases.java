package org.throughcare.kb;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;

/** Snapshots for the knowledge-base tests, built as a case worker would describe them. */
final class Cases {
    private Cases() {
    }

    static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, Times.LONDON);
    }

    /** Part 1: the CJIT learns the destination at 16:00 Thu 2 Apr 2026; not yet received. */
    static Snapshot part1(ZonedDateTime asOf, Consent consent, Event... more) {
        List<Event> events = new ArrayList<>();
        events.add(Event.of(EventType.COURT_REMAND_OR_SENTENCE, at(2026, 4, 2, 11, 0)));
        events.add(Event.of(EventType.CJIT_AWARE_OF_DESTINATION, at(2026, 4, 2, 16, 0)));
        events.addAll(List.of(more));
        return new Snapshot("part1-case", Jurisdiction.ENGLAND, asOf, new Person(Sex.MALE, LocalDate.of(1990, 5, 1)),
                new Custody(CustodyStatus.REMAND, "HMP Example", null, null, null, null, null),
                Determinations.none(), consent, null, events);
    }

    /** A transfer received at 14:00 Mon 6 Apr 2026 (Easter Monday in England and Wales). */
    static Snapshot transfer(ZonedDateTime asOf, Determinations d, Event... events) {
        return transfer(asOf, at(2026, 4, 6, 14, 0), d, events);
    }

    /** A transfer received at {@code reception}. */
    static Snapshot transfer(ZonedDateTime asOf, ZonedDateTime reception, Determinations d, Event... events) {
        return new Snapshot("transfer-case", Jurisdiction.ENGLAND, asOf, new Person(Sex.FEMALE, LocalDate.of(1985, 1, 1)),
                new Custody(CustodyStatus.SENTENCED, "HMP Example", Origin.OTHER_PRISON, reception.plusMinutes(5), reception,
                        null, null),
                d, Consent.given(reception.toLocalDate().minusMonths(1)), null, List.of(events));
    }

    static Determinations determinations(TriState ppo, TriState stable, TriState previousTeam, TriState need) {
        return determinationsAt(at(2026, 4, 6, 14, 30), ppo, stable, previousTeam, need);
    }

    static Determinations determinationsAt(ZonedDateTime t, TriState ppo, TriState stable, TriState previousTeam,
                                           TriState need) {
        return Determinations.builder().set("ppo", det(ppo, t)).set("stableAtReceptionScreen", det(stable, t))
                .set("inContactWithPreviousPrisonTeam", det(previousTeam, t)).set("substanceMisuseNeed", det(need, t))
                .build();
    }

    static Determination det(TriState v, ZonedDateTime t) {
        return v == TriState.NOT_DETERMINED ? Determination.notDetermined() : Determination.of(v, t);
    }

    static Consent consent(ConsentStatus status, LocalDate date) {
        return Consent.oneDecision(status, date, false, false, false, null);
    }
}
