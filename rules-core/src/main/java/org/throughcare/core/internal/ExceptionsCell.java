package org.throughcare.core.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.throughcare.core.ExceptionToConsent;

/**
 * The action table's {@code exceptions} cell: the exceptions to consent (Annex A) a share may rest on, by their names
 * ({@link ExceptionToConsent.Kind}), separated by spaces or semicolons; blank when none. Only an action that shares
 * identifiable information may name any.
 */
final class ExceptionsCell {

    static final String COLUMN = "exceptions";

    private ExceptionsCell() {
    }

    /**
     * @param shares whether the row's action shares identifiable information (its {@code shares_information} cell)
     * @return the names of the exceptions the cell lists (empty when blank); each wrong name is recorded as an error
     */
    static Set<String> read(RowCells cells, Boolean shares) {
        Set<String> scope = new LinkedHashSet<>();
        for (String e : cells.list(COLUMN)) {
            try {
                scope.add(ExceptionToConsent.Kind.valueOf(e).name());
            } catch (IllegalArgumentException ex) {
                cells.error(COLUMN, "'" + e + "' is not an exception to consent "
                        + Arrays.toString(ExceptionToConsent.Kind.values()));
            }
        }
        if (!scope.isEmpty() && !Boolean.TRUE.equals(shares)) {
            cells.error(COLUMN, "only an action that shares identifiable information rests on an exception");
        }
        return scope;
    }
}
