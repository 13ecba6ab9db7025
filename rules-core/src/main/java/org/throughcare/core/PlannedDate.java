package org.throughcare.core;

import java.util.List;

/**
 * The planned dates a snapshot can state, declared once: the JSON reader, writer, validator and schema, and what rules
 * read ({@code CaseFacts.planned("<name>")}, checked when the rules load), follow from this list. Planned dates are
 * facts, not events: they may lie after {@code asOf} (catalogue TC-14), never before the sentence was imposed.
 */
public enum PlannedDate {
    /** The expected (conditional or automatic) release date. */
    EXPECTED_RELEASE("expectedRelease", "Expected (conditional/automatic) release date.",
            List.of("ENG-COC-PP5-02", "ENG-COC-PP7-03", "TC-14")),
    /** The date the person becomes eligible for Home Detention Curfew (not the date HDC release is approved for). */
    HDC_ELIGIBILITY("hdcEligibility", "Home Detention Curfew eligibility date (eligibility, not an approved release).",
            List.of("ENG-COC-PP7-05", "HO-RPT-OBL-03")),
    /** The End of Custody Licence date. */
    END_OF_CUSTODY_LICENCE("endOfCustodyLicence", "End of Custody Licence date.", List.of("ENG-COC-PP7-05")),
    /** The release date approved under Home Detention Curfew: the person will leave on it. */
    APPROVED_HDC_RELEASE("approvedHdcRelease",
            "The release date approved under Home Detention Curfew, distinct from HDC eligibility: the release plan"
                    + " must be ready for it.", List.of("ENG-COC-PP7-05", "XDOC-11")),
    /** The release date approved under End of Custody Licence. */
    APPROVED_ECL_RELEASE("approvedEclRelease",
            "The release date approved under End of Custody Licence: the release plan must be ready for it.",
            List.of("ENG-COC-PP7-05", "XDOC-11"));

    private final String jsonName;
    private final String meaning;
    private final List<String> catalogueIds;

    PlannedDate(String jsonName, String meaning, List<String> catalogueIds) {
        this.jsonName = jsonName;
        this.meaning = meaning;
        this.catalogueIds = catalogueIds;
    }

    /** @return the field's name in {@code custody.planned} */
    public String jsonName() {
        return jsonName;
    }

    /** @return what the date is, in plain words (shown in the JSON Schema) */
    public String meaning() {
        return meaning;
    }

    /** @return the catalogue IDs it serves */
    public List<String> catalogueIds() {
        return catalogueIds;
    }

    /** @return the planned date with this JSON name, or null */
    public static PlannedDate byJsonName(String name) {
        for (PlannedDate d : values()) {
            if (d.jsonName.equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** @return every JSON name, in declaration order */
    public static List<String> jsonNames() {
        return java.util.Arrays.stream(values()).map(PlannedDate::jsonName).toList();
    }
}
