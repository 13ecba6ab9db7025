package org.throughcare.core;

import java.util.List;

/**
 * What a consent decision covers, where a rule set gives consent a scope. A decision that names no purpose covers
 * every purpose. Each purpose names the documents and catalogue IDs that scope consent that way.
 */
public enum SharingPurpose {
    /**
     * Sharing the information continuity of drug treatment needs (the DIR and what goes with it) between the prison's
     * substance misuse team, the CJIT and partners; once given, both ways (England 2009 Annex A).
     */
    CONTINUITY_OF_CARE(List.of("ENG-COC-CONS-04", "ENG-COC-CONS-10")),
    /** Sharing the recovery plan with the Offender Management Unit and prison healthcare (Service 4). */
    RECOVERY_PLAN_SHARING(List.of("SPEC4-INT-10")),
    /** Transferring the recovery (care) plan to a community provider at release (Service 4). */
    CARE_PLAN_TRANSFER(List.of("SPEC4-INT-11")),
    /** Aftercare recommendations and referrals in the final phase of the sentence (Service 4). */
    AFTERCARE_REFERRAL(List.of("SPEC4-INT-13")),
    /** Harm-reduction and life-support training such as naloxone, for the person or agreed family (Service 4). */
    HARM_REDUCTION_TRAINING(List.of("SPEC4-DRD-04")),
    /** Programmed work on the social-learning needs linked to offending (Scottish Voluntary Assistance). */
    PROGRAMMED_WORK(List.of("SCOT-VA-ENG-14"));

    private final List<String> catalogueIds;

    SharingPurpose(List<String> catalogueIds) {
        this.catalogueIds = catalogueIds;
    }

    /** @return the catalogue IDs that scope consent to this purpose */
    public List<String> catalogueIds() {
        return catalogueIds;
    }
}
