package org.throughcare.core.vocabulary;

import java.util.List;

/** A vocabulary declaration that cannot be used: every problem, each with its source and line. */
public final class VocabularyException extends RuntimeException {
    private final List<String> errors;

    VocabularyException(List<String> errors) {
        super("the vocabulary declaration has " + errors.size() + " problem(s):\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** @return every problem, as {@code source:line: message} */
    public List<String> errors() {
        return errors;
    }
}
