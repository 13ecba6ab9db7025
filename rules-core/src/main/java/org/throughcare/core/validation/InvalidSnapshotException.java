package org.throughcare.core.validation;

import java.util.List;

/**
 * A snapshot was rejected. It carries every problem found, never only the first. It is user error, not a fault:
 * callers report {@link #problems()} and no decision is made.
 */
public final class InvalidSnapshotException extends RuntimeException {
    /** Serialisation version (the problems are transient: they do not survive serialisation). */
    private static final long serialVersionUID = 1L;

    /** The snapshot's id, or null. */
    private final String snapshotId;
    private final transient List<Problem> problems;

    /**
     * @param snapshotId the snapshot's id when it could be read; kept only when it is a valid pseudonymous id
     *                   ({@link SnapshotValidator#isPseudonymousId(String)}), since a rejected id may be a name
     * @param problems   every problem found; not empty
     */
    public InvalidSnapshotException(String snapshotId, List<Problem> problems) {
        super(summary(pseudonymous(snapshotId), problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid snapshot needs at least one problem");
        }
        this.snapshotId = pseudonymous(snapshotId);
        this.problems = List.copyOf(problems);
    }

    private static String pseudonymous(String id) {
        return SnapshotValidator.isPseudonymousId(id) ? id : null;
    }

    /** @return the snapshot's pseudonymous id, or null when it could not be read or is not a valid id. */
    public String snapshotId() {
        return snapshotId;
    }

    /** @return every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String id, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("invalid snapshot");
        if (id != null) {
            sb.append(' ').append(id);
        }
        sb.append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
