package org.throughcare.core.internal;

import java.time.LocalDate;
import java.util.List;
import org.throughcare.core.DueKind;
import org.throughcare.core.Modality;

/**
 * One row of a rule set's action table: an action's owner, wording, timescale and citation, in force from
 * {@code effectiveFrom} (inclusive) to {@code effectiveTo} (exclusive, null = open).
 */
record ActionRow(String source, int line, String code, LocalDate effectiveFrom, LocalDate effectiveTo,
                 List<String> ruleIds, String ownerAgency, String ownerRole, String action, String dueText,
                 int amount, Unit unit, Relief relief, DueKind dueKind, DueKind dueKindWithRelief, Modality modality,
                 String modalityText, boolean sharesInformation, List<List<String>> completedBy, String section,
                 List<String> interpretations, Anchor anchor, int count, Instances instances, String shortNotice,
                 SharesWhen sharesWhen, boolean monitoring, java.util.Set<String> exceptionScope,
                 AlertFormSpec alertForm, CountsFrom countsFrom) {

    /**
     * The owner role that says the owner is whoever the contract target's "Who is responsible?" names (for rows whose
     * instances are contract targets).
     */
    static final String TARGET_RESPONSIBLE = "target:responsible";

    /**
     * A row with the optional columns at their defaults (counted from the trigger, one event, no instances, work of
     * the whole custody period completing it).
     */
    ActionRow(String source, int line, String code, LocalDate effectiveFrom, LocalDate effectiveTo,
              List<String> ruleIds, String ownerAgency, String ownerRole, String action, String dueText,
              int amount, Unit unit, Relief relief, DueKind dueKind, DueKind dueKindWithRelief, Modality modality,
              String modalityText, boolean sharesInformation, List<List<String>> completedBy, String section,
              List<String> interpretations) {
        this(source, line, code, effectiveFrom, effectiveTo, ruleIds, ownerAgency, ownerRole, action, dueText, amount,
                unit, relief, dueKind, dueKindWithRelief, modality, modalityText, sharesInformation, completedBy, section,
                interpretations, Anchor.TRIGGER, 1, Instances.NONE, null, null, false, java.util.Set.of(), null,
                CountsFrom.CUSTODY_PERIOD);
    }

    /**
     * The row's Alert Form, when the action is done by sending one (column {@code alert_form}): who sends it, to
     * whom, whether a telephone call must follow (set by the rule that raises it, ALERT-09), and the tick box when
     * the rule gives no instance key (otherwise the instance key names the box).
     */
    record AlertFormSpec(org.throughcare.core.Side from, org.throughcare.core.Side to,
                         org.throughcare.core.AlertForm.Telephone telephone, org.throughcare.core.AlertChange box) {
    }

    /**
     * A row whose {@code shares_information} is {@code yes when <setting>=<value>}: it shares identifiable information
     * (and the consent rules apply to it) only under that reading.
     *
     * @param setting the setting's name, one of {@code Settings.ALL}
     * @param value   the value, as written in {@code NAME=VALUE}
     */
    record SharesWhen(String setting, String value) {
    }

    /**
     * @param settings the engine's settings
     * @return whether this action shares identifiable information under these settings: {@code yes}, or
     *         {@code yes when <setting>=<value>} with the setting at that value
     */
    boolean sharesInformation(org.throughcare.core.Settings settings) {
        if (!sharesInformation) {
            return false;
        }
        if (sharesWhen == null) {
            return true;
        }
        org.throughcare.core.Setting<?> s = org.throughcare.core.Settings.setting(sharesWhen.setting());
        return sharesWhen.value().equals(text(s, settings));
    }

    private static <T> String text(org.throughcare.core.Setting<T> s, org.throughcare.core.Settings settings) {
        return s.text(settings.get(s));
    }

    /**
     * @return true when the action sends only de-personalised monitoring data (column {@code shares_information} =
     *         {@code monitoring}): it needs no informed consent (England 2009 Annex A), and the decision says so
     */
    boolean monitoringOnly() {
        return monitoring;
    }

    /**
     * Which completing events count (column {@code counts_from}), for an action without a window (a window bounds its
     * completions itself).
     */
    enum CountsFrom {
        /**
         * The default: any completing event of the current custody period, even one recorded before the trigger (work
         * done before it was asked for is done); a determination or origin from the start of the period.
         */
        CUSTODY_PERIOD,
        /**
         * Only what happened at or after the trigger: the action answers its trigger, so nothing done before it can
         * (an Alert Form reports one change; a reply answers one request).
         */
        TRIGGER
    }

    /** What the timescale is counted from (column {@code anchor}). */
    enum Anchor {
        /** The trigger (the default). */
        TRIGGER,
        /** A date the rule gives (RaisedAction.anchoredOn), such as the release date; the amount may be negative. */
        DATE
    }

    /**
     * How a completion names the instance it completes (column {@code instances}): not at all, by the value of one
     * event attribute ({@code attribute:<jsonName>}), or by a Going Straight Contract target's key ({@code target}).
     *
     * @param kind      the kind
     * @param attribute the attribute, for ATTRIBUTE
     */
    record Instances(Kind kind, org.throughcare.core.EventAttribute attribute) {
        static final Instances NONE = new Instances(Kind.NONE, null);

        enum Kind { NONE, ATTRIBUTE, TARGET }
    }

    /** How the amount is counted. */
    enum Unit {
        /** No time in the text: due is UNSPECIFIED. */
        NONE,
        /** Elapsed hours (TC-01, TC-02). */
        HOURS,
        /** Calendar days, end of day, trigger day 0 (TC-03). */
        CALENDAR_DAYS,
        /** Unqualified "days": calendar or working per the AMB-33 setting. */
        DAYS,
        /** Working days, end of day, trigger day 0 (TC-04). */
        WORKING_DAYS,
        /** "By day N", day 1 = trigger date (TC-05). */
        DAY_N,
        /** Weeks of seven calendar days, end of day (TC-06 when counted back from an anchor date). */
        WEEKS,
        /** The due date is the case's data (RaisedAction.dueOn), such as a contract target's when-by date. */
        GIVEN
    }

    /** Whether the 09:00 next-working-day relief (TC-10) applies. */
    enum Relief {
        /** No relief. */
        NONE,
        /** The duty's own text gives the relief. */
        TEXT,
        /** The catalogue extends the relief to this duty by interpretation (AMB-31b); a setting can switch it off. */
        INTERPRETATION
    }

    boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
