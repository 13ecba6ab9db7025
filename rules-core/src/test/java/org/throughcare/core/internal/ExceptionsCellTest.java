package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExceptionsCellTest {

    private final List<String> errors = new ArrayList<>();

    private java.util.Set<String> read(String cell, Boolean shares) {
        return ExceptionsCell.read(new RowCells("t.csv", 4, Map.of("exceptions", cell), errors), shares);
    }

    @Test
    @DisplayName("The exceptions are read in order, separated by spaces or semicolons; blank is none")
    void read() {
        assertThat(read("RISK_OF_HARM; OTHER_LAWFUL_EXCEPTION REQUIRED_ASSESSMENT", true))
                .containsExactly("RISK_OF_HARM", "OTHER_LAWFUL_EXCEPTION", "REQUIRED_ASSESSMENT");
        assertThat(read("", false)).isEmpty();
        assertThat(ExceptionsCell.read(new RowCells("t.csv", 4, Map.of(), errors), false)).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("An unknown exception lists the exceptions to consent")
    void unknown() {
        assertThat(read("RISK RISK_OF_HARM", true)).containsExactly("RISK_OF_HARM");
        assertThat(errors).containsExactly("t.csv:4: column exceptions: 'RISK' is not an exception to consent"
                + " [RISK_OF_HARM, REQUIRED_ASSESSMENT, RESTRICTION_ON_BAIL, OTHER_LAWFUL_EXCEPTION]");
    }

    @Test
    @DisplayName("Only an action that shares identifiable information rests on an exception")
    void onlyForShares() {
        read("RISK_OF_HARM", false);
        read("RISK_OF_HARM", null);
        assertThat(errors).hasSize(2).allMatch(e -> e.equals("t.csv:4: column exceptions: only an action that"
                + " shares identifiable information rests on an exception"));
    }
}
