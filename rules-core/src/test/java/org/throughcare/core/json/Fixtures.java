package org.throughcare.core.json;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Assessment;
import org.throughcare.core.BlockedBy;
import org.throughcare.core.Citation;
import org.throughcare.core.Criterion;
import org.throughcare.core.Decision;
import org.throughcare.core.Due;
import org.throughcare.core.DueKind;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Modality;
import org.throughcare.core.Notice;
import org.throughcare.core.Owner;
import org.throughcare.core.Provenance;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.RouteStep;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.Settings;
import org.throughcare.core.Times;
import org.throughcare.core.Trigger;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.calendar.DueUnit;
import org.throughcare.core.calendar.Relief;
import org.throughcare.core.calendar.ReliefMode;
import org.throughcare.core.calendar.SkippedDay;

/** Hand-built decisions that use every field the decision format has (rules-core tests cannot run the real rules). */
final class Fixtures {

    static final Citation CITATION = new Citation("Drug Misusing Offenders (June 2009)", "Part 1, Required actions");

    private Fixtures() {
    }

    static ZonedDateTime at(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, Times.LONDON);
    }

    /** A decision in which every optional field of every record is present somewhere. */
    static Decision everything() {
        ZonedDateTime trigger = at(2026, 4, 2, 16, 0);
        List<SkippedDay> easter = List.of(new SkippedDay(LocalDate.of(2026, 4, 3), "Good Friday"),
                new SkippedDay(LocalDate.of(2026, 4, 4), "Saturday"), new SkippedDay(LocalDate.of(2026, 4, 5), "Sunday"),
                new SkippedDay(LocalDate.of(2026, 4, 6), "Easter Monday"));
        Relief relief = new Relief(true, ReliefMode.NEVER_SHORTER, LocalDate.of(2026, 4, 7), at(2026, 4, 3, 16, 0),
                at(2026, 4, 7, 9, 0), easter.subList(0, 1));
        Derivation hours = new Derivation(trigger, 24, DueUnit.HOURS, "24 hours, relieved to 09:00 Tuesday",
                CalendarId.ENGLAND_AND_WALES, "2026-11-24", easter, relief, at(2026, 4, 7, 9, 0));
        Derivation days = new Derivation(at(2026, 1, 10, 11, 0), 3, DueUnit.CALENDAR_DAYS, "3 calendar days",
                CalendarId.SCOTLAND, "2026-11-24", List.of(), Relief.NOT_CONSIDERED,
                ZonedDateTime.of(2026, 1, 13, 23, 59, 59, 0, Times.LONDON));
        Derivation notApplied = new Derivation(at(2026, 4, 8, 10, 0), 24, DueUnit.HOURS, "24 hours",
                CalendarId.ENGLAND_AND_WALES, "2026-11-24", List.of(),
                Relief.notApplied(ReliefMode.LITERAL, at(2026, 4, 9, 10, 0)), at(2026, 4, 9, 10, 0));
        RequiredAction blocked = new RequiredAction("CJIT_SEND_DIR_TO_PRISON", List.of("ENG-COC-PRE-03", "ENG-COC-PRE-04"),
                new Owner("CJIT", "CJIT worker"), "Send the DIR.", new Trigger("CJIT_AWARE_OF_DESTINATION", trigger,
                "the CJIT learned the destination"), new Due(at(2026, 4, 7, 9, 0), DueKind.BEST_EFFORT,
                "within 24 hours", hours), Modality.MUST, "must transfer", ActionStatus.BLOCKED, "Blocked.", null, null,
                new BlockedBy("CONSENT_REFUSED", LocalDate.of(2026, 3, 1), List.of("ENG-COC-CONS-06")),
                "CONSENT_REFUSED", CITATION, List.of("TC-10", "weekendReliefMode=NEVER_SHORTER"));
        RequiredAction done = new RequiredAction("CARATS_ENGAGE_PRISONER", List.of("ENG-COC-PP2-06"),
                new Owner("Prison Substance Misuse Team", "SMT (CARATs)"), "Engage.", new Trigger("REFERRED_TO_CARATS",
                at(2026, 1, 10, 11, 0), "CARATs received the referral"), new Due(days.dueAt(), DueKind.HARD,
                "within 3 days", days), Modality.MUST, "must then engage", ActionStatus.DONE_LATE, "Done late.",
                at(2026, 1, 14, 9, 0), "CARATS_FIRST_CONTACT", null, null, CITATION, List.of("AMB-33", "dayBasis=CALENDAR"));
        RequiredAction open = new RequiredAction("SENDING_CARATS_FORWARD_FILE", List.of("ENG-COC-PP2-09"),
                new Owner("Prison Substance Misuse Team", "SMT (CARATs) at the sending prison"), "Forward the file.",
                new Trigger("CARAT_FILE_REQUESTED", at(2026, 4, 8, 10, 0), "asked"), new Due(at(2026, 4, 9, 10, 0),
                DueKind.HARD, "within 24 hours", notApplied), Modality.MUST, "must forward", ActionStatus.OPEN, "Open.",
                null, null, null, "EXCEPTION: RISK_OF_HARM", CITATION, List.of());
        RequiredAction pending = new RequiredAction("SMT_REFER_TO_CARATS", List.of("ENG-COC-PP2-05"),
                new Owner("Prison Substance Misuse Team", "SMT (clinical)"), "Refer.", new Trigger(
                "CLINICAL_ASSESSMENT_COMPLETED", null, "the assessment finds a need"), new Due(null, DueKind.UNSPECIFIED,
                "at the assessment", null), Modality.WILL_MUST, "will be referred", ActionStatus.PENDING, "Pending.",
                null, null, null, null, CITATION, List.of());
        Assessment tier = new Assessment("ENG_COC_TREATMENT_PRIORITY", "TIER_1", "A PPO with a drug problem.",
                List.of("ENG-COC-PRI-01"), List.of(new Criterion("PPO", "A PPO")), List.of(),
                List.of(new Criterion("DRUG_PROBLEM", "A drug problem")), CITATION);
        Assessment noCitation = new Assessment("GUIDANCE_APPLIES", "NOT_ENCODED", "Not encoded.", List.of(), List.of(),
                List.of(), List.of(), null);
        Routing routing = new Routing("PP2", "Prisoner has transferred from another prison", "PP5",
                "Prisoner enters the main prison", false, List.of(new RouteStep("RECEPTION", "PP1",
                List.of("ENG-COC-RT-01"), "every reception starts at process point 1")), "PP2 applies now.",
                new org.throughcare.core.Journey(org.throughcare.core.Place.IN_PRISON, "HMP Example",
                        at(2026, 4, 8, 9, 0), at(2026, 4, 8, 9, 0), org.throughcare.core.Origin.OTHER_PRISON,
                        org.throughcare.core.OriginBasis.RECEPTION_KIND, at(2026, 4, 8, 9, 0),
                        "In prison at HMP Example since 2026-04-08T09:00:00+01:00."));
        Provenance provenance = new Provenance("0.1.0", List.of(new RuleSetInfo("england-2009", "Drug Misusing Offenders",
                "0.1.0", List.of(Jurisdiction.ENGLAND), LocalDate.of(2009, 7, 1), "england-and-wales"),
                new RuleSetInfo("service-4", "Service 4", "0.1.0", List.of(Jurisdiction.ENGLAND), LocalDate.of(2000, 1, 1),
                        "england-and-wales", LocalDate.of(2030, 1, 1), "CONTRACTUAL", "service-4")), "2026-11-24",
                Settings.defaults().applied());
        Routing branching = new Routing("PP6", "On-going prisoner management/care whilst in prison", "PP7",
                "Pre-release planning", false, List.of(), "PP6 applies now. Next, one of: PP7; or PP10.", null,
                List.of(new org.throughcare.core.NextPoint("PP7", "Pre-release planning", false, "release is planned",
                                List.of("ENG-COC-RT-09")),
                        new org.throughcare.core.NextPoint("PP10", "Prisoner is transferred from prison to court", false,
                                null, List.of("ENG-COC-RT-21"))));
        org.throughcare.core.Advice advice = new org.throughcare.core.Advice("ho-rpt-2005", "ADVISE_ASSESS_SOON",
                List.of("HO-RPT-OBL-01"), new Owner("CARATs", "CARAT worker"), "Assess needs soon after entry.",
                new Trigger("RECEPTION", at(2026, 4, 8, 9, 0), "received"), "as soon as possible after entry",
                CITATION);
        return new Decision(Decision.SCHEMA_VERSION, "fixture-1", at(2026, 4, 8, 10, 0), LocalDate.of(2026, 4, 1),
                provenance,
                List.of(new Notice("CLINICAL_UNSTABLE_AT_RECEPTION", "Unstable.", List.of("ENG-COC-PP2-04"))),
                List.of(tier),
                new org.throughcare.core.PriorityOrder(List.of("XDOC-04"), "Ordered by the England 2009 tier, then by"
                        + " the Service 4 linkage, then by the earliest release date.", List.of(
                        new org.throughcare.core.PriorityKey("england-2009/ENG_COC_TREATMENT_PRIORITY", "england-2009",
                                "ENG_COC_TREATMENT_PRIORITY", "TIER_1", 1, 3, null, "Tier 1 (rank 1 of 3)."),
                        new org.throughcare.core.PriorityKey("EARLIEST_RELEASE", null, null, null, null, null,
                                LocalDate.of(2026, 9, 1), "Earliest release 2026-09-01."))),
                List.of(noCitation), routing,
                List.of(new org.throughcare.core.RuleSetRouting("england-2009", branching, branching.statement()),
                        new org.throughcare.core.RuleSetRouting("service-4", null, "No process points.")),
                List.of(blocked, done, open, pending), List.of(advice));
    }
}
