package org.throughcare.core;

/**
 * A fact that staff are asked to determine: yes, no, or not yet determined.
 * The guidance asks staff to establish several facts (for example whether a prisoner is a PPO);
 * until they have, the answer is {@link #NOT_DETERMINED}, never a silent "no".
 */
public enum TriState {
    /** Determined and true. */
    YES,
    /** Determined and false. */
    NO,
    /** Not yet determined by the responsible staff. */
    NOT_DETERMINED;

    /** @return true when the value is {@link #YES} or {@link #NO}. */
    public boolean isDetermined() {
        return this != NOT_DETERMINED;
    }
}
