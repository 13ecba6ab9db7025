package org.throughcare.core;

/**
 * The facts staff determine, each as yes / no / not yet determined with the time it was determined.
 * A null argument means {@link Determination#notDetermined()}.
 *
 * @param ppo                         a Prolific and other Priority Offender (PPO)
 * @param problematicDrugUse          a problematic drug user/misuser (catalogue AMB-62: one flag for both terms)
 * @param stableAtReceptionScreen     stable at the initial reception health screen (England 2009 process point 2)
 * @param inContactWithPreviousPrisonTeam in contact with the Substance Misuse Team at the previous prison
 * @param inContactWithCjit           in contact with (on the caseload of) a Criminal Justice Integrated Team
 * @param substanceMisuseNeed         a substance misuse need found by the clinical assessment
 */
public record Determinations(Determination ppo, Determination problematicDrugUse, Determination stableAtReceptionScreen,
                             Determination inContactWithPreviousPrisonTeam, Determination inContactWithCjit,
                             Determination substanceMisuseNeed) {
    public Determinations {
        ppo = orNot(ppo);
        problematicDrugUse = orNot(problematicDrugUse);
        stableAtReceptionScreen = orNot(stableAtReceptionScreen);
        inContactWithPreviousPrisonTeam = orNot(inContactWithPreviousPrisonTeam);
        inContactWithCjit = orNot(inContactWithCjit);
        substanceMisuseNeed = orNot(substanceMisuseNeed);
    }

    /** @return nothing determined yet. */
    public static Determinations none() {
        return new Determinations(null, null, null, null, null, null);
    }

    private static Determination orNot(Determination d) {
        return d == null ? Determination.notDetermined() : d;
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Determinations[redacted]";
    }
}
