package org.throughcare.core.internal;

import org.throughcare.core.EventAttribute;

/**
 * The action table's {@code instances} cell: how completions name the instance of an action they complete. Blank (one
 * instance), {@code attribute:<jsonName>} (an event attribute's value names it) or {@code target} (a contract
 * target). See docs/obligations.md.
 */
final class InstancesCell {

    static final String COLUMN = "instances";

    private InstancesCell() {
    }

    /** @return the cell read; a wrong cell is recorded as an error and reads as no instances */
    static ActionRow.Instances read(RowCells cells) {
        String v = cells.text(COLUMN);
        if (v.isEmpty()) {
            return ActionRow.Instances.NONE;
        }
        if (v.equals("target")) {
            return new ActionRow.Instances(ActionRow.Instances.Kind.TARGET, null);
        }
        if (v.startsWith("attribute:")) {
            EventAttribute a = EventAttribute.byJsonName(v.substring("attribute:".length()));
            if (a != null) {
                return new ActionRow.Instances(ActionRow.Instances.Kind.ATTRIBUTE, a);
            }
            cells.error(COLUMN, "'" + v + "' names no event attribute");
            return ActionRow.Instances.NONE;
        }
        cells.error(COLUMN, "'" + v + "' is not blank, 'attribute:<name>' (an event attribute) or 'target'");
        return ActionRow.Instances.NONE;
    }
}
