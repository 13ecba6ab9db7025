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
 * @param calendar      the business calendar its deadlines use (catalogue TC-12)
 */
public record RuleSetInfo(String id, String title, String version, List<Jurisdiction> jurisdictions,
                          LocalDate effectiveFrom, String calendar) {
    public RuleSetInfo {
        jurisdictions = List.copyOf(jurisdictions);
    }
}
