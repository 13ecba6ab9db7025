package org.throughcare.core;

/**
 * Where evidence came from, at reception, of whether a prisoner is a PPO or a problematic drug misuser: the
 * {@code evidence} attribute of a {@link EventType#PPO_OR_DRUG_MISUSE_EVIDENCE} event (England 2009 process points 2
 * and 3). Whether the prisoner is flagged as a PPO on LIDS, and whether they say they are a PPO while that is not yet
 * confirmed, are not codes here: they are the staff determinations {@code ppoFlaggedOnLids} and
 * {@code ppoSelfIdentified}, the two conditions of the duty to inform the PPO Liaison Point (ENG-COC-PP3-04).
 */
public enum EvidenceSource {
    /** A PPO stamp on the Prisoner Escort Record. */
    PER_PPO_STAMP("a PPO stamp on the Prisoner Escort Record"),
    /** The PPO Liaison Point notified the Substance Misuse Team of a PPO's arrival. */
    PPO_LIAISON_POINT("notified by the PPO Liaison Point"),
    /** The warrant shows problematic drug misuse. */
    WARRANT("the warrant shows problematic drug misuse"),
    /** A clinical drug test shows drug use. */
    CLINICAL_DRUG_TEST("a clinical drug test"),
    /** The prisoner, asked, said they misuse drugs. */
    PRISONER_REPORTED_DRUG_MISUSE("the prisoner said they misuse drugs"),
    /** The prisoner, asked, denied being a PPO or a problematic drug misuser. */
    PRISONER_DENIED("the prisoner denied being a PPO or a problematic drug misuser");

    private final String description;

    EvidenceSource(String description) {
        this.description = description;
    }

    /** @return what the code means, in plain words */
    public String description() {
        return description;
    }
}
