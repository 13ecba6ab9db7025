package org.throughcare.core;

/** Where the person is at {@code asOf}, as the movements and the custody facts show it (see {@link Journey}). */
public enum Place {
    /** Not received into prison yet: remanded or sentenced, and on the way (England 2009 Part 1). */
    NOT_YET_RECEIVED("not yet received into prison"),
    /** In prison: received, or back from court. */
    IN_PRISON("in prison"),
    /** At court, produced from prison (process point 10), with no outcome recorded yet. */
    AT_COURT("at court, produced from prison"),
    /** Transferred out of a prison, not yet received at the next one (process point 8). */
    IN_TRANSIT("on transfer between prisons"),
    /** Released from custody, in the community. */
    IN_COMMUNITY("released, in the community");

    private final String description;

    Place(String description) {
        this.description = description;
    }

    /** @return the place in plain words */
    public String description() {
        return description;
    }
}
