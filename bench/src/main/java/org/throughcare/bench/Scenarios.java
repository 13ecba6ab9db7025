package org.throughcare.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;

/**
 * The snapshots the benchmarks evaluate, built in Java (no JSON reader, so that parsing is not measured and the
 * module does not depend on it). Four named, realistic cases, and a seeded generator of varied snapshots for the
 * batch benchmark and for the fidelity test of the hand-written baseline.
 */
public final class Scenarios {

    /** The named cases. The benchmarks take them as a {@code @Param} by these names. */
    public enum Name {
        /**
         * England 2009 Part 1: a CJIT client remanded on Thursday 2 April 2026; the CJIT learns the destination at
         * 16:00, so the 24 hours overlap Good Friday and the DIR is due by 09:00 on Tuesday 7 April (after Easter
         * Monday). Not yet received into prison; snapshot on Good Friday morning. 3 actions.
         */
        PART1_CJIT_AWARE_BEFORE_EASTER,
        /**
         * Process point 2: a PPO transferred from another prison on Friday 1 May 2026, stable at the reception screen,
         * in contact with the previous team, consent given. The CARAT file is missing and is requested at 18:00 on
         * the Friday; Monday 4 May is a bank holiday, so the sending team has until 09:00 on Tuesday 5 May. The
         * assessment finds a substance misuse need; CARATs engage on the Tuesday (late). Snapshot Tuesday 10:00.
         * 21 actions: 9 of process point 2 and Part 1, the rest of process points 5 to 8 and consent.
         */
        PP2_TRANSFER_CARAT_FILE_FRIDAY,
        /**
         * Process point 1: a problematic drug misuser on a CJIT caseload arrives from the community via court on
         * Wednesday 8 April 2026; the CJIT sent the DIR that morning; the prison has not received it yet. 19 actions:
         * 7 of Part 1 and process point 1, 12 of process points 3 and 4.
         */
        PP1_COMMUNITY_ARRIVAL,
        /** A Scottish reception: no Scottish rule set is encoded, so the decision lists no actions. */
        SCOTLAND_NOT_ENCODED
    }

    private Scenarios() {
    }

    /** @return the named snapshot. */
    public static Snapshot named(Name name) {
        return switch (name) {
            case PART1_CJIT_AWARE_BEFORE_EASTER -> part1CjitAwareBeforeEaster();
            case PP2_TRANSFER_CARAT_FILE_FRIDAY -> pp2TransferCaratFileFriday();
            case PP1_COMMUNITY_ARRIVAL -> pp1CommunityArrival();
            case SCOTLAND_NOT_ENCODED -> scotlandNotEncoded();
        };
    }

    /** @return the named snapshot, by the enum constant's name. */
    public static Snapshot named(String name) {
        return named(Name.valueOf(name));
    }

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Times.LONDON);
    }

    private static Event event(EventType type, String at) {
        return Event.of(type, at(at));
    }

    static Snapshot part1CjitAwareBeforeEaster() {
        return new Snapshot("bench-part1-easter", Jurisdiction.ENGLAND, at("2026-04-03T10:00"),
                new Person(Sex.MALE, LocalDate.of(1985, 6, 12)),
                new Custody(CustodyStatus.REMAND, "HMP Example", null, null, null, null, PlannedDates.none()),
                determinations(null, Determination.yes(at("2026-03-20T09:30")), null, null,
                        Determination.yes(at("2026-03-20T09:30")), null),
                Consent.given(LocalDate.of(2026, 3, 20)),
                new Dir(LocalDate.of(2026, 3, 20)),
                List.of(event(EventType.DIP_REFERRAL, "2026-03-20T09:00"),
                        event(EventType.DIR_COMPLETED, "2026-03-20T11:30"),
                        event(EventType.COURT_REMAND_OR_SENTENCE, "2026-04-02T11:00"),
                        event(EventType.CJIT_AWARE_OF_DESTINATION, "2026-04-02T16:00")));
    }

    static Snapshot pp2TransferCaratFileFriday() {
        return new Snapshot("bench-pp2-carat-friday", Jurisdiction.ENGLAND, at("2026-05-05T10:00"),
                new Person(Sex.MALE, LocalDate.of(1979, 11, 3)),
                new Custody(CustodyStatus.SENTENCED, "HMP Example", Origin.OTHER_PRISON, at("2026-05-01T14:10"),
                        at("2026-05-01T14:00"), new Sentence(LocalDate.of(2026, 2, 16), null, 18),
                        new PlannedDates(LocalDate.of(2026, 11, 15), null, null)),
                determinations(Determination.yes(at("2026-05-01T14:20")), null,
                        Determination.yes(at("2026-05-01T14:15")), Determination.yes(at("2026-05-01T14:20")), null,
                        Determination.yes(at("2026-05-01T16:00"))),
                Consent.given(LocalDate.of(2026, 2, 16)),
                new Dir(LocalDate.of(2026, 1, 28)),
                List.of(event(EventType.CARAT_FILE_MISSING, "2026-05-01T14:40"),
                        event(EventType.CLINICAL_ASSESSMENT_COMPLETED, "2026-05-01T16:00"),
                        event(EventType.REFERRED_TO_CARATS, "2026-05-01T16:30"),
                        event(EventType.CARAT_FILE_REQUESTED, "2026-05-01T18:00"),
                        event(EventType.CARATS_FIRST_CONTACT, "2026-05-05T09:30")));
    }

    static Snapshot pp1CommunityArrival() {
        return new Snapshot("bench-pp1-community", Jurisdiction.ENGLAND, at("2026-04-08T16:00"),
                new Person(Sex.FEMALE, LocalDate.of(1992, 2, 29)),
                new Custody(CustodyStatus.REMAND, "HMP Example", Origin.COMMUNITY_VIA_COURT, at("2026-04-08T10:05"),
                        at("2026-04-08T10:00"), null, PlannedDates.none()),
                determinations(null, Determination.yes(at("2026-04-08T10:30")), null, null,
                        Determination.yes(at("2026-04-07T11:00")), null),
                Consent.given(LocalDate.of(2026, 4, 7)),
                new Dir(LocalDate.of(2026, 4, 7)),
                List.of(event(EventType.COURT_REMAND_OR_SENTENCE, "2026-04-07T11:00"),
                        event(EventType.CJIT_AWARE_OF_DESTINATION, "2026-04-07T15:00"),
                        event(EventType.DIR_SENT_TO_PRISON, "2026-04-08T09:00")));
    }

    static Snapshot scotlandNotEncoded() {
        return new Snapshot("bench-scotland", Jurisdiction.SCOTLAND, at("2026-04-08T16:00"),
                new Person(Sex.MALE, LocalDate.of(1988, 8, 8)),
                new Custody(CustodyStatus.REMAND, "HMP Example (Scotland)", Origin.COMMUNITY_VIA_COURT,
                        at("2026-04-08T10:05"), at("2026-04-08T10:00"), null, PlannedDates.none()),
                determinations(null, Determination.yes(at("2026-04-08T10:30")), null, null, null, null),
                Consent.given(LocalDate.of(2026, 4, 7)),
                null,
                List.of(event(EventType.COURT_REMAND_OR_SENTENCE, "2026-04-07T11:00")));
    }

    // ------------------------------------------------------------------------------------------- generator

    /**
     * Varied, valid snapshots: every arrival route, every tri-state, every consent status (with and without
     * exceptions), events before and after reception, duplicated and repeated events, earlier custody periods
     * ended by a release, determinations made before reception or at unrecorded times, dates around the rule
     * set's effective date (1 July 2009) and across clock changes and bank holidays, and some Scottish and Welsh
     * snapshots. Deterministic for a seed.
     *
     * @param count how many
     * @param seed  the random seed
     * @return the snapshots, ids {@code gen-<seed>-<index>}
     */
    public static List<Snapshot> generated(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Snapshot> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generate(r, "gen-" + seed + "-" + i));
        }
        return List.copyOf(out);
    }

    private static final EventType[] PRE_ENTRY = {EventType.DIP_REFERRAL, EventType.DIR_COMPLETED,
            EventType.COURT_REMAND_OR_SENTENCE, EventType.CJIT_AWARE_OF_DESTINATION, EventType.DIR_SENT_TO_PRISON,
            EventType.CJIT_PHONE_FOLLOW_UP};
    private static final EventType[] IN_PRISON = {EventType.CJIT_CASE_CLOSED, EventType.DIR_RECEIVED_BY_PRISON,
            EventType.SMT_CONTACTED_CJIT_FOR_DIR, EventType.ESCORT_FILES_RETRIEVED, EventType.CARAT_FILE_MISSING,
            EventType.CARAT_FILE_REQUESTED, EventType.CARAT_FILE_FORWARDED, EventType.CLINICAL_ASSESSMENT_COMPLETED,
            EventType.REFERRED_TO_CARATS, EventType.CARATS_FIRST_CONTACT};

    private static Snapshot generate(SplittableRandom r, String id) {
        Jurisdiction jurisdiction = r.nextInt(25) == 0 ? Jurisdiction.SCOTLAND
                : r.nextInt(50) == 0 ? Jurisdiction.WALES : Jurisdiction.ENGLAND;
        LocalDate day = r.nextInt(20) == 0
                ? LocalDate.of(2009, 6, 24).plusDays(r.nextInt(14))          // around the effective date
                : LocalDate.of(2024, 1, 1).plusDays(r.nextInt(3 * 365));     // clock changes, bank holidays
        ZonedDateTime t = day.atTime(r.nextInt(24), r.nextInt(4) * 15).atZone(Times.LONDON);
        List<Event> events = new ArrayList<>();
        ZonedDateTime latest = t;

        // Sometimes an earlier custody period, ended by a release: its events must not count.
        if (r.nextInt(6) == 0) {
            ZonedDateTime old = t.minusDays(30 + r.nextInt(300));
            for (int k = r.nextInt(4); k > 0; k--) {
                events.add(Event.of(pick(r, r.nextBoolean() ? PRE_ENTRY : IN_PRISON), old.plusHours(r.nextInt(200))));
            }
            events.add(Event.of(EventType.RELEASED, t.minusDays(1 + r.nextInt(20))));
        }

        // 0 not yet received; 1 community via court; 2 other prison; 3 court from other prison; 4 other community.
        int kind = r.nextInt(5);
        boolean cjitClient = kind == 0 || kind == 1 || kind == 4 ? r.nextInt(4) != 0 : r.nextInt(5) == 0;
        if (cjitClient) {
            for (EventType type : PRE_ENTRY) {
                if (r.nextInt(3) != 0) {
                    t = t.plusMinutes(r.nextInt(40 * 60));
                    events.add(Event.of(type, t));
                    if (r.nextInt(12) == 0) {
                        events.add(Event.of(type, r.nextBoolean() ? t : t.plusHours(1 + r.nextInt(30))));
                    }
                }
            }
        }
        ZonedDateTime reception = kind == 0 ? null : t.plusMinutes(r.nextInt(48 * 60));
        ZonedDateTime anchor = reception != null ? reception : t;
        latest = max(latest, t);
        if (reception != null) {
            latest = max(latest, reception);
            for (EventType type : IN_PRISON) {
                if (r.nextInt(5) < 2) {
                    ZonedDateTime at = reception.plusMinutes(r.nextInt(6 * 24 * 60));
                    events.add(Event.of(type, at));
                    latest = max(latest, at);
                    if (r.nextInt(8) == 0) {
                        ZonedDateTime again = r.nextBoolean() ? at : at.plusMinutes(1 + r.nextInt(3000));
                        events.add(Event.of(type, again));
                        latest = max(latest, again);
                    }
                }
            }
            if (r.nextInt(10) == 0) {                       // an in-prison event from before this reception
                events.add(Event.of(pick(r, IN_PRISON), reception.minusHours(1 + r.nextInt(100))));
            }
        }
        for (Event e : events) {
            latest = max(latest, e.at());
        }

        Origin origin = null;
        ZonedDateTime originAt = null;
        if (reception != null && r.nextInt(8) != 0) {
            origin = switch (kind) {
                case 1 -> Origin.COMMUNITY_VIA_COURT;
                case 2 -> Origin.OTHER_PRISON;
                case 3 -> Origin.COURT_FROM_OTHER_PRISON;
                default -> Origin.OTHER_COMMUNITY;
            };
            originAt = r.nextInt(10) == 0 ? null : reception.plusMinutes(r.nextInt(180));
            if (originAt != null) {
                latest = max(latest, originAt);
            }
        }
        Determination[] d = new Determination[6];
        for (int k = 0; k < d.length; k++) {
            int v = r.nextInt(3);
            if (v == 2) {
                d[k] = Determination.notDetermined();
            } else {
                ZonedDateTime at = switch (r.nextInt(8)) {
                    case 0 -> null;                                           // time not recorded
                    case 1 -> anchor.minusHours(1 + r.nextInt(72));           // before reception
                    default -> anchor.plusMinutes(r.nextInt(3 * 24 * 60));
                };
                if (at != null) {
                    latest = max(latest, at);
                }
                d[k] = Determination.of(v == 0 ? TriState.YES : TriState.NO, at);
            }
        }
        ZonedDateTime asOf = latest.plusMinutes(r.nextInt(5 * 24 * 60));
        LocalDate consentDay = day.minusDays(r.nextInt(60));
        Consent consent = switch (r.nextInt(5)) {
            case 0 -> Consent.notRecorded();
            case 1, 2 -> Consent.given(consentDay);
            case 3 -> Consent.oneDecision(ConsentStatus.REFUSED, consentDay, false, false, false, null);
            default -> Consent.oneDecision(ConsentStatus.WITHDRAWN, consentDay, false, false, false, null);
        };
        if (r.nextInt(6) == 0) {
            consent = Consent.oneDecision(consent.status(), consent.date(), r.nextBoolean(), r.nextBoolean(),
                    r.nextBoolean(), r.nextBoolean() ? "court order" : null);
        }
        CustodyStatus status = r.nextBoolean() ? CustodyStatus.REMAND : CustodyStatus.SENTENCED;
        Sentence sentence = status == CustodyStatus.SENTENCED ? new Sentence(day.minusDays(1), null, 1 + r.nextInt(48))
                : null;
        return new Snapshot(id, jurisdiction, asOf, new Person(r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28))),
                new Custody(status, "HMP Example", origin, originAt, reception, sentence, PlannedDates.none()),
                determinations(d[0], d[1], d[2], d[3], d[4], d[5]), consent,
                r.nextBoolean() ? new Dir(day.minusDays(r.nextInt(30))) : Dir.none(), events);
    }

    /** The six England determinations in the order the first snapshot format listed them (null: not determined). */
    private static Determinations determinations(Determination... six) {
        String[] names = {"ppo", "problematicDrugUse", "stableAtReceptionScreen", "inContactWithPreviousPrisonTeam",
            "inContactWithCjit", "substanceMisuseNeed"};
        Determinations.Builder b = Determinations.builder();
        for (int i = 0; i < names.length; i++) {
            if (six[i] != null) {
                b.set(names[i], six[i]);
            }
        }
        return b.build();
    }

    private static EventType pick(SplittableRandom r, EventType[] types) {
        return types[r.nextInt(types.length)];
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return b.isAfter(a) ? b : a;
    }
}
