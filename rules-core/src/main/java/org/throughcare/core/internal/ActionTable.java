package org.throughcare.core.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import org.throughcare.core.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.throughcare.core.DueKind;
import org.throughcare.core.Modality;

/**
 * A rule set's action table: the one file a policy officer reads and edits for owners, wording, timescales and
 * citations. Loading checks every cell and reports every error with file, line and column ({@link RowCells}). The
 * cells with a grammar of their own are read by their own classes: {@link SharesInformationCell},
 * {@link ExceptionsCell}, {@link InstancesCell}, {@link CompletedByCell} and {@link AlertFormCell}.
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
        RowCells cell = new RowCells(source, line, c, errors);
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
        ActionRow.Anchor anchor = cell.text("anchor").isEmpty() ? ActionRow.Anchor.TRIGGER
                : cell.enumValue("anchor", ActionRow.Anchor.class);
        int amount = 0;
        String amountText = cell.text("amount");
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
        DueKind kindWithRelief = cell.text("due_kind_with_relief").isEmpty() ? kind
                : cell.enumValue("due_kind_with_relief", DueKind.class);
        Modality modality = cell.enumValue("modality", Modality.class);
        if (modality == Modality.MAY || modality == Modality.INFO) {
            cell.error("modality", modality + " rows are not encoded as actions (list them in docs/not-encoded.md)");
        }
        String modalityText = cell.required("modality_text");
        SharesInformationCell shares = SharesInformationCell.read(cell);
        Set<String> exceptionScope = ExceptionsCell.read(cell, shares.shares());
        ActionRow.Instances instances = InstancesCell.read(cell);
        List<List<String>> completedBy = CompletedByCell.read(cell, vocabulary, instances, kind);
        if (ActionRow.TARGET_RESPONSIBLE.equals(role) && instances.kind() != ActionRow.Instances.Kind.TARGET) {
            cell.error("owner_role", "'" + ActionRow.TARGET_RESPONSIBLE + "' (who is responsible for the contract"
                    + " target) needs instances = target");
        }
        if (kind == DueKind.STANDING && instances.kind() != ActionRow.Instances.Kind.NONE) {
            cell.error("instances", "a standing duty has no instances to complete");
        }
        int count = 1;
        String countText = cell.text("count");
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
        String shortNotice = cell.text("short_notice");
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
        ActionRow.AlertFormSpec alertForm = AlertFormCell.read(cell);
        if (alertForm != null && kind == DueKind.STANDING) {
            cell.error("alert_form", "a standing duty is not an Alert Form to send");
        }
        ActionRow.CountsFrom countsFrom = cell.text("counts_from").isEmpty()
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
                unit, relief, kind, kindWithRelief, modality, modalityText, shares.shares(), List.copyOf(completedBy),
                section, List.copyOf(interpretations), anchor, count, instances,
                shortNotice.isEmpty() ? null : shortNotice, shares.when(), shares.monitoring(),
                Set.copyOf(exceptionScope), alertForm, countsFrom);
    }
}
