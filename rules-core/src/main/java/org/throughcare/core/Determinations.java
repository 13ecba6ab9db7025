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

    /** @return a builder with nothing determined yet */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Determinations} by naming each determination; those not named stay NOT_DETERMINED. */
    public static final class Builder {
        private Determination ppo;
        private Determination problematicDrugUse;
        private Determination stableAtReceptionScreen;
        private Determination inContactWithPreviousPrisonTeam;
        private Determination inContactWithCjit;
        private Determination substanceMisuseNeed;

        private Builder() {
        }

        /** A Prolific and other Priority Offender (PPO). */
        public Builder ppo(TriState value, java.time.ZonedDateTime at) {
            ppo = Determination.of(value, at);
            return this;
        }

        /** A problematic drug user/misuser (catalogue AMB-62: one flag for both terms). */
        public Builder problematicDrugUse(TriState value, java.time.ZonedDateTime at) {
            problematicDrugUse = Determination.of(value, at);
            return this;
        }

        /** Stable at the initial reception health screen (England 2009 process point 2). */
        public Builder stableAtReceptionScreen(TriState value, java.time.ZonedDateTime at) {
            stableAtReceptionScreen = Determination.of(value, at);
            return this;
        }

        /** In contact with the Substance Misuse Team at the previous prison (process point 2). */
        public Builder inContactWithPreviousPrisonTeam(TriState value, java.time.ZonedDateTime at) {
            inContactWithPreviousPrisonTeam = Determination.of(value, at);
            return this;
        }

        /** In contact with a CJIT before prison. */
        public Builder inContactWithCjit(TriState value, java.time.ZonedDateTime at) {
            inContactWithCjit = Determination.of(value, at);
            return this;
        }

        /** The clinical assessment found a substance misuse need. */
        public Builder substanceMisuseNeed(TriState value, java.time.ZonedDateTime at) {
            substanceMisuseNeed = Determination.of(value, at);
            return this;
        }

        /** @return the determinations */
        public Determinations build() {
            return new Determinations(ppo, problematicDrugUse, stableAtReceptionScreen, inContactWithPreviousPrisonTeam,
                    inContactWithCjit, substanceMisuseNeed);
        }
    }
}
