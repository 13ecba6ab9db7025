package org.throughcare.core;

/**
 * What a contact was for, where the guidance gives a purpose: the {@code purpose} attribute of a
 * {@link EventType#CONTACT} event (the Scottish Throughcare Addiction Service: at least two face-to-face meetings
 * before release to discuss and agree the community integration plan, SCOT-TAS-OBL-11).
 */
public enum ContactPurpose {
    /** To discuss the community integration plan. */
    CIP_DISCUSSION("to discuss the community integration plan"),
    /** To agree the community integration plan. */
    CIP_AGREEMENT("to agree the community integration plan");

    private final String description;

    ContactPurpose(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
