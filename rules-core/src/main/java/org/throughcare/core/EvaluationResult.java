package org.throughcare.core;

import java.util.List;
import org.throughcare.core.validation.Problem;

/**
 * The result of one snapshot in a batch: a decision, or the problems that made the snapshot invalid.
 *
 * @param snapshotId the snapshot's id (null when it could not be read)
 * @param decision   the decision, or null when invalid
 * @param problems   every problem found (empty when a decision was made)
 */
public record EvaluationResult(String snapshotId, Decision decision, List<Problem> problems) {
    public EvaluationResult {
        problems = List.copyOf(problems);
        if ((decision == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a decision or problems");
        }
    }

    /** @return true when a decision was made. */
    public boolean isValid() {
        return decision != null;
    }
}
