package org.throughcare.examples.caseload;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Snapshot;

/**
 * Keeps what is known at {@code asOf} of a {@link Story}: only facts dated at or before it, so that the snapshot is
 * consistent by construction (nothing after {@code asOf}, no origin without its reception, consent dated only when
 * decided, planned dates only with their sentence). The events are in time order, except that now and then two
 * neighbours were entered the wrong way round.
 */
final class SnapshotAssembler {
    private SnapshotAssembler() {
    }

    static Snapshot assemble(Story s, String id, ZonedDateTime asOf, Dice d) {
        return new Snapshot(id, s.jurisdiction, asOf, person(s, asOf), custody(s, asOf), determinations(s, asOf),
                consent(s, asOf), dir(s, asOf), events(s, asOf, d));
    }

    private static boolean known(ZonedDateTime t, ZonedDateTime asOf) {
        return t != null && !t.isAfter(asOf);
    }

    private static Person person(Story s, ZonedDateTime asOf) {
        if (!s.personRecorded) {
            return null;
        }
        LocalDate born = s.dateOfBirthRecorded
                ? asOf.toLocalDate().minusYears(s.ageYears).minusDays(s.ageExtraDays) : null;
        return new Person(s.sex, born);
    }

    private static Custody custody(Story s, ZonedDateTime asOf) {
        ZonedDateTime reception = known(s.reception, asOf) ? s.reception : null;
        Origin origin = reception != null && s.origin != null && known(s.originEstablished, asOf) ? s.origin : null;
        ZonedDateTime originAt = origin != null && s.originTimeRecorded ? s.originEstablished : null;
        Sentence sentence = null;
        PlannedDates planned = null;
        if (known(s.sentencedAt, asOf)) {
            LocalDate imposedOn = s.imposedOnRecorded ? s.sentencedAt.toLocalDate() : null;
            if (imposedOn != null || s.sentenceDays != null || s.sentenceMonths != null) {
                sentence = new Sentence(imposedOn, s.sentenceDays, s.sentenceMonths);
                planned = s.planned;
            }
        }
        return new Custody(s.status, s.establishment, origin, originAt, reception, sentence, planned);
    }

    private static Determinations determinations(Story s, ZonedDateTime asOf) {
        Determinations.Builder made = Determinations.builder();
        for (Story.Field field : Story.Field.values()) {
            Story.Decided x = s.decided.get(field);
            if (x != null && known(x.at(), asOf)) {
                made.set(field.vocabularyName, Determination.of(x.value(), x.timeRecorded() ? x.at() : null));
            }
        }
        return made.build();
    }

    private static Consent consent(Story s, ZonedDateTime asOf) {
        ConsentStatus status = ConsentStatus.NOT_RECORDED;
        LocalDate date = null;
        for (Story.ConsentStep step : s.consent) {
            if (known(step.at(), asOf)) {
                status = step.status();
                date = step.at().toLocalDate();
            }
        }
        return Consent.oneDecision(status, date, s.riskOfHarm, s.requiredAssessment, s.restrictionOnBail,
                s.otherLawfulException);
    }

    private static Dir dir(Story s, ZonedDateTime asOf) {
        if (s.dirRecorded && known(s.dirCompletedAt, asOf)) {
            return new Dir(s.dirCompletedAt.toLocalDate());
        }
        return s.earlierDir != null && !s.earlierDir.isAfter(asOf.toLocalDate()) ? new Dir(s.earlierDir) : null;
    }

    private static List<Event> events(Story s, ZonedDateTime asOf, Dice d) {
        List<Event> out = new ArrayList<>();
        for (Event e : s.events) {
            if (known(e.at(), asOf)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(Event::at));
        if (out.size() >= 2 && d.chance(0.05)) {
            int i = d.between(0, out.size() - 2);
            Collections.swap(out, i, i + 1);
        }
        return out;
    }
}
