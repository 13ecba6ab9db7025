package org.throughcare.core.json;

import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

/**
 * The problems found in one document. It lists at most {@link ThroughcareJson#MAX_PROBLEMS} of them, then one
 * {@link ProblemCodes#TOO_MANY_PROBLEMS}; but it counts every problem found, listed or not, so that "did this part
 * read cleanly?" ({@link #since(int)}) stays true to the document past the cap and no record is ever built from a
 * part that had a problem.
 */
final class Problems {
    private final List<Problem> listed = new ArrayList<>();
    private int found;

    /** Records a problem (listed while under the cap; always counted). */
    void add(String pointer, String code, String message) {
        found++;
        if (listed.size() < ThroughcareJson.MAX_PROBLEMS) {
            listed.add(new Problem(pointer, code, message));
        } else if (listed.size() == ThroughcareJson.MAX_PROBLEMS) {
            listed.add(new Problem("", ProblemCodes.TOO_MANY_PROBLEMS, "more than " + ThroughcareJson.MAX_PROBLEMS
                    + " problems; only the first " + ThroughcareJson.MAX_PROBLEMS + " are listed"));
        }
    }

    /** @return a mark to pass to {@link #since(int)}. */
    int mark() {
        return found;
    }

    /** @return true when a problem was found after {@code mark} was taken. */
    boolean since(int mark) {
        return found > mark;
    }

    /** @return true when no problem was found at all. */
    boolean none() {
        return found == 0;
    }

    /** @return the listed problems, in the order found. */
    List<Problem> list() {
        return List.copyOf(listed);
    }
}
