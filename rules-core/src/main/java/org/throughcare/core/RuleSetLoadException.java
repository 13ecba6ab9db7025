package org.throughcare.core;

import java.util.List;

/**
 * The engine could not start because a rule set is wrong: a rule failed to compile, rule metadata is missing or
 * names an unknown catalogue ID, or a row of a timescale table is invalid. Each error names the file (or rule),
 * the line where known, and what is wrong.
 */
public final class RuleSetLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> errors;

    /** @param errors every error found, each "file:line: message" or "rule 'name': message" */
    public RuleSetLoadException(List<String> errors) {
        super("rule sets failed to load (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):\n  "
                + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** @return every error. */
    public List<String> errors() {
        return errors;
    }
}
