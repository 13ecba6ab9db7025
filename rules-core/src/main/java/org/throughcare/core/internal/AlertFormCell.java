package org.throughcare.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.throughcare.core.AlertChange;
import org.throughcare.core.AlertForm;
import org.throughcare.core.Side;

/**
 * The action table's {@code alert_form} cell: blank (the action is not an Alert Form), or space-separated
 * {@code from:<side> to:<side> phone:<REQUIRED|IF_NECESSARY|NONE>} and, optionally, {@code box:<change>} (the tick box
 * when the rule raises no instance key). See docs/obligations.md.
 */
final class AlertFormCell {

    static final String COLUMN = "alert_form";

    private AlertFormCell() {
    }

    /** @return the Alert Form the row's action sends, or null when the cell is blank or wrong (the error recorded) */
    static ActionRow.AlertFormSpec read(RowCells cells) {
        String v = cells.text(COLUMN);
        if (v.isBlank()) {
            return null;
        }
        Map<String, String> parts = new HashMap<>();
        for (String token : v.trim().split("\\s+")) {
            int colon = token.indexOf(':');
            if (colon <= 0 || parts.put(token.substring(0, colon), token.substring(colon + 1)) != null) {
                cells.error(COLUMN, "'" + token + "' is not from:<side>, to:<side>, phone:<telephone> or box:<change>"
                        + " (each once)");
                return null;
            }
        }
        if (!parts.keySet().stream().allMatch(Set.of("from", "to", "phone", "box")::contains)
                || !parts.keySet().containsAll(Set.of("from", "to", "phone"))) {
            cells.error(COLUMN, "needs from:<side> to:<side> phone:<telephone>, optionally box:<change>, and"
                    + " nothing else");
            return null;
        }
        try {
            Side from = Side.valueOf(parts.get("from"));
            Side to = Side.valueOf(parts.get("to"));
            AlertForm.Telephone phone = AlertForm.Telephone.valueOf(parts.get("phone"));
            AlertChange box = parts.containsKey("box") ? AlertChange.valueOf(parts.get("box")) : null;
            if (from == to) {
                cells.error(COLUMN, "the sender and the recipient must be different sides");
                return null;
            }
            return new ActionRow.AlertFormSpec(from, to, phone, box);
        } catch (IllegalArgumentException e) {
            cells.error(COLUMN, "'" + v + "': from and to are " + Arrays.toString(Side.values()) + ", phone is "
                    + Arrays.toString(AlertForm.Telephone.values()) + ", box is "
                    + Arrays.toString(AlertChange.values()));
            return null;
        }
    }
}
