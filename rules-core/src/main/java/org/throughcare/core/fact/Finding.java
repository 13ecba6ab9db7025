package org.throughcare.core.fact;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A helper fact: the answer to one question a process point asks about the prisoner, with what it rests on and when
 * it was established. England 2009 process point 3 asks two ("is the prisoner a PPO?", "a problematic drug
 * misuser?"); its rules insert one finding for each from the staff determination or, where staff have not recorded
 * one, from the evidence the guidance lists, and the rules that classify and route match the findings instead of
 * repeating those conditions. Never an outcome of the decision by itself. Immutable.
 */
public final class Finding {
    /** The answers a finding may give. */
    public enum Answer {
        /** Yes, established. */
        YES,
        /** No, established. */
        NO,
        /** Claimed but not yet confirmed (a self-identified PPO, not flagged on LIDS). */
        UNCONFIRMED,
        /** Not yet established. */
        NOT_DETERMINED
    }

    private final String question;
    private final Answer answer;
    private final String basis;
    private final ZonedDateTime at;

    /**
     * @param question the question, as a criterion code of the rule set ("PPO", "DRUG_PROBLEM")
     * @param answer   the answer
     * @param basis    who or what established it, in plain words (never personal data)
     * @param at       when it was established, or null when not recorded
     */
    public Finding(String question, Answer answer, String basis, ZonedDateTime at) {
        this.question = Objects.requireNonNull(question, "question");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.basis = basis;
        this.at = at;
    }

    public String getQuestion() { return question; }

    public Answer getAnswer() { return answer; }

    public String getBasis() { return basis; }

    public ZonedDateTime getAt() { return at; }

    /** @return the basis and, when known, the time, in words: "a PPO stamp on the Prisoner Escort Record, at ..." */
    public String getStatement() {
        String b = basis == null ? "not recorded" : basis;
        return at == null ? b : b + " (" + org.throughcare.core.Times.format(at) + ")";
    }

    @Override
    public String toString() {
        return "Finding[" + question + "=" + answer + "]";
    }
}
