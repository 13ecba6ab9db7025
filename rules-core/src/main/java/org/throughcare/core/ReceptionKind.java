package org.throughcare.core;

/**
 * How a person came to be received into prison: the {@code kind} attribute of a
 * {@link EventType#RECEIVED_INTO_PRISON} event (England 2009 process point 1; catalogue AMB-44/45). Each kind says
 * the arrival's origin ({@link #origin()}), so that a reception recorded with its kind needs no earlier movement to
 * be routed.
 */
public enum ReceptionKind {
    /** From court, after time in the community: remanded or sentenced on arrival from the community (process point 1 → 3). */
    FROM_COURT_AFTER_COMMUNITY(Origin.COMMUNITY_VIA_COURT, "from court after time in the community"),
    /**
     * From court, after time held in another prison: the court sent the person to a new prison (process point 11,
     * then process point 1 at the receiving prison; read as a transfer by default, catalogue AMB-44).
     */
    FROM_COURT_AFTER_OTHER_PRISON(Origin.COURT_FROM_OTHER_PRISON, "from court after time in another prison"),
    /** On transfer directly from another prison (process point 8 at the sending prison; process point 1 → 2 here). */
    TRANSFER(Origin.OTHER_PRISON, "on transfer from another prison"),
    /** On recall from licence without a court, returned by the police (catalogue AMB-45: as from the community, → 3). */
    RECALL_WITHOUT_COURT(Origin.OTHER_COMMUNITY, "on recall, without a court"),
    /** Any other arrival from the community, not via court (catalogue AMB-45, → 3). */
    OTHER_FROM_COMMUNITY(Origin.OTHER_COMMUNITY, "another arrival from the community");

    private final Origin origin;
    private final String description;

    ReceptionKind(Origin origin, String description) {
        this.origin = origin;
        this.description = description;
    }

    /** @return the origin this kind of reception says (custody.origin's value for it) */
    public Origin origin() {
        return origin;
    }

    /** @return what the kind means, in plain words */
    public String description() {
        return description;
    }
}
