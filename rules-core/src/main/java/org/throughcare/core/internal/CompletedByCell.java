package org.throughcare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.throughcare.core.DueKind;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The action table's {@code completed_by} cell: the alternatives that complete the action, separated by spaces or
 * semicolons, each one completion token or several joined by {@code +} (all of them needed), e.g.
 * {@code DIR_SENT_TO_PRISON determined:ppo+origin}. The tokens themselves are {@link CompletionTokens}. Only a
 * standing duty, never done once and for all, leaves the cell blank.
 */
final class CompletedByCell {

    static final String COLUMN = "completed_by";

    private CompletedByCell() {
    }

    /**
     * @param vocabulary the declared determinations a {@code determined:<name>} token may name
     * @param instances  the row's instances (the tokens must be able to name them)
     * @param kind       the row's due kind (a standing duty needs no completion)
     * @return the alternatives, each the list of the tokens it needs; each wrong token is recorded as an error
     */
    static List<List<String>> read(RowCells cells, Vocabulary vocabulary, ActionRow.Instances instances,
                                   DueKind kind) {
        List<List<String>> completedBy = new ArrayList<>();
        for (String alternative : cells.list(COLUMN)) {
            List<String> parts = Arrays.asList(alternative.split("\\+"));
            for (String p : parts) {
                String problem = CompletionTokens.problem(p, vocabulary, instances);
                if (problem != null) {
                    cells.error(COLUMN, problem);
                }
            }
            completedBy.add(List.copyOf(parts));
        }
        if (completedBy.isEmpty() && kind != DueKind.STANDING) {
            cells.error(COLUMN, "say which event (or determination) completes the action (only a standing"
                    + " duty, never done once and for all, leaves it blank)");
        }
        return completedBy;
    }
}
