package org.throughcare.core.batch;

import java.util.List;
import java.util.Objects;
import org.throughcare.core.Decision;
import org.throughcare.core.validation.Problem;

/**
 * What became of one line of a JSON Lines batch. Every input line gives exactly one result, in input order, so
 * result N is line N.
 *
 * @param line       the line number, from 1
 * @param outcome    what happened to the line
 * @param snapshotId the snapshot's id when it could be read and is a valid pseudonymous id, else null
 * @param decision   the decision when {@link Outcome#DECIDED}, else null
 * @param problems   every problem when {@link Outcome#REJECTED}, else empty
 * @param error      for {@link Outcome#FAILED}, the kind of internal failure (a class name, never input), else null
 */
public record LineResult(long line, Outcome outcome, String snapshotId, Decision decision, List<Problem> problems,
                         String error) {

    /** What became of a line. */
    public enum Outcome {
        /** The snapshot was valid and evaluated: {@link #decision()} holds the decision. */
        DECIDED,
        /** The line is not a valid snapshot: {@link #problems()} says why, each problem with its JSON Pointer. */
        REJECTED,
        /** The line is empty or holds only spaces and tabs; nothing to evaluate. */
        BLANK,
        /** The engine failed on a valid snapshot: a fault of the library, reported and not hidden. */
        FAILED
    }

    public LineResult {
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        if ((decision != null) != (outcome == Outcome.DECIDED)) {
            throw new IllegalArgumentException("a decision comes with DECIDED and only with it");
        }
        if (problems.isEmpty() == (outcome == Outcome.REJECTED)) {
            throw new IllegalArgumentException("problems come with REJECTED and only with it");
        }
        if ((error != null) != (outcome == Outcome.FAILED)) {
            throw new IllegalArgumentException("an error comes with FAILED and only with it");
        }
    }

    @Override
    public String toString() {
        return "LineResult[line=" + line + ", outcome=" + outcome + ", snapshotId=" + snapshotId + "]";
    }
}
