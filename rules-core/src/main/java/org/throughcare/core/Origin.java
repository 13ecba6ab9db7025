package org.throughcare.core;

/**
 * Where a prisoner arrived from at the latest reception (England 2009 process point 1; catalogue AMB-44/45).
 */
public enum Origin {
    /** From the community via court (process point 1 → 3). */
    COMMUNITY_VIA_COURT,
    /** Transferred directly from another prison (process point 1 → 2). */
    OTHER_PRISON,
    /** From court after being held in another prison (process point 11; read as another prison → 2 by default, AMB-44). */
    COURT_FROM_OTHER_PRISON,
    /** Any other arrival from the community, such as a licence recall returned by police (→ 3, AMB-45). */
    OTHER_COMMUNITY
}
