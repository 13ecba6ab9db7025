package org.throughcare.core.fact;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Role;

/**
 * One target of the snapshot's Going Straight Contract, as a fact (a row of the template's grid): its key, who is
 * responsible, whether how it will be done is recorded, when by, whether it has been achieved, and who endorsed it.
 * Rules name the target by its key (the instance of an obligation about it). Immutable; it carries no free text, so
 * the aim and how it will be done never reach the rules. In DRL: {@code ContractTarget( whenBy == null )},
 * {@code ContractTarget( !endorsedBy(Role.PRISONER) )}.
 */
public final class ContractTarget {
    private final String key;
    private final List<Role> responsible;
    private final boolean howStated;
    private final LocalDate whenBy;
    private final Achieved achieved;
    private final ZonedDateTime reviewedAt;
    private final List<Role> endorsedBy;
    private final List<Role> notEndorsedBy;

    /**
     * @param target  the target
     * @param parties the contract's parties' roles (for {@link #getNotEndorsedBy()})
     */
    public ContractTarget(GoingStraightContract.Target target, Set<Role> parties) {
        Objects.requireNonNull(target, "target");
        this.key = target.key();
        this.responsible = target.responsible();
        this.howStated = target.how() != null;
        this.whenBy = target.whenBy();
        this.achieved = target.achieved();
        this.reviewedAt = target.reviewedAt();
        this.endorsedBy = target.endorsedBy();
        this.notEndorsedBy = parties.stream().filter(r -> !endorsedBy.contains(r)).sorted().toList();
    }

    /** @return the target's key: a short pseudonymous code, unique in the contract */
    public String getKey() { return key; }

    /** @return who is responsible ("Who is responsible?"); empty when not recorded */
    public List<Role> getResponsible() { return responsible; }

    /** @return true when {@code role} is among those responsible */
    public boolean responsible(Role role) { return responsible.contains(role); }

    /** @return true when "How will it be done?" is recorded (its text never reaches the rules) */
    public boolean isHowStated() { return howStated; }

    /** @return "When by?", or null when not recorded */
    public LocalDate getWhenBy() { return whenBy; }

    /** @return "Has it been achieved?" (NOT_RECORDED when not answered) */
    public Achieved getAchieved() { return achieved; }

    /** @return when the answer was last recorded, or null */
    public ZonedDateTime getReviewedAt() { return reviewedAt; }

    /** @return the parties who endorsed the target; empty when none is recorded */
    public List<Role> getEndorsedBy() { return endorsedBy; }

    /** @return true when {@code role} endorsed the target */
    public boolean endorsedBy(Role role) { return endorsedBy.contains(role); }

    /** @return the parties who have not endorsed the target (in the order of {@link Role}); empty when all have */
    public List<Role> getNotEndorsedBy() { return notEndorsedBy; }

    /** Prints the key, roles, date and answer: no free text. */
    @Override
    public String toString() {
        return "ContractTarget[" + (GoingStraightContract.isValidKey(key) ? key : "(not a valid key)")
                + ", responsible=" + responsible + ", whenBy=" + whenBy + ", achieved=" + achieved + ", endorsedBy="
                + endorsedBy + "]";
    }
}
