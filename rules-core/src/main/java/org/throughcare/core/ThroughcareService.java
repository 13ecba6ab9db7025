package org.throughcare.core;

/**
 * The Scottish service a person asked for help: the {@code service} attribute of a {@link EventType#HELP_REQUESTED}
 * event. The Throughcare Addiction Service seeks to help as many people asking for it as it can (SCOT-TAS-ELIG-07);
 * voluntary assistance is available on request to every short-term prisoner on release (SCOT-TAS-ELIG-11, ELIG-12).
 */
public enum ThroughcareService {
    /** The Throughcare Addiction Service. */
    TAS("the Throughcare Addiction Service"),
    /** Voluntary assistance from criminal justice social work. */
    VOLUNTARY_ASSISTANCE("voluntary assistance");

    private final String description;

    ThroughcareService(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
