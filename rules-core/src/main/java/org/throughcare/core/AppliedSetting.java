package org.throughcare.core;

import java.util.List;
import java.util.Objects;

/**
 * A setting as a decision's provenance records it: the value in force and the catalogue IDs it settles, in separate
 * fields.
 *
 * @param value        the value, as written in {@code NAME=VALUE} (e.g. "NEVER_SHORTER")
 * @param catalogueIds the catalogue conventions and ambiguities the setting settles (e.g. TC-10, AMB-31e)
 * @param defaultReading true when the value is the catalogue's reading (the setting's default)
 */
public record AppliedSetting(String value, List<String> catalogueIds, boolean defaultReading) {
    public AppliedSetting {
        Objects.requireNonNull(value, "value");
        catalogueIds = List.copyOf(catalogueIds);
    }
}
