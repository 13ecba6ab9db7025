package org.throughcare.core.internal;

import org.throughcare.core.Settings;

/**
 * The action table's {@code shares_information} cell: {@code yes}, {@code no}, {@code yes when <setting>=<value>}
 * (it shares only under that reading of a setting), or {@code monitoring} (de-personalised monitoring data, which need
 * no consent: England 2009 Annex A).
 *
 * @param shares     whether the action may share identifiable information (false for monitoring)
 * @param when       the setting and value a conditional share depends on, or null
 * @param monitoring whether the action shares only de-personalised monitoring data
 */
record SharesInformationCell(Boolean shares, ActionRow.SharesWhen when, boolean monitoring) {

    static final String COLUMN = "shares_information";

    /** {@code shares_information} may say {@code yes when <setting>=<value>}: it shares only under that reading. */
    static final String SHARES_WHEN = "yes when ";

    /** @return the cell read; each error is recorded (a wrong yes/no reads as no) */
    static SharesInformationCell read(RowCells cells) {
        String v = cells.text(COLUMN).trim();
        if ("monitoring".equals(v)) {
            return new SharesInformationCell(Boolean.FALSE, null, true);
        }
        if (v.startsWith(SHARES_WHEN)) {
            return new SharesInformationCell(Boolean.TRUE, when(cells, v.substring(SHARES_WHEN.length()).trim()),
                    false);
        }
        return new SharesInformationCell(cells.bool(COLUMN), null, false);
    }

    /** @return the {@code <setting>=<value>} of a conditional share, checked against the settings */
    private static ActionRow.SharesWhen when(RowCells cells, String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || eq == v.length() - 1) {
            cells.error(COLUMN, "'" + SHARES_WHEN + v + "' must be yes, no or 'yes when <setting>=<value>'");
            return null;
        }
        String name = v.substring(0, eq).trim();
        String value = v.substring(eq + 1).trim();
        try {
            Settings.defaults().with(name, value);
        } catch (IllegalArgumentException e) {
            cells.error(COLUMN, e.getMessage());
            return null;
        }
        return new ActionRow.SharesWhen(name, value);
    }
}
