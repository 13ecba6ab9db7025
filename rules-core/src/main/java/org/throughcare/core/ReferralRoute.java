package org.throughcare.core;

/**
 * How a referral reached the Service 4 substance use service: the {@code route} attribute of a
 * {@link EventType#REFERRED_TO_SUBSTANCE_USE_SERVICE} event (Service 4 sections 2 and 3). The route says when the
 * five-working-day clock starts and whether an appointment must be offered (catalogue AMB-76).
 */
public enum ReferralRoute {
    /** By the Offender Management Team, after the initial sentence plan or custody planning (the usual access). */
    OFFENDER_MANAGEMENT_TEAM("by the Offender Management Team (sentence or custody planning)"),
    /** By prison healthcare, through the Offender Management Team, outside sentence planning. */
    HEALTHCARE("by prison healthcare, through the Offender Management Team"),
    /** By another appropriate agency, through the Offender Management Team, outside sentence planning. */
    OTHER_AGENCY("by another agency, through the Offender Management Team"),
    /** The person referred themselves by a written application. */
    WRITTEN_SELF_REFERRAL("self-referral by written application"),
    /** The person referred themselves by the in-cell telephone to the main office. */
    IN_CELL_TELEPHONE("self-referral by the in-cell telephone"),
    /** Automatically, after a confirmed positive drug test. */
    AUTOMATIC_POSITIVE_TEST("automatic, after a confirmed positive drug test"),
    /** A re-referral to the Substance Use Worker made at the pre-release meeting. */
    PRE_RELEASE_MEETING("re-referral at the pre-release meeting");

    private final String description;

    ReferralRoute(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
