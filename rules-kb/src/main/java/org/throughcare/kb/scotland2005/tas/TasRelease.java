package org.throughcare.kb.scotland2005.tas;

import java.time.LocalDate;
import org.throughcare.core.fact.CaseFacts;

/**
 * Beside the TAS contact rules (time-frames-and-levels-of-contact-before-release.drl): whether a release date leaves a
 * day of custody before it. Java, because the executable model does not resolve DRL functions called from constraints
 * and an eval joining two patterns logs a warning.
 */
public final class TasRelease {
    private TasRelease() {
    }

    /** @return true when the person was received before {@code release}'s day, so a day before release exists */
    public static boolean afterReceptionDay(CaseFacts c, LocalDate release) {
        return c.getReceptionAt() != null && release != null && release.isAfter(c.getReceptionAt().toLocalDate());
    }
}
