package org.throughcare.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.throughcare.core.SharingPurpose;

/**
 * A rule set as described by {@code META-INF/throughcare/rulesets.json} in a knowledge-base jar.
 *
 * @param id            stable id, e.g. "england-2009"
 * @param title         the guidance document's title (used in citations)
 * @param version       the rule set's version
 * @param kbase         the KieBase name in kmodule.xml
 * @param jurisdictions the jurisdictions it applies to
 * @param effectiveFrom the date the guidance takes effect (default effective date of every action row)
 * @param calendar      the calendar code its deadlines use
 * @param actions       the classpath resource of its action/timescale table
 * @param ruleIds       the classpath resource of its list of implemented catalogue IDs
 * @param start         the journey point for a person not yet received ("PART_1") — null if none
 * @param points        journey points by id: name and whether encoded
 * @param criteria      criterion descriptions by code
 * @param triggers      the triggers of raised actions that are not event types, with their meaning ("RECEPTION");
 *                      may be null (none)
 * @param sharingPurpose what the rule set's sharing actions are for, judged against the consent decisions that
 *                      cover it; null when its consent has no scope (every decision counts)
 */
public record RuleSetDescriptor(String id, String title, String version, String kbase, List<String> jurisdictions,
                                LocalDate effectiveFrom, String calendar, String actions, String ruleIds, String start,
                                Map<String, Point> points, Map<String, String> criteria, Map<String, String> triggers,
                                SharingPurpose sharingPurpose) {

    /**
     * @param name    the point's name in the guidance
     * @param encoded whether this rule set encodes the point's rules
     * @param exits   where the point can lead, in plain English (may be null)
     */
    public record Point(String name, boolean encoded, String exits) {
    }
}
