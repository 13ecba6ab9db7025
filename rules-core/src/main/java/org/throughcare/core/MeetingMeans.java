package org.throughcare.core;

/**
 * How a release-plan meeting was held: the {@code means} attribute of a {@link EventType#RELEASE_PLAN_MEETING} event
 * (England 2009 process point 7: ideally face to face or by video link; by telephone only where neither is possible).
 */
public enum MeetingMeans {
    /** Face to face. */
    FACE_TO_FACE("face to face"),
    /** By video link. */
    VIDEO("by video link"),
    /** By telephone: for exceptional circumstances only, where neither face to face nor video link is possible. */
    TELEPHONE("by telephone (exceptional circumstances only)");

    private final String description;

    MeetingMeans(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
