package org.throughcare.core.validation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Event;
import org.throughcare.core.Snapshot;

/**
 * Checks a snapshot's meaning (the JSON reader checks its form first): ids, impossible sequences, times after
 * {@code asOf}, size limits. Returns every problem, each with the JSON Pointer of the field.
 */
public final class SnapshotValidator {

    /** The most events one snapshot may hold. */
    public static final int MAX_EVENTS = 10_000;
    /** The longest id allowed. */
    public static final int MAX_ID_LENGTH = 128;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private SnapshotValidator() {
    }

    /** @return every problem with the snapshot; empty when it is valid. */
    public static List<Problem> validate(Snapshot s) {
        List<Problem> p = new ArrayList<>();
        ZonedDateTime asOf = s.asOf();
        if (s.id().isBlank()) {
            p.add(new Problem("/id", "REQUIRED", "the snapshot id must not be blank"));
        } else if (s.id().length() > MAX_ID_LENGTH) {
            p.add(new Problem("/id", "TOO_LONG", "the snapshot id must be at most " + MAX_ID_LENGTH + " characters"));
        } else if (!ID.matcher(s.id()).matches()) {
            p.add(new Problem("/id", "INVALID_ID", "the snapshot id must be a pseudonymous code of letters, digits and . _ : -"
                    + " (never a name)"));
        }
        var c = s.custody();
        if (c.receptionAt() != null && c.receptionAt().isAfter(asOf)) {
            p.add(new Problem("/custody/receptionAt", "AFTER_AS_OF", "the reception (" + c.receptionAt()
                    + ") is after asOf (" + asOf + "); a reception that has not happened yet is left out"));
        }
        if (c.origin() == null && c.originEstablishedAt() != null) {
            p.add(new Problem("/custody/originEstablishedAt", "WITHOUT_VALUE",
                    "originEstablishedAt is given but origin is not"));
        }
        if (c.origin() != null && c.receptionAt() == null) {
            p.add(new Problem("/custody/origin", "BEFORE_RECEPTION",
                    "the origin is established at reception, but there is no receptionAt"));
        }
        if (c.originEstablishedAt() != null) {
            if (c.originEstablishedAt().isAfter(asOf)) {
                p.add(new Problem("/custody/originEstablishedAt", "AFTER_AS_OF", "originEstablishedAt is after asOf"));
            }
            if (c.receptionAt() != null && c.originEstablishedAt().isBefore(c.receptionAt())) {
                p.add(new Problem("/custody/originEstablishedAt", "BEFORE_RECEPTION",
                        "the origin cannot be established before the reception"));
            }
        }
        if (c.sentence() != null && c.sentence().days() != null && c.sentence().months() != null) {
            p.add(new Problem("/custody/sentence", "AMBIGUOUS", "give the sentence in days or in months, not both"));
        }
        if (c.sentence() != null && c.sentence().imposedOn() != null && c.sentence().imposedOn().isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/custody/sentence/imposedOn", "AFTER_AS_OF", "the sentence date is after asOf"));
        }
        var d = s.determinations();
        determination(p, "ppo", d.ppo(), asOf);
        determination(p, "problematicDrugUse", d.problematicDrugUse(), asOf);
        determination(p, "stableAtReceptionScreen", d.stableAtReceptionScreen(), asOf);
        determination(p, "inContactWithPreviousPrisonTeam", d.inContactWithPreviousPrisonTeam(), asOf);
        determination(p, "inContactWithCjit", d.inContactWithCjit(), asOf);
        determination(p, "substanceMisuseNeed", d.substanceMisuseNeed(), asOf);
        var consent = s.consent();
        if (consent.status() == ConsentStatus.NOT_RECORDED && consent.date() != null) {
            p.add(new Problem("/consent/date", "WITHOUT_VALUE", "a consent date is given but no consent decision is recorded"));
        }
        if (consent.status() != ConsentStatus.NOT_RECORDED && consent.date() == null) {
            p.add(new Problem("/consent/date", "REQUIRED", "the date consent was " + consent.status().name().toLowerCase()
                    + " is required"));
        }
        if (consent.date() != null && consent.date().isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/consent/date", "AFTER_AS_OF", "the consent date is after asOf"));
        }
        if (consent.otherLawfulException() != null && consent.otherLawfulException().isBlank()) {
            p.add(new Problem("/consent/otherLawfulException", "REASON_REQUIRED",
                    "another lawful exception counts only with its reason recorded"));
        }
        LocalDate dirDate = s.dir().completedOn();
        if (dirDate != null && dirDate.isAfter(asOf.toLocalDate())) {
            p.add(new Problem("/dir/completedOn", "AFTER_AS_OF", "the DIR completion date is after asOf"));
        }
        if (s.events().size() > MAX_EVENTS) {
            p.add(new Problem("/events", "TOO_MANY", "at most " + MAX_EVENTS + " events are accepted, got " + s.events().size()));
        }
        for (int i = 0; i < s.events().size(); i++) {
            Event e = s.events().get(i);
            if (e.at().isAfter(asOf)) {
                p.add(new Problem("/events/" + i + "/at", "AFTER_AS_OF", "event " + e.type() + " at " + e.at()
                        + " is after asOf (" + asOf + "); the history cannot hold future events"));
            }
        }
        return List.copyOf(p);
    }

    private static void determination(List<Problem> p, String name, Determination d, ZonedDateTime asOf) {
        if (d.determinedAt() != null && d.determinedAt().isAfter(asOf)) {
            p.add(new Problem("/determinations/" + name + "/determinedAt", "AFTER_AS_OF",
                    name + " was determined after asOf"));
        }
    }
}
