package org.throughcare.core;

/** The normalised modality of a rule (catalogue §0.3). */
public enum Modality {
    /** must, required. */
    MUST,
    /** "must make every effort", "must aim to". */
    MUST_BEST_EFFORT,
    /** will / is responsible / are expected to, used as an instruction. */
    WILL_MUST,
    /** should, ideally, aim. */
    SHOULD,
    /** may, can (not encoded as actions). */
    MAY,
    /** research findings (not an obligation). */
    ADVISORY,
    /** descriptive text (not executable). */
    INFO;

    /** @return true when missing the due time is a breach (OVERDUE) rather than a missed target. */
    public boolean isHard() {
        return this == MUST || this == MUST_BEST_EFFORT || this == WILL_MUST;
    }
}
