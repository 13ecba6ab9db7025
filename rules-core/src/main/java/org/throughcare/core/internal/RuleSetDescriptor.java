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
 * @param calendar      the calendar code its deadlines use (a service contract may set another)
 * @param actions       the classpath resource of its action/timescale table
 * @param ruleIds       the classpath resource of its list of implemented catalogue IDs
 * @param start         the journey point for a person not yet received ("PART_1") — null if none
 * @param points        journey points by id: name and whether encoded; null or empty when the rule set has no
 *                      routing (its document has no process points)
 * @param criteria      criterion descriptions by code
 * @param triggers      the triggers of raised actions that are not event types, with their meaning ("RECEPTION");
 *                      may be null (none)
 * @param sharingPurpose what the rule set's sharing actions are for, judged against the consent decisions that
 *                      cover it; null when its consent has no scope (every decision counts)
 * @param effectiveTo   the day the rule set stops applying (exclusive), or null
 * @param contract      the service contract it applies under ("service-4"): it applies only where the engine was given
 *                      such a contract for the person's prison, on its dates; null for guidance that applies by
 *                      jurisdiction alone
 * @param consent       its consent regime: "ANNEX_A" (England 2009: its consent rules judge every sharing action
 *                      against {@code sharingPurpose}), "PER_PURPOSE" (each sharing action names its purpose in
 *                      {@code sharingPurposes}) or "NONE" (the document states no consent rule: nothing is held or
 *                      blocked on consent, AMB-19). Null means ANNEX_A.
 * @param sharingPurposes for PER_PURPOSE: the purpose of each sharing action, by action code
 * @param advisory      true when its practices are advice (HO-RPT): they go to the decision's {@code advice}, never
 *                      to its required actions
 * @param notEncoded    what of the document is not encoded, said in every decision it applies to (may be null)
 * @param step          null for a rule set of one document; "AFTER_SESSIONS" for the cross-document step, whose rules
 *                      run once after every applicable rule set's session, over what those sessions answered (which
 *                      rule sets apply, their priority and eligibility answers), and need no action table
 * @param priorityOrders for each priority this rule set's rules answer (by classification code), its name and its
 *                      results from the highest priority to the lowest, as the document orders them; a result not
 *                      listed (such as UNDETERMINED) has no rank. The cross-document step orders people by them
 *                      (XDOC-04). May be null (none)
 * @param kbaseBeforeReception the KieBase in kmodule.xml evaluated for a person not yet received into prison (the
 *                      journey before reception, {@code start}): a part of {@code kbase} holding only the rules that
 *                      can apply before a reception, so that such a person's evaluation does not pay for every later
 *                      process point's rules. Null: {@code kbase} for everyone. Every rule it holds must be one of
 *                      {@code kbase}'s; that it answers as {@code kbase} does for a person not yet received is
 *                      checked by a test over generated snapshots (BeforeReceptionKieBaseTest)
 */
public record RuleSetDescriptor(String id, String title, String version, String kbase, List<String> jurisdictions,
                                LocalDate effectiveFrom, String calendar, String actions, String ruleIds, String start,
                                Map<String, Point> points, Map<String, String> criteria, Map<String, String> triggers,
                                SharingPurpose sharingPurpose, LocalDate effectiveTo, String contract, String consent,
                                Map<String, SharingPurpose> sharingPurposes, Boolean advisory, String notEncoded,
                                String step, Map<String, Ranking> priorityOrders, String kbaseBeforeReception) {

    /** The descriptor fields before the KieBase for a person not yet received (one KieBase for everyone). */
    public RuleSetDescriptor(String id, String title, String version, String kbase, List<String> jurisdictions,
                             LocalDate effectiveFrom, String calendar, String actions, String ruleIds, String start,
                             Map<String, Point> points, Map<String, String> criteria, Map<String, String> triggers,
                             SharingPurpose sharingPurpose, LocalDate effectiveTo, String contract, String consent,
                             Map<String, SharingPurpose> sharingPurposes, Boolean advisory, String notEncoded,
                             String step, Map<String, Ranking> priorityOrders) {
        this(id, title, version, kbase, jurisdictions, effectiveFrom, calendar, actions, ruleIds, start, points,
                criteria, triggers, sharingPurpose, effectiveTo, contract, consent, sharingPurposes, advisory,
                notEncoded, step, priorityOrders, null);
    }

    /** The descriptor fields before the cross-document step (no step, no priority orders). */
    public RuleSetDescriptor(String id, String title, String version, String kbase, List<String> jurisdictions,
                             LocalDate effectiveFrom, String calendar, String actions, String ruleIds, String start,
                             Map<String, Point> points, Map<String, String> criteria, Map<String, String> triggers,
                             SharingPurpose sharingPurpose, LocalDate effectiveTo, String contract, String consent,
                             Map<String, SharingPurpose> sharingPurposes, Boolean advisory, String notEncoded) {
        this(id, title, version, kbase, jurisdictions, effectiveFrom, calendar, actions, ruleIds, start, points,
                criteria, triggers, sharingPurpose, effectiveTo, contract, consent, sharingPurposes, advisory,
                notEncoded, null, null, null);
    }

    /** The descriptor fields of schema 1.1 (no applicability, consent regime or advice). */
    public RuleSetDescriptor(String id, String title, String version, String kbase, List<String> jurisdictions,
                             LocalDate effectiveFrom, String calendar, String actions, String ruleIds, String start,
                             Map<String, Point> points, Map<String, String> criteria, Map<String, String> triggers,
                             SharingPurpose sharingPurpose) {
        this(id, title, version, kbase, jurisdictions, effectiveFrom, calendar, actions, ruleIds, start, points,
                criteria, triggers, sharingPurpose, null, null, null, null, null, null, null, null, null);
    }

    /** The steps a descriptor may declare. */
    public static final List<String> STEPS = List.of("AFTER_SESSIONS");

    /** The consent regimes a rule set may declare. */
    public static final List<String> CONSENT_REGIMES = List.of("ANNEX_A", "PER_PURPOSE", "NONE");

    /** @return whether the rule set routes between process points */
    public boolean routes() {
        return points != null && !points.isEmpty();
    }

    /** @return its consent regime, ANNEX_A when not stated */
    public String consentRegime() {
        return consent == null ? "ANNEX_A" : consent;
    }

    /** @return whether its practices are advice */
    public boolean isAdvisory() {
        return Boolean.TRUE.equals(advisory);
    }

    /** @return whether this is the cross-document step, run after the sessions, not a document's rule set */
    public boolean isCrossDocument() {
        return step != null;
    }

    /** @return BINDING, CONTRACTUAL, ADVISORY or CROSS_DOCUMENT */
    public String standing() {
        return isCrossDocument() ? "CROSS_DOCUMENT" : isAdvisory() ? "ADVISORY" : contract != null ? "CONTRACTUAL"
                : "BINDING";
    }

    /** @return the ranking of a priority this rule set answers, or null when it declares none */
    public Ranking priorityOrder(String code) {
        return priorityOrders == null ? null : priorityOrders.get(code);
    }

    /**
     * How a document ranks the results of one of its priorities.
     *
     * @param name  the priority in plain words, e.g. "England 2009 treatment priority"
     * @param order its results, the highest priority first, e.g. ["TIER_1", "TIER_2", "TIER_3"]
     */
    public record Ranking(String name, List<String> order) {
    }

    /**
     * @param name    the point's name in the guidance
     * @param encoded whether this rule set encodes the point's rules
     * @param exits   where the point can lead, in plain English (may be null)
     * @param end     true for the end of the journey under this guidance (England 2009 process point 3 for a prisoner
     *                who is neither a PPO nor a problematic drug misuser: the guidance asks nothing further); its
     *                {@code exits} then says so in words
     */
    public record Point(String name, boolean encoded, String exits, boolean end) {
        /** A point that is not the end of the journey. */
        public Point(String name, boolean encoded, String exits) {
            this(name, encoded, exits, false);
        }
    }
}
