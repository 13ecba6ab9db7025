package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;

/**
 * The snapshot's facts flattened for rule matching: one instance per evaluation. Immutable. Holds no personal data
 * (no date of birth, no sex), only what the rules read.
 */
public final class CaseFacts {
    private final Jurisdiction jurisdiction;
    private final CustodyStatus status;
    private final ZonedDateTime receptionAt;
    private final Origin origin;
    private final ZonedDateTime originEstablishedAt;
    private final String courtFromOtherPrisonRoute;
    private final Determination ppo;
    private final Determination problematicDrugUse;
    private final Determination stableAtReceptionScreen;
    private final Determination inContactWithPreviousPrisonTeam;
    private final Determination inContactWithCjit;
    private final Determination substanceMisuseNeed;

    /**
     * @param snapshot                  the snapshot
     * @param courtFromOtherPrisonRoute the AMB-44 setting, "PP2" or "PP3"
     */
    public CaseFacts(Snapshot snapshot, String courtFromOtherPrisonRoute) {
        this.jurisdiction = snapshot.jurisdiction();
        this.status = snapshot.custody().status();
        this.receptionAt = snapshot.custody().receptionAt();
        this.origin = snapshot.custody().origin();
        this.originEstablishedAt = snapshot.custody().originEstablishedAt();
        this.courtFromOtherPrisonRoute = courtFromOtherPrisonRoute;
        this.ppo = snapshot.determinations().ppo();
        this.problematicDrugUse = snapshot.determinations().problematicDrugUse();
        this.stableAtReceptionScreen = snapshot.determinations().stableAtReceptionScreen();
        this.inContactWithPreviousPrisonTeam = snapshot.determinations().inContactWithPreviousPrisonTeam();
        this.inContactWithCjit = snapshot.determinations().inContactWithCjit();
        this.substanceMisuseNeed = snapshot.determinations().substanceMisuseNeed();
    }

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

    public TriState getPpo() { return ppo.value(); }

    public ZonedDateTime getPpoAt() { return ppo.determinedAt(); }

    public TriState getProblematicDrugUse() { return problematicDrugUse.value(); }

    public TriState getStableAtReceptionScreen() { return stableAtReceptionScreen.value(); }

    public ZonedDateTime getStableAtReceptionScreenAt() { return stableAtReceptionScreen.determinedAt(); }

    public TriState getInContactWithPreviousPrisonTeam() { return inContactWithPreviousPrisonTeam.value(); }

    public ZonedDateTime getInContactWithPreviousPrisonTeamAt() { return inContactWithPreviousPrisonTeam.determinedAt(); }

    public TriState getInContactWithCjit() { return inContactWithCjit.value(); }

    public TriState getSubstanceMisuseNeed() { return substanceMisuseNeed.value(); }

    /** @return when the substance misuse need was determined, or null when not recorded. */
    public ZonedDateTime getSubstanceMisuseNeedAt() { return substanceMisuseNeed.determinedAt(); }

    /**
     * A drug problem for the priority tiers: the problematic-drug-use determination when made; otherwise, for
     * transfers that skip process point 3, the substance misuse need found by the clinical assessment (catalogue
     * AMB-41, AMB-62).
     *
     * @return yes / no / not determined
     */
    public TriState getDrugProblem() {
        return problematicDrugUse.value().isDetermined() ? problematicDrugUse.value() : substanceMisuseNeed.value();
    }

    @Override
    public String toString() {
        return "CaseFacts[jurisdiction=" + jurisdiction + ", received=" + isReceived() + ", origin=" + origin + "]";
    }
}
