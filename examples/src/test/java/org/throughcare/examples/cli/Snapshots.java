package org.throughcare.examples.cli;

/**
 * Snapshot JSON for the tests, written out in full so that each test shows the facts it relies on.
 *
 * <p>The main case: a CJIT client remanded on Maundy Thursday 2026; the CJIT learned the destination prison at 16:00
 * on Thursday 2 April 2026, so the DIR is due at 09:00 BST on Tuesday 7 April (24 hours with the 09:00
 * next-working-day relief across Good Friday, the weekend and Easter Monday, catalogue TC-10).
 */
final class Snapshots {
    /** The DIR's due time in the Easter case. */
    static final String EASTER_DUE = "Tue 07 Apr 2026 09:00 BST";

    private Snapshots() {
    }

    /** The Easter CJIT case seen at {@code asOf}, with any extra events (JSON objects) appended. */
    static String easter(String id, String asOf, String... extraEvents) {
        StringBuilder events = new StringBuilder("""
                    { "type": "DIP_REFERRAL", "at": "2026-03-10T11:00" },
                    { "type": "DIR_COMPLETED", "at": "2026-03-10T15:00" },
                    { "type": "COURT_REMAND_OR_SENTENCE", "at": "2026-04-02T14:30" },
                    { "type": "CJIT_AWARE_OF_DESTINATION", "at": "2026-04-02T16:00" }""");
        for (String e : extraEvents) {
            events.append(",\n    ").append(e);
        }
        return """
                {
                  "schemaVersion": "1.0",
                  "id": "%s",
                  "jurisdiction": "ENGLAND",
                  "asOf": "%s",
                  "person": { "sex": "MALE" },
                  "custody": { "status": "REMAND", "establishment": "HMP Example" },
                  "determinations": {
                    "problematicDrugUse": { "value": "YES", "determinedAt": "2026-03-10T11:30" },
                    "inContactWithCjit": { "value": "YES", "determinedAt": "2026-03-10T11:00" }
                  },
                  "consent": { "status": "GIVEN", "date": "2026-03-10" },
                  "dir": { "completedOn": "2026-03-10" },
                  "events": [
                %s
                  ]
                }
                """.formatted(id, asOf, events);
    }

    /**
     * A CJIT case whose destination became known at 22:00 on Sunday 5 July 2026: 24 hours end at 22:00 on Monday;
     * the relief's 09:00 on Monday is sooner, so the two TC-10 readings differ (NEVER_SHORTER: Mon 22:00,
     * LITERAL: Mon 09:00).
     */
    static String sundayEvening(String id) {
        return """
                {
                  "schemaVersion": "1.0",
                  "id": "%s",
                  "jurisdiction": "ENGLAND",
                  "asOf": "2026-07-06T08:00",
                  "custody": { "status": "REMAND" },
                  "consent": { "status": "GIVEN", "date": "2026-07-01" },
                  "events": [
                    { "type": "COURT_REMAND_OR_SENTENCE", "at": "2026-07-05T20:00" },
                    { "type": "CJIT_AWARE_OF_DESTINATION", "at": "2026-07-05T22:00" }
                  ]
                }
                """.formatted(id);
    }

    /**
     * A transfer received Friday 10 April 2026 14:00, in contact with the previous prison's team and stable at the
     * reception screen, not yet assessed, seen on
     * Monday 13 April: the 24-hour clinical assessment target (a SHOULD) has been missed.
     */
    static String transferTargetMissed(String id) {
        return """
                {
                  "schemaVersion": "1.0",
                  "id": "%s",
                  "jurisdiction": "ENGLAND",
                  "asOf": "2026-04-13T10:00",
                  "custody": { "status": "SENTENCED", "origin": "OTHER_PRISON",
                               "originEstablishedAt": "2026-04-10T14:10", "receptionAt": "2026-04-10T14:00" },
                  "determinations": {
                    "stableAtReceptionScreen": { "value": "YES", "determinedAt": "2026-04-10T14:15" },
                    "inContactWithPreviousPrisonTeam": { "value": "YES", "determinedAt": "2026-04-10T14:20" }
                  },
                  "events": []
                }
                """.formatted(id);
    }

    /**
     * Well-formed but wrong in five ways the validator reports together: the reception and an event are after
     * asOf, consent is given without a date, the DIR is completed after asOf, and an origin is established
     * before the reception.
     */
    static String fiveProblems(String id) {
        return """
                {
                  "schemaVersion": "1.0",
                  "id": "%s",
                  "jurisdiction": "ENGLAND",
                  "asOf": "2026-04-07T10:00",
                  "custody": { "status": "REMAND", "origin": "OTHER_PRISON",
                               "originEstablishedAt": "2026-04-07T09:00", "receptionAt": "2026-04-08T10:00" },
                  "consent": { "status": "GIVEN" },
                  "dir": { "completedOn": "2026-04-09" },
                  "events": [ { "type": "DIP_REFERRAL", "at": "2026-04-08T11:00" } ]
                }
                """.formatted(id);
    }
}
