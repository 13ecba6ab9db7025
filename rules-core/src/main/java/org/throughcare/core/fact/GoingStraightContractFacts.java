package org.throughcare.core.fact;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Party;
import org.throughcare.core.GoingStraightContract.Role;

/**
 * The snapshot's Going Straight Contract as a fact (Scottish Voluntary Assistance, Phase 2: ¶10, Annex A (Revised) and
 * its template): who the parties are and when each signed, the contract's dates, and which targets and amendments it
 * has. The engine inserts one when the snapshot states a contract, with one {@link ContractTarget} per target and one
 * {@link ContractAmendment} per amendment ({@link #of}); none when it states none ({@code CaseFacts(
 * hasGoingStraightContract() )} says which).
 *
 * <p>Immutable. It carries no free text: a target's aim and how it will be done never reach the rules, only its key,
 * roles, dates and answer. In DRL: {@code GoingStraightContractFacts( signedBy(Role.PRISONER),
 * !signedBy(Role.SUPERVISOR) )}.
 */
public final class GoingStraightContractFacts {
    private final List<Role> parties;
    private final Map<Role, ZonedDateTime> signedAt;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final ZonedDateTime needsAssessedAt;
    private final List<String> targetKeys;
    private final int amendmentCount;

    /** @param contract the snapshot's contract; never null */
    public GoingStraightContractFacts(GoingStraightContract contract) {
        Objects.requireNonNull(contract, "contract");
        this.parties = contract.partyRoles();
        Map<Role, ZonedDateTime> signed = new EnumMap<>(Role.class);
        for (Party p : contract.parties()) {
            if (p.signedAt() != null) {
                signed.putIfAbsent(p.role(), p.signedAt());
            }
        }
        this.signedAt = Map.copyOf(signed);
        this.startsOn = contract.startsOn();
        this.endsOn = contract.endsOn();
        this.needsAssessedAt = contract.needsAssessedAt();
        this.targetKeys = contract.targets().stream().map(GoingStraightContract.Target::key).toList();
        this.amendmentCount = contract.amendments().size();
    }

    /**
     * The facts rules see for a contract: this fact, then one {@link ContractTarget} per target and one
     * {@link ContractAmendment} per amendment, in the contract's order.
     *
     * @param contract the snapshot's contract, or null when it states none
     * @return the facts, none for no contract
     */
    public static List<Object> of(GoingStraightContract contract) {
        if (contract == null) {
            return List.of();
        }
        List<Object> out = new ArrayList<>(1 + contract.targets().size() + contract.amendments().size());
        out.add(new GoingStraightContractFacts(contract));
        Set<Role> parties = Set.copyOf(contract.partyRoles());
        for (GoingStraightContract.Target t : contract.targets()) {
            out.add(new ContractTarget(t, parties));
        }
        for (int i = 0; i < contract.amendments().size(); i++) {
            out.add(new ContractAmendment(contract.amendments().get(i), i, parties));
        }
        return out;
    }

    /** @return the parties' roles, in the order given */
    public List<Role> getParties() { return parties; }

    /** @return true when {@code role} is a party to the contract */
    public boolean party(Role role) { return parties.contains(role); }

    /** @return true when {@code role} is a party whose signature is recorded */
    public boolean signedBy(Role role) { return signedAt.containsKey(role); }

    /** @return when {@code role} signed, or null when it is not a party or its signature is not recorded */
    public ZonedDateTime signedAt(Role role) { return signedAt.get(role); }

    /** @return true when there is at least one party and every party's signature is recorded */
    public boolean isSignedByEveryParty() { return !parties.isEmpty() && parties.stream().allMatch(signedAt::containsKey); }

    /** @return the first signature recorded, or null when none is */
    public ZonedDateTime getFirstSignedAt() {
        return signedAt.values().stream().min(Comparator.naturalOrder()).orElse(null);
    }

    /** @return the last signature recorded, or null when none is */
    public ZonedDateTime getLastSignedAt() {
        return signedAt.values().stream().max(Comparator.naturalOrder()).orElse(null);
    }

    /** @return the day the contract starts, or null when not recorded */
    public LocalDate getStartsOn() { return startsOn; }

    /** @return the day the contract ends, or null when not recorded */
    public LocalDate getEndsOn() { return endsOn; }

    /** @return when the full assessment of needs was completed, or null when not recorded */
    public ZonedDateTime getNeedsAssessedAt() { return needsAssessedAt; }

    /** @return the targets' keys, in the grid's order */
    public List<String> getTargetKeys() { return targetKeys; }

    /** @return the number of targets */
    public int getTargetCount() { return targetKeys.size(); }

    /** @return the number of amendments */
    public int getAmendmentCount() { return amendmentCount; }

    /** Prints roles, dates and counts: no free text. */
    @Override
    public String toString() {
        return "GoingStraightContractFacts[parties=" + parties + ", signed=" + signedAt.keySet().stream().sorted()
                .toList() + ", startsOn=" + startsOn + ", endsOn=" + endsOn + ", targets=" + targetKeys.size()
                + ", amendments=" + amendmentCount + "]";
    }
}
