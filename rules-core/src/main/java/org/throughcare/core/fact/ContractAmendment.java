package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Role;

/**
 * One amendment of the snapshot's Going Straight Contract, as a fact: when it was agreed, by whom, and which parties
 * did not agree it (template §3: changes can only happen if everyone agrees; whether that holds is for a rule to
 * judge). Immutable. In DRL: {@code ContractAmendment( !notAgreedBy.isEmpty() )}.
 */
public final class ContractAmendment {
    private final int index;
    private final ZonedDateTime at;
    private final List<Role> agreedBy;
    private final List<Role> notAgreedBy;

    /**
     * @param amendment the amendment
     * @param index     its place in the contract's list (as in {@code /goingStraightContract/amendments/i})
     * @param parties   the contract's parties' roles (for {@link #getNotAgreedBy()})
     */
    public ContractAmendment(GoingStraightContract.Amendment amendment, int index, Set<Role> parties) {
        Objects.requireNonNull(amendment, "amendment");
        this.index = index;
        this.at = amendment.at();
        this.agreedBy = amendment.agreedBy();
        this.notAgreedBy = parties.stream().filter(r -> !agreedBy.contains(r)).sorted().toList();
    }

    /** @return its place in the contract's list of amendments, from 0 */
    public int getIndex() { return index; }

    /** @return when it was agreed */
    public ZonedDateTime getAt() { return at; }

    /** @return the parties who agreed it; empty when none is recorded */
    public List<Role> getAgreedBy() { return agreedBy; }

    /** @return true when {@code role} agreed it */
    public boolean agreedBy(Role role) { return agreedBy.contains(role); }

    /** @return the parties who did not agree it (in the order of {@link Role}); empty when every party did */
    public List<Role> getNotAgreedBy() { return notAgreedBy; }

    @Override
    public String toString() {
        return "ContractAmendment[" + index + " at " + org.throughcare.core.Times.format(at) + ", agreedBy=" + agreedBy
                + "]";
    }
}
