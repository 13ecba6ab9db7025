package org.throughcare.core;

/** Where the arrival's origin of a {@link Journey} comes from. */
public enum OriginBasis {
    /** Stated: custody.origin, as reception staff established it. */
    STATED,
    /** The kind of the reception ({@link ReceptionKind}), when custody.origin is not stated. */
    RECEPTION_KIND,
    /**
     * The movement that led to the reception, when neither is given: a transfer out of another prison
     * ({@link Origin#OTHER_PRISON}), or a production at court from another prison
     * ({@link Origin#COURT_FROM_OTHER_PRISON}).
     */
    EARLIER_MOVEMENTS
}
