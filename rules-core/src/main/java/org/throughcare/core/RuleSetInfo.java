package org.throughcare.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule set the engine holds: one guidance document.
 *
 * @param id            stable id, e.g. "england-2009"
 * @param title         the guidance document's title
 * @param version       the rule set's version
 * @param jurisdictions the jurisdictions it applies to
 * @param effectiveFrom the date from which the guidance applies
 * @param calendar      the business calendar its deadlines use (catalogue TC-12); a contract may set another
 * @param effectiveTo   the day it stops applying (exclusive), or null while in force
 * @param standing      BINDING (guidance), CONTRACTUAL (applies only where a service contract is in force at the
 *                      prison) or ADVISORY (its practices are advice, never required actions)
 * @param contract      the service contract it applies under, or null
 */
public record RuleSetInfo(String id, String title, String version, List<Jurisdiction> jurisdictions,
                          LocalDate effectiveFrom, String calendar, LocalDate effectiveTo, String standing,
                          String contract) {
    public RuleSetInfo {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /** A binding rule set in force from a date with no end. */
    public RuleSetInfo(String id, String title, String version, List<Jurisdiction> jurisdictions,
                       LocalDate effectiveFrom, String calendar) {
        this(id, title, version, jurisdictions, effectiveFrom, calendar, null, "BINDING", null);
    }
}
