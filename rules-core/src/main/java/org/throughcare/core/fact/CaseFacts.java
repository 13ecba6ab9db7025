package org.throughcare.core.fact;

import java.time.LocalDate;
import java.util.List;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determinations;
import org.throughcare.core.Journey;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.OriginBasis;
import org.throughcare.core.Place;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;
import org.throughcare.core.internal.CustodyPeriod;

/**
 * The snapshot's facts flattened for rule matching: one instance per evaluation. Immutable. Rules may read age and
 * sex (derived here; the date of birth itself is not held) and the custody facts; {@link #toString()} prints none of
 * the person's facts.
 */
public final class CaseFacts {
    private final Jurisdiction jurisdiction;
    private final CustodyStatus status;
    private final ZonedDateTime receptionAt;
    private final Origin origin;
    private final ZonedDateTime originEstablishedAt;
    private final String courtFromOtherPrisonRoute;
    private final Determinations determinations;
    private final boolean goingStraightContract;
    private final Sex sex;
    private final Integer ageAtAsOf;
    private final Integer ageAtSentence;
    private final Sentence sentence;
    private final PlannedDates planned;
    private final Journey journey;
    private final org.throughcare.core.Dir dir;
    private final ZonedDateTime asOf;

    /**
     * @param snapshot                  the snapshot (its movements give the reception, origin and place; see
     *                                  {@link Journey})
     * @param courtFromOtherPrisonRoute the AMB-44 setting, "PP2" or "PP3"
     */
    public CaseFacts(Snapshot snapshot, String courtFromOtherPrisonRoute) {
        this(snapshot, courtFromOtherPrisonRoute, null);
    }

    /**
     * @param snapshot                  the snapshot
     * @param courtFromOtherPrisonRoute the AMB-44 setting, "PP2" or "PP3"
     * @param journey                   the custody facts derived from the snapshot's movements, with the snapshot's
     *                                  custody already holding the derived reception and origin (as the engine passes
     *                                  them); null to derive them here
     */
    public CaseFacts(Snapshot snapshot, String courtFromOtherPrisonRoute, Journey journey) {
        if (journey == null) {
            CustodyPeriod derived = CustodyPeriod.of(snapshot);
            snapshot = derived.effective();
            journey = derived.journey();
        }
        this.journey = journey;
        this.jurisdiction = snapshot.jurisdiction();
        this.status = snapshot.custody().status();
        this.receptionAt = snapshot.custody().receptionAt();
        this.origin = snapshot.custody().origin();
        this.originEstablishedAt = snapshot.custody().originEstablishedAt();
        this.courtFromOtherPrisonRoute = courtFromOtherPrisonRoute;
        this.determinations = snapshot.determinations();
        this.goingStraightContract = snapshot.goingStraightContract() != null;
        this.sex = snapshot.person().sex();
        LocalDate born = snapshot.person().dateOfBirth();
        this.ageAtAsOf = born == null ? null : age(born, snapshot.asOf().toLocalDate());
        this.sentence = snapshot.custody().sentence();
        this.ageAtSentence = born == null || sentence == null || sentence.imposedOn() == null ? null
                : age(born, sentence.imposedOn());
        this.planned = snapshot.custody().planned();
        this.dir = snapshot.dir();
        this.asOf = snapshot.asOf();
    }

    private static int age(LocalDate born, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(born, on);
    }

    /** @return sex as recorded (NOT_RECORDED when unknown) */
    public Sex getSex() { return sex; }

    /** @return age in whole years at asOf, or null when no date of birth was given */
    public Integer getAgeAtAsOf() { return ageAtAsOf; }

    /**
     * @return age in whole years on the day the sentence was imposed, or null when the date of birth or the
     *         sentence date is not known (catalogue AMB-06: a young offender by a configurable age rule)
     */
    public Integer getAgeAtSentence() { return ageAtSentence; }

    /** @return the sentence length in days as imposed, or null (given in months, or no sentence) */
    public Integer getSentenceDays() { return sentence == null ? null : sentence.days(); }

    /** @return the sentence length in months as imposed, or null (given in days, or no sentence) */
    public Integer getSentenceMonths() { return sentence == null ? null : sentence.months(); }

    /** @return the expected release date, or null */
    public LocalDate getExpectedRelease() { return planned.expectedRelease(); }

    /** @return the Home Detention Curfew eligibility date, or null */
    public LocalDate getHdcEligibility() { return planned.hdcEligibility(); }

    /**
     * The one accessor for every planned date ({@link org.throughcare.core.PlannedDate}), checked when the rules
     * load: {@code CaseFacts( planned("approvedHdcRelease") != null )}.
     *
     * @param name the date's JSON name
     * @return the date, or null when none is planned (or no planned date has that name)
     */
    public LocalDate planned(String name) {
        org.throughcare.core.PlannedDate which = org.throughcare.core.PlannedDate.byJsonName(name);
        return which == null ? null : planned.get(which);
    }

    /**
     * The release date a release plan is counted back from (catalogue AMB-47, "earliest expected"): the earliest of
     * the expected release date and the release dates approved under Home Detention Curfew or End of Custody Licence.
     * Eligibility dates do not count: only an approved date says the person will leave on it.
     *
     * @return that date, or null when none is recorded
     */
    public LocalDate getEarliestRelease() {
        org.throughcare.core.PlannedDate p = earliestReleaseBasis();
        return p == null ? null : planned.get(p);
    }

    /** @return what {@link #getEarliestRelease()} is, in words ("the approved Home Detention Curfew release date") */
    public String getEarliestReleaseDescription() {
        org.throughcare.core.PlannedDate p = earliestReleaseBasis();
        if (p == null) {
            return null;
        }
        return switch (p) {
            case APPROVED_HDC_RELEASE -> "the approved Home Detention Curfew release date";
            case APPROVED_ECL_RELEASE -> "the approved End of Custody Licence release date";
            default -> "the expected release date";
        };
    }

    private org.throughcare.core.PlannedDate earliestReleaseBasis() {
        org.throughcare.core.PlannedDate best = null;
        for (org.throughcare.core.PlannedDate p : List.of(org.throughcare.core.PlannedDate.EXPECTED_RELEASE,
                org.throughcare.core.PlannedDate.APPROVED_HDC_RELEASE,
                org.throughcare.core.PlannedDate.APPROVED_ECL_RELEASE)) {
            LocalDate d = planned.get(p);
            if (d != null && (best == null || d.isBefore(planned.get(best)))) {
                best = p;
            }
        }
        return best;
    }

    /** @return the End of Custody Licence date, or null */
    public LocalDate getEndOfCustodyLicence() { return planned.endOfCustodyLicence(); }

    public Jurisdiction getJurisdiction() { return jurisdiction; }

    public CustodyStatus getStatus() { return status; }

    /** @return true when the person has been received into prison. */
    public boolean isReceived() { return receptionAt != null; }

    /** @return the latest reception, or null before reception. */
    public ZonedDateTime getReceptionAt() { return receptionAt; }

    /** @return the established origin, or null while not established. */
    public Origin getOrigin() { return origin; }

    /** @return true when reception staff have established the origin. */
    public boolean isOriginEstablished() { return origin != null; }

    public ZonedDateTime getOriginEstablishedAt() { return originEstablishedAt; }

    /**
     * @return the process point (PP2 or PP3) a prisoner takes at process point 1: PP2 for a transfer or, under the
     *         AMB-44 setting, an arrival from court after another prison; PP3 for arrivals from the community;
     *         null while the origin is not established
     */
    public String getOriginRoute() {
        if (origin == null) {
            return null;
        }
        return switch (origin) {
            case OTHER_PRISON -> "PP2";
            case COURT_FROM_OTHER_PRISON -> courtFromOtherPrisonRoute;
            case COMMUNITY_VIA_COURT, OTHER_COMMUNITY -> "PP3";
        };
    }

    /**
     * The one accessor for staff determinations: every name the vocabulary declares
     * ({@link org.throughcare.core.vocabulary.Vocabulary}), checked against it when the rules load. In DRL:
     * {@code CaseFacts( determination("ppo") == TriState.YES )}.
     *
     * @param name a determination's name
     * @return yes / no / not determined
     */
    public TriState determination(String name) { return determinations.value(name); }

    /**
     * @param name a determination's name
     * @return when it was determined, or null when not determined or the time was not recorded
     */
    public ZonedDateTime determinedAt(String name) { return determinations.get(name).determinedAt(); }

    // ------------------------------------------------------------------------------------ movements (Journey)

    /**
     * @return where the person is now (in prison, at court, in transit between prisons, in the community, or not yet
     *         received), from the latest movement and the custody status
     */
    public Place getPlace() { return journey.place(); }

    /** @return true when the person is in prison (received, or back from court). */
    public boolean isInPrison() { return journey.place() == Place.IN_PRISON; }

    /** @return true when the person has been produced at court from prison and no outcome is recorded yet. */
    public boolean isAtCourt() { return journey.place() == Place.AT_COURT; }

    /** @return true when the person has been transferred out and not yet received at the next prison. */
    public boolean isInTransit() { return journey.place() == Place.IN_TRANSIT; }

    /** @return the prison or court (establishment or court code) the person is at or being taken to, or null */
    public String getLocation() { return journey.location(); }

    /** @return when the person got to the current place, or null when no movement says it */
    public ZonedDateTime getPlaceSince() { return journey.since(); }

    /** @return what says the origin (stated, the reception's kind, the movement before it), or null without one */
    public OriginBasis getOriginBasis() { return journey.originBasis(); }

    /** @return the derived custody facts */
    public Journey getJourney() { return journey; }

    /**
     * A drug problem for the priority tiers: the problematic-drug-use determination when made; otherwise, for
     * transfers that skip process point 3, the substance misuse need found by the clinical assessment (catalogue
     * AMB-41, AMB-62).
     *
     * @return yes / no / not determined
     */
    public TriState getDrugProblem() {
        TriState pdu = determination("problematicDrugUse");
        return pdu.isDetermined() ? pdu : determination("substanceMisuseNeed");
    }

    /**
     * @return true when the snapshot states a Going Straight Contract (Scottish Voluntary Assistance); its parts are
     *         the facts {@link GoingStraightContractFacts}, {@link ContractTarget} and {@link ContractAmendment}
     */
    public boolean hasGoingStraightContract() { return goingStraightContract; }

    /**
     * @return the instant the decision is made for (the snapshot's {@code asOf}): a rule whose trigger is a time
     *         that passes without an event ("24 hours after entry, no DIR") compares it with this instant, so that
     *         before that time the action is pending rather than triggered in the future
     */
    public ZonedDateTime getAsOf() { return asOf; }

    /** @return the completion date of the DIR on file (AMB-48), or null when the snapshot states none */
    public LocalDate getDirCompletedOn() { return dir.completedOn(); }

    /** @return the first day the DIR on file is six months old (TC-08), or null when there is none */
    public LocalDate getDirSixMonthsOn() { return dir.sixMonthsOn(); }

    /**
     * @param useDate the date the DIR is relied on
     * @return true when the DIR on file is under six months old on that date (TC-08: exactly six months is too old)
     */
    public boolean dirUnderSixMonthsOn(LocalDate useDate) { return dir.underSixMonthsOn(useDate); }

    @Override
    public String toString() {
        return "CaseFacts[jurisdiction=" + jurisdiction + ", received=" + isReceived() + ", origin=" + origin + "]";
    }
}
