package org.throughcare.core;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Going Straight Contract (Scottish Voluntary Assistance, Phase 2 guidance: ¶10, ¶11, Annex A (Revised) and its
 * template; catalogue SCOT-VA-GSC-01 to -20): who the parties are and when each signed, when it starts and ends, when
 * the full assessment of needs it follows was completed, its targets (the template's grid: the aim, who is
 * responsible, how it will be done, when by, whether it has been achieved, and who endorsed it) and the amendments
 * made to it, with who agreed each.
 *
 * <p>This is a fact the snapshot states, not a judgement of it: a contract that breaks the guidance (a target with no
 * date, an amendment only one party agreed, a signature before the assessment) is valid input, for the rules to
 * judge. {@link org.throughcare.core.validation.SnapshotValidator} rejects only what cannot be (see
 * {@code docs/going-straight-contract.md}).
 *
 * <p>Immutable. The target texts ({@link Target#target()}, {@link Target#how()}) are free text: personal data, never
 * logged, echoed in a message or printed by {@link #toString()}.
 *
 * @param parties         the parties, each with its role and when it signed (template §1 and §3); a role at most once
 * @param startsOn        the day the contract starts, or null when not recorded (template §2)
 * @param endsOn          the day it ends, or null when not recorded (template §2); after {@code startsOn}
 * @param needsAssessedAt when the full assessment of needs the signing follows was completed, or null (Annex A ¶3)
 * @param targets         the targets, in the grid's order (template §4)
 * @param amendments      the changes made to the contract, each with who agreed it (template §3)
 */
public record GoingStraightContract(List<Party> parties, LocalDate startsOn, LocalDate endsOn,
                                    ZonedDateTime needsAssessedAt, List<Target> targets, List<Amendment> amendments) {

    /** The most targets one contract may hold. */
    public static final int MAX_TARGETS = 100;
    /** The most amendments one contract may hold. */
    public static final int MAX_AMENDMENTS = 100;
    /** The longest target key allowed. */
    public static final int MAX_KEY_LENGTH = 16;
    /** The longest free text (a target's aim, how it will be done) allowed: as for the reason of a consent exception. */
    public static final int MAX_TEXT_LENGTH = 1000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+");

    /**
     * Who takes part in a contract: its parties and signatories, the agencies responsible for a target, the parties
     * who endorse a target or agree an amendment. A closed list, from the agencies the guidance names; any other is
     * {@link #OTHER_AGENCY}.
     */
    public enum Role {
        /** The prisoner: the "offender" of ¶10, the "ex-offender" of the template's §1 (one person, before or after release). */
        PRISONER,
        /** The supervisor, for the supervising agency (criminal justice social work): ¶10; Annex A ¶2; template §1. */
        SUPERVISOR,
        /** Prison staff (the Scottish Prison Service), who share the assessment of risk and need: Annex A ¶6; ¶15. */
        PRISON_SERVICE,
        /** Jobcentre Plus: Annex A ¶5; ¶15. */
        JOBCENTRE_PLUS,
        /** Housing: the local authority housing department or a local housing provider: Annex A ¶5 and ¶6; ¶15. */
        HOUSING,
        /** Benefits advice and advocacy: Annex A ¶3 and ¶6. */
        BENEFITS,
        /** Addiction services (drug and alcohol programmes): Annex A ¶3 and ¶6. */
        ADDICTIONS,
        /** Education and training providers (the template's example: a literacy course tutor): Annex A ¶3 and ¶6. */
        TRAINING,
        /** Careers Scotland: ¶15. */
        CAREERS_SCOTLAND,
        /** Health services, forensic services for offenders with mental health problems included: ¶15. */
        HEALTH,
        /** Local authority child protection services: ¶15. */
        CHILD_PROTECTION,
        /** Local authority youth justice services: ¶15. */
        YOUTH_JUSTICE,
        /** The police: ¶15. */
        POLICE,
        /** A voluntary, private or other independent sector organisation: Annex A ¶5; ¶15. */
        VOLUNTARY_SECTOR,
        /** Any other agency. */
        OTHER_AGENCY
    }

    /** The grid's last column, "Has it been achieved?" (template §4). */
    public enum Achieved {
        /** Achieved. */
        YES,
        /** Not achieved so far, and still being worked on (the template's own example answer, "Not yet"). */
        NOT_YET,
        /** Not achieved, and no longer being worked on under this contract. */
        NO,
        /** Not recorded: the column is empty. */
        NOT_RECORDED
    }

    /**
     * A party to the contract.
     *
     * @param role     who the party is; never null
     * @param signedAt when the party signed (Europe/London), or null when no signature is recorded
     */
    public record Party(Role role, ZonedDateTime signedAt) {
        public Party {
            Objects.requireNonNull(role, "role");
            signedAt = signedAt == null ? null : Times.london(signedAt);
        }
    }

    /**
     * One row of the template's grid.
     *
     * @param key         a short pseudonymous code the caller chooses (letters and digits, at most
     *                    {@value GoingStraightContract#MAX_KEY_LENGTH}; "T1", say): what later rules and decisions
     *                    name the target by, never free text; unique in the contract; never null
     * @param target      the target (aim) as written: free text, personal data; never null
     * @param responsible who is responsible (the column allows several: "Me, Literacy Course Tutor")
     * @param how         how it will be done: free text, personal data; null when not recorded
     * @param whenBy      when by, or null when not recorded; it may lie after {@code asOf}
     * @param achieved    whether it has been achieved ({@link Achieved#NOT_RECORDED} when null)
     * @param reviewedAt  when {@code achieved} was last recorded, or null; only with an answer
     * @param endorsedBy  the parties who endorsed the target (Annex A ¶2)
     */
    public record Target(String key, String target, List<Role> responsible, String how, LocalDate whenBy,
                         Achieved achieved, ZonedDateTime reviewedAt, List<Role> endorsedBy) {
        public Target {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(target, "target");
            responsible = roles(responsible, "responsible");
            achieved = achieved == null ? Achieved.NOT_RECORDED : achieved;
            reviewedAt = reviewedAt == null ? null : Times.london(reviewedAt);
            endorsedBy = roles(endorsedBy, "endorsedBy");
        }

        /** @return a builder for a target with this key and aim (free text) */
        public static Builder builder(String key, String target) {
            return new Builder(key, target);
        }

        /** Prints the key (when it is a valid key), the roles, the date and the answer: never the free text. */
        @Override
        public String toString() {
            return "Target[key=" + printableKey(key) + ", responsible=" + responsible + ", whenBy=" + whenBy
                    + ", achieved=" + achieved + ", endorsedBy=" + endorsedBy + "]";
        }

        /** Builds a {@link Target} by naming each column. Not thread-safe. */
        public static final class Builder {
            private final String key;
            private final String target;
            private final List<Role> responsible = new ArrayList<>();
            private String how;
            private LocalDate whenBy;
            private Achieved achieved;
            private ZonedDateTime reviewedAt;
            private final List<Role> endorsedBy = new ArrayList<>();

            private Builder(String key, String target) {
                this.key = Objects.requireNonNull(key, "key");
                this.target = Objects.requireNonNull(target, "target");
            }

            /** Who is responsible (added to any given before). */
            public Builder responsible(Role... roles) {
                responsible.addAll(Arrays.asList(roles));
                return this;
            }

            /** How it will be done (free text: personal data). */
            public Builder how(String how) {
                this.how = how;
                return this;
            }

            /** When by. */
            public Builder whenBy(LocalDate whenBy) {
                this.whenBy = whenBy;
                return this;
            }

            /** Whether it has been achieved, and when that was recorded (null when not recorded). */
            public Builder achieved(Achieved achieved, ZonedDateTime reviewedAt) {
                this.achieved = achieved;
                this.reviewedAt = reviewedAt;
                return this;
            }

            /** The parties who endorsed it (added to any given before). */
            public Builder endorsedBy(Role... roles) {
                endorsedBy.addAll(Arrays.asList(roles));
                return this;
            }

            /** @return the target (its meaning is checked with the snapshot's) */
            public Target build() {
                return new Target(key, target, responsible, how, whenBy, achieved, reviewedAt, endorsedBy);
            }
        }
    }

    /**
     * A change made to the contract (template §3: "changes to it can only happen if everyone agrees").
     *
     * @param at       when it was agreed (Europe/London); never null
     * @param agreedBy the parties who agreed it (the rules, not this record, judge whether that is everyone)
     */
    public record Amendment(ZonedDateTime at, List<Role> agreedBy) {
        public Amendment {
            at = Times.london(Objects.requireNonNull(at, "at"));
            agreedBy = roles(agreedBy, "agreedBy");
        }

        /** @return an amendment at {@code at} agreed by these parties */
        public static Amendment of(ZonedDateTime at, Role... agreedBy) {
            return new Amendment(at, List.of(agreedBy));
        }
    }

    public GoingStraightContract {
        parties = parties == null ? List.of() : List.copyOf(parties);
        targets = targets == null ? List.of() : List.copyOf(targets);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        needsAssessedAt = needsAssessedAt == null ? null : Times.london(needsAssessedAt);
    }

    private static List<Role> roles(List<Role> roles, String what) {
        if (roles == null) {
            return List.of();
        }
        for (Role r : roles) {
            Objects.requireNonNull(r, () -> what + " holds a null role");
        }
        return List.copyOf(roles);
    }

    /** @return a builder for a contract with nothing recorded yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the parties' roles, in the order given */
    public List<Role> partyRoles() {
        return parties.stream().map(Party::role).toList();
    }

    /** @return true when {@code role} is a party to the contract */
    public boolean isParty(Role role) {
        return parties.stream().anyMatch(p -> p.role() == role);
    }

    /**
     * @return true when {@code key} is a valid target key: letters and digits, at most {@link #MAX_KEY_LENGTH}
     *         characters (the only kind of key ever printed or repeated in a message)
     */
    public static boolean isValidKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && KEY.matcher(key).matches();
    }

    private static String printableKey(String key) {
        return isValidKey(key) ? key : "(not a valid key)";
    }

    /** Prints roles, dates, target keys and counts: never a target's free text. */
    @Override
    public String toString() {
        return "GoingStraightContract[parties=" + partyRoles() + ", startsOn=" + startsOn + ", endsOn=" + endsOn
                + ", targets=" + targets.stream().map(t -> printableKey(t.key())).toList() + ", amendments="
                + amendments.size() + "]";
    }

    /** Builds a {@link GoingStraightContract} by naming each part. Not thread-safe; the contract is immutable. */
    public static final class Builder {
        private final List<Party> parties = new ArrayList<>();
        private LocalDate startsOn;
        private LocalDate endsOn;
        private ZonedDateTime needsAssessedAt;
        private final List<Target> targets = new ArrayList<>();
        private final List<Amendment> amendments = new ArrayList<>();

        private Builder() {
        }

        /** Adds a party and when it signed (null: no signature recorded). */
        public Builder party(Role role, ZonedDateTime signedAt) {
            parties.add(new Party(role, signedAt));
            return this;
        }

        /** The days the contract starts and ends (either may be null: not recorded). */
        public Builder runs(LocalDate startsOn, LocalDate endsOn) {
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            return this;
        }

        /** When the full assessment of needs was completed. */
        public Builder needsAssessedAt(ZonedDateTime needsAssessedAt) {
            this.needsAssessedAt = needsAssessedAt;
            return this;
        }

        /** Adds a target. */
        public Builder target(Target target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        /** Adds a target, from its builder. */
        public Builder target(Target.Builder target) {
            return target(target.build());
        }

        /** Adds an amendment agreed at {@code at} by these parties. */
        public Builder amendment(ZonedDateTime at, Role... agreedBy) {
            amendments.add(Amendment.of(at, agreedBy));
            return this;
        }

        /** @return the contract (its meaning is checked with the snapshot's) */
        public GoingStraightContract build() {
            return new GoingStraightContract(parties, startsOn, endsOn, needsAssessedAt, targets, amendments);
        }
    }
}
