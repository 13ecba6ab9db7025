package org.throughcare.core.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import org.throughcare.core.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.throughcare.core.DueKind;
import org.throughcare.core.EventType;
import org.throughcare.core.Modality;

/**
 * A rule set's action table: the one file a policy officer reads and edits for owners, wording, timescales and
 * citations. Loading checks every cell and reports every error with file, line and column.
 */
final class ActionTable {

    static final List<String> COLUMNS = List.of("code", "effective_from", "effective_to", "rule_ids", "owner_agency",
            "owner_role", "action", "due_text", "amount", "unit", "relief", "due_kind", "due_kind_with_relief",
            "modality", "modality_text", "shares_information", "completed_by", "section", "interpretations",
            // the action in the guidance's own words, as the acceptance features name it; read by them, not by rules
            "actor_phrase", "duty_phrase");

    /**
     * Columns a table may have or leave out (a table written before them keeps loading; each cell defaults): what the
     * timescale is counted from, how many events a window needs, how completions name their instance, the notice
     * raised when an anchored due time had passed before the trigger, the exceptions a share may rest on, the Alert
     * Form an action sends, and which completing events count (from the trigger, or the whole custody period). See
     * docs/obligations.md.
     */
    static final List<String> OPTIONAL_COLUMNS = List.of("anchor", "count", "instances", "short_notice", "exceptions",
            "alert_form", "counts_from");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern RULE_ID = Pattern.compile("(ENG-COC|SCOT-TAS|SCOT-VA|HO-RPT|SPEC4)-[A-Z0-9]+-\\d{2}");
    private static final Pattern INTERPRETATION = Pattern.compile("(TC|AMB)-\\d{2}[a-e]?");
    private final Map<String, List<ActionRow>> rowsByCode;
    private final Set<String> sharingCompletions;

    private ActionTable(Map<String, List<ActionRow>> rowsByCode) {
        this.rowsByCode = rowsByCode;
        Set<String> events = new java.util.HashSet<>();
        rowsByCode.values().forEach(rows -> rows.stream().filter(ActionRow::sharesInformation)
                .forEach(r -> r.completedBy().forEach(events::addAll)));
        this.sharingCompletions = Set.copyOf(events);
    }

    /**
     * @return the event types (by name) that can complete an action which shares identifiable information: the
     *         instants at which consent must be judged for actions already done
     */
    Set<String> sharingCompletions() {
        return sharingCompletions;
    }

    Set<String> codes() {
        return rowsByCode.keySet();
    }

    Collection<List<ActionRow>> allRows() {
        return rowsByCode.values();
    }

    /** @return the row for {@code code} in force on {@code date}, if any. */
    Optional<ActionRow> inForce(String code, LocalDate date) {
        for (ActionRow r : rowsByCode.getOrDefault(code, List.of())) {
            if (r.inForceOn(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    boolean has(String code) {
        return rowsByCode.containsKey(code);
    }

    /**
     * Loads and checks a table.
     *
     * @param source        the resource name, for messages
     * @param in            the CSV
     * @param defaultFrom   the rule set's effective date, used when effective_from is blank
     * @param knownRuleIds  the catalogue IDs the rule set declares; every rule_ids entry must be one
     * @param vocabulary    the declared determinations a {@code determined:<name>} completion may name
     * @param errors        receives every error found
     */
    static ActionTable load(String source, InputStream in, LocalDate defaultFrom, Set<String> knownRuleIds,
                            Vocabulary vocabulary, List<String> errors) {
        Map<String, List<ActionRow>> rows = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = org.throughcare.core.internal.CsvTables.rows(in)) {
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> cells;
                try {
                    cells = it.nextValue();
                } catch (RuntimeException e) {
                    errors.add(source + ":" + line + ": unreadable row: " + e.getMessage());
                    continue;
                }
                if (!headerChecked) {
                    headerChecked = true;
                    List<String> missing = COLUMNS.stream().filter(c -> !cells.containsKey(c)).toList();
                    List<String> unknown = cells.keySet().stream()
                            .filter(c -> !COLUMNS.contains(c) && !OPTIONAL_COLUMNS.contains(c)).toList();
                    if (!missing.isEmpty() || !unknown.isEmpty()) {
                        errors.add(source + ":1: header must be exactly " + COLUMNS + ", optionally with any of "
                                + OPTIONAL_COLUMNS
                                + (missing.isEmpty() ? "" : "; missing " + missing)
                                + (unknown.isEmpty() ? "" : "; unknown " + unknown));
                        return new ActionTable(Map.of());
                    }
                }
                ActionRow row = parseRow(source, line, cells, defaultFrom, knownRuleIds, vocabulary, errors);
                if (row != null) {
                    List<ActionRow> same = rows.computeIfAbsent(row.code(), k -> new ArrayList<>());
                    for (ActionRow other : same) {
                        if (overlaps(row, other)) {
                            errors.add(source + ":" + line + ": action " + row.code()
                                    + " has effective dates that overlap the row on line " + other.line());
                        }
                    }
                    same.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(source + ": cannot read the table: " + e.getMessage());
        }
        Map<String, List<ActionRow>> frozen = new LinkedHashMap<>();
        rows.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new ActionTable(frozen);
    }

    private static boolean overlaps(ActionRow a, ActionRow b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && !a.effectiveTo().isAfter(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && !b.effectiveTo().isAfter(a.effectiveFrom());
        return !(aEndsBeforeB || bEndsBeforeA);
    }

    private static ActionRow parseRow(String source, int line, Map<String, String> c, LocalDate defaultFrom,
                                      Set<String> knownRuleIds, Vocabulary vocabulary, List<String> errors) {
        int before = errors.size();
        Cell cell = new Cell(source, line, c, errors);
        String code = cell.required("code");
        if (code != null && !CODE.matcher(code).matches()) {
            cell.error("code", "'" + code + "' is not an action code (UPPER_SNAKE_CASE)");
        }
        LocalDate from = cell.date("effective_from", defaultFrom);
        LocalDate to = cell.date("effective_to", null);
        if (from != null && to != null && !to.isAfter(from)) {
            cell.error("effective_to", "must be after effective_from " + from);
        }
        List<String> ruleIds = cell.list("rule_ids");
        if (ruleIds.isEmpty()) {
            cell.error("rule_ids", "at least one catalogue rule ID is required");
        }
        for (String id : ruleIds) {
            if (!RULE_ID.matcher(id).matches()) {
                cell.error("rule_ids", "'" + id + "' is not a catalogue rule ID (e.g. ENG-COC-PP2-09)");
            } else if (!knownRuleIds.contains(id)) {
                cell.error("rule_ids", "'" + id + "' is not in the rule set's list of implemented IDs");
            }
        }
        String agency = cell.required("owner_agency");
        String role = cell.required("owner_role");
        String action = cell.required("action");
        String dueText = cell.required("due_text");
        ActionRow.Unit unit = cell.enumValue("unit", ActionRow.Unit.class);
        ActionRow.Anchor anchor = c.getOrDefault("anchor", "").isEmpty() ? ActionRow.Anchor.TRIGGER
                : cell.enumValue("anchor", ActionRow.Anchor.class);
        int amount = 0;
        String amountText = c.getOrDefault("amount", "");
        if (unit != null && unit != ActionRow.Unit.NONE && unit != ActionRow.Unit.GIVEN) {
            try {
                amount = Integer.parseInt(amountText);
                if (anchor == ActionRow.Anchor.DATE) {
                    if (unit != ActionRow.Unit.CALENDAR_DAYS && unit != ActionRow.Unit.WEEKS
                            && unit != ActionRow.Unit.DAY_N) {
                        cell.error("unit", "a timescale counted from an anchor date must be in CALENDAR_DAYS, WEEKS"
                                + " or DAY_N");
                    } else if (unit == ActionRow.Unit.DAY_N && amount < 1) {
                        cell.error("amount", "must be at least 1 (the anchor date is day 1)");
                    }
                } else if (amount < 0 || (unit == ActionRow.Unit.DAY_N && amount < 1)) {
                    cell.error("amount", "must be " + (unit == ActionRow.Unit.DAY_N ? "at least 1" : "zero or more")
                            + " (only a timescale counted from an anchor date, column anchor = DATE, may be negative)");
                }
            } catch (NumberFormatException e) {
                cell.error("amount", "'" + amountText + "' is not a whole number (required when unit is " + unit + ")");
            }
        } else if (unit != null && !amountText.isEmpty()) {
            cell.error("amount", "must be blank when unit is " + unit);
        }
        if (unit == ActionRow.Unit.GIVEN && anchor == ActionRow.Anchor.DATE) {
            cell.error("anchor", "a due date given by the data (unit GIVEN) is not counted from an anchor");
        }
        ActionRow.Relief relief = cell.enumValue("relief", ActionRow.Relief.class);
        if (relief != null && relief != ActionRow.Relief.NONE && unit != ActionRow.Unit.HOURS) {
            cell.error("relief", "the 09:00 next-working-day relief applies only to a unit of HOURS");
        }
        DueKind kind = cell.enumValue("due_kind", DueKind.class);
        if (unit == ActionRow.Unit.NONE && kind != null && kind != DueKind.UNSPECIFIED && kind != DueKind.STANDING) {
            cell.error("due_kind", "must be UNSPECIFIED or STANDING when unit is NONE");
        }
        if (unit != null && unit != ActionRow.Unit.NONE && (kind == DueKind.UNSPECIFIED || kind == DueKind.STANDING)) {
            cell.error("due_kind", "cannot be " + kind + " when a time is given");
        }
        DueKind kindWithRelief = c.getOrDefault("due_kind_with_relief", "").isEmpty() ? kind
                : cell.enumValue("due_kind_with_relief", DueKind.class);
        Modality modality = cell.enumValue("modality", Modality.class);
        if (modality == Modality.MAY || modality == Modality.INFO) {
            cell.error("modality", modality + " rows are not encoded as actions (list them in docs/not-encoded.md)");
        }
        String modalityText = cell.required("modality_text");
        String sharesCell = c.getOrDefault("shares_information", "").trim();
        ActionRow.SharesWhen sharesWhen = null;
        Boolean shares;
        // yes, no, 'yes when <setting>=<value>', or monitoring: de-personalised monitoring data, which need no
        // consent (England 2009 Annex A)
        boolean monitoring = "monitoring".equals(sharesCell);
        if (monitoring) {
            shares = Boolean.FALSE;
        } else if (sharesCell.startsWith(SHARES_WHEN)) {
            shares = Boolean.TRUE;
            sharesWhen = sharesWhen(cell, sharesCell.substring(SHARES_WHEN.length()).trim());
        } else {
            shares = cell.bool("shares_information");
        }
        java.util.Set<String> exceptionScope = new java.util.LinkedHashSet<>();
        for (String e : cell.list("exceptions")) {
            try {
                exceptionScope.add(org.throughcare.core.ExceptionToConsent.Kind.valueOf(e).name());
            } catch (IllegalArgumentException ex) {
                cell.error("exceptions", "'" + e + "' is not an exception to consent "
                        + java.util.Arrays.toString(org.throughcare.core.ExceptionToConsent.Kind.values()));
            }
        }
        if (!exceptionScope.isEmpty() && !Boolean.TRUE.equals(shares)) {
            cell.error("exceptions", "only an action that shares identifiable information rests on an exception");
        }
        ActionRow.Instances instances = instances(cell, c.getOrDefault("instances", ""));
        List<List<String>> completedBy = new ArrayList<>();
        for (String alternative : cell.list("completed_by")) {
            List<String> parts = Arrays.asList(alternative.split("\\+"));
            for (String p : parts) {
                String problem = CompletionTokens.problem(p, vocabulary, instances);
                if (problem != null) {
                    cell.error("completed_by", problem);
                }
            }
            completedBy.add(List.copyOf(parts));
        }
        if (completedBy.isEmpty() && kind != DueKind.STANDING) {
            cell.error("completed_by", "say which event (or determination) completes the action (only a standing"
                    + " duty, never done once and for all, leaves it blank)");
        }
        if (ActionRow.TARGET_RESPONSIBLE.equals(role) && instances.kind() != ActionRow.Instances.Kind.TARGET) {
            cell.error("owner_role", "'" + ActionRow.TARGET_RESPONSIBLE + "' (who is responsible for the contract"
                    + " target) needs instances = target");
        }
        if (kind == DueKind.STANDING && instances.kind() != ActionRow.Instances.Kind.NONE) {
            cell.error("instances", "a standing duty has no instances to complete");
        }
        int count = 1;
        String countText = c.getOrDefault("count", "");
        if (!countText.isEmpty()) {
            try {
                count = Integer.parseInt(countText);
                if (count < 1) {
                    cell.error("count", "must be 1 or more");
                } else if (count > 1 && kind != DueKind.MIN_FREQUENCY) {
                    cell.error("count", "a count above 1 needs due_kind MIN_FREQUENCY (at least N events in a window)");
                }
            } catch (NumberFormatException e) {
                cell.error("count", "'" + countText + "' is not a whole number");
            }
        }
        String shortNotice = c.getOrDefault("short_notice", "");
        boolean countedBack = anchor == ActionRow.Anchor.DATE && amount < 0;
        if (!shortNotice.isEmpty() && !countedBack) {
            cell.error("short_notice", "applies only to a timescale counted back from an anchor date (anchor DATE,"
                    + " negative amount)");
        } else if (!shortNotice.isEmpty() && !CODE.matcher(shortNotice).matches()) {
            cell.error("short_notice", "'" + shortNotice + "' is not a notice code (UPPER_SNAKE_CASE)");
        }
        if (countedBack && shortNotice.isEmpty()) {
            shortNotice = "SHORT_NOTICE";
        }
        String section = cell.required("section");
        List<String> interpretations = cell.list("interpretations");
        for (String i : interpretations) {
            if (!INTERPRETATION.matcher(i).matches()) {
                cell.error("interpretations", "'" + i + "' is not a TC-nn or AMB-nn ID");
            }
        }
        ActionRow.AlertFormSpec alertForm = alertForm(cell, c.getOrDefault("alert_form", ""));
        if (alertForm != null && kind == DueKind.STANDING) {
            cell.error("alert_form", "a standing duty is not an Alert Form to send");
        }
        ActionRow.CountsFrom countsFrom = c.getOrDefault("counts_from", "").isEmpty()
                ? ActionRow.CountsFrom.CUSTODY_PERIOD : cell.enumValue("counts_from", ActionRow.CountsFrom.class);
        if (countsFrom == ActionRow.CountsFrom.TRIGGER && kind == DueKind.STANDING) {
            cell.error("counts_from", "a standing duty is never completed, so no completion counts from its trigger");
        }
        if (alertForm != null && kind != DueKind.STANDING && countsFrom == ActionRow.CountsFrom.CUSTODY_PERIOD) {
            cell.error("counts_from", "must be TRIGGER for an Alert Form: a form reports one change, so a form sent"
                    + " before the change cannot report it (section 1.8, Annex E)");
        }
        if (errors.size() > before) {
            return null;
        }
        return new ActionRow(source, line, code, from, to, List.copyOf(ruleIds), agency, role, action, dueText, amount,
                unit, relief, kind, kindWithRelief, modality, modalityText, shares, List.copyOf(completedBy), section,
                List.copyOf(interpretations), anchor, count, instances, shortNotice.isEmpty() ? null : shortNotice,
                sharesWhen, monitoring, java.util.Set.copyOf(exceptionScope), alertForm, countsFrom);
    }

    /**
     * @return the {@code alert_form} cell read: blank (the action is not an Alert Form), or space-separated
     *         {@code from:<side> to:<side> phone:<REQUIRED|IF_NECESSARY|NONE>} and, optionally, {@code box:<change>}
     *         (the tick box when the rule raises no instance key)
     */
    private static ActionRow.AlertFormSpec alertForm(Cell cell, String v) {
        if (v.isBlank()) {
            return null;
        }
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String token : v.trim().split("\\s+")) {
            int colon = token.indexOf(':');
            if (colon <= 0 || parts.put(token.substring(0, colon), token.substring(colon + 1)) != null) {
                cell.error("alert_form", "'" + token + "' is not from:<side>, to:<side>, phone:<telephone> or box:<change>"
                        + " (each once)");
                return null;
            }
        }
        if (!parts.keySet().stream().allMatch(java.util.Set.of("from", "to", "phone", "box")::contains)
                || !parts.keySet().containsAll(java.util.Set.of("from", "to", "phone"))) {
            cell.error("alert_form", "needs from:<side> to:<side> phone:<telephone>, optionally box:<change>, and"
                    + " nothing else");
            return null;
        }
        try {
            org.throughcare.core.Side from = org.throughcare.core.Side.valueOf(parts.get("from"));
            org.throughcare.core.Side to = org.throughcare.core.Side.valueOf(parts.get("to"));
            org.throughcare.core.AlertForm.Telephone phone = org.throughcare.core.AlertForm.Telephone.valueOf(
                    parts.get("phone"));
            org.throughcare.core.AlertChange box = parts.containsKey("box")
                    ? org.throughcare.core.AlertChange.valueOf(parts.get("box")) : null;
            if (from == to) {
                cell.error("alert_form", "the sender and the recipient must be different sides");
                return null;
            }
            return new ActionRow.AlertFormSpec(from, to, phone, box);
        } catch (IllegalArgumentException e) {
            cell.error("alert_form", "'" + v + "': from and to are " + java.util.Arrays.toString(
                    org.throughcare.core.Side.values()) + ", phone is " + java.util.Arrays.toString(
                    org.throughcare.core.AlertForm.Telephone.values()) + ", box is " + java.util.Arrays.toString(
                    org.throughcare.core.AlertChange.values()));
            return null;
        }
    }

    /** {@code shares_information} may say {@code yes when <setting>=<value>}: it shares only under that reading. */
    static final String SHARES_WHEN = "yes when ";

    /** @return the {@code <setting>=<value>} of a conditional {@code shares_information}, checked against the settings */
    private static ActionRow.SharesWhen sharesWhen(Cell cell, String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || eq == v.length() - 1) {
            cell.error("shares_information", "'" + SHARES_WHEN + v + "' must be yes, no or 'yes when <setting>=<value>'");
            return null;
        }
        String name = v.substring(0, eq).trim();
        String value = v.substring(eq + 1).trim();
        try {
            org.throughcare.core.Settings.defaults().with(name, value);
        } catch (IllegalArgumentException e) {
            cell.error("shares_information", e.getMessage());
            return null;
        }
        return new ActionRow.SharesWhen(name, value);
    }

    /** @return the instances cell read: blank, {@code attribute:<jsonName>} or {@code target} */
    private static ActionRow.Instances instances(Cell cell, String v) {
        if (v.isEmpty()) {
            return ActionRow.Instances.NONE;
        }
        if (v.equals("target")) {
            return new ActionRow.Instances(ActionRow.Instances.Kind.TARGET, null);
        }
        if (v.startsWith("attribute:")) {
            org.throughcare.core.EventAttribute a = org.throughcare.core.EventAttribute.byJsonName(
                    v.substring("attribute:".length()));
            if (a != null) {
                return new ActionRow.Instances(ActionRow.Instances.Kind.ATTRIBUTE, a);
            }
            cell.error("instances", "'" + v + "' names no event attribute");
            return ActionRow.Instances.NONE;
        }
        cell.error("instances", "'" + v + "' is not blank, 'attribute:<name>' (an event attribute) or 'target'");
        return ActionRow.Instances.NONE;
    }

    /** Reads cells of one row, recording errors with file, line and column. */
    private record Cell(String source, int line, Map<String, String> cells, List<String> errors) {
        void error(String column, String message) {
            errors.add(source + ":" + line + ": column " + column + ": " + message);
        }

        String required(String column) {
            String v = cells.getOrDefault(column, "");
            if (v.isEmpty()) {
                error(column, "is required");
                return null;
            }
            return v;
        }

        LocalDate date(String column, LocalDate dflt) {
            String v = cells.getOrDefault(column, "");
            if (v.isEmpty()) {
                return dflt;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(column, "'" + v + "' is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        List<String> list(String column) {
            String v = cells.getOrDefault(column, "");
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("[;\\s]+")).filter(s -> !s.isEmpty()).toList();
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = required(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                error(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        Boolean bool(String column) {
            String v = required(column);
            if (v == null) {
                return Boolean.FALSE;
            }
            if (!v.equals("yes") && !v.equals("no")) {
                error(column, "'" + v + "' must be yes or no");
                return Boolean.FALSE;
            }
            return v.equals("yes");
        }
    }
}
