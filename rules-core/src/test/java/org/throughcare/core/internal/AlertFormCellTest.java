package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.AlertChange;
import org.throughcare.core.AlertForm;
import org.throughcare.core.Side;

class AlertFormCellTest {

    private final List<String> errors = new ArrayList<>();

    private ActionRow.AlertFormSpec read(String cell) {
        return AlertFormCell.read(new RowCells("t.csv", 7, Map.of("alert_form", cell), errors));
    }

    @Test
    @DisplayName("A blank cell, or no alert_form column, is no Alert Form")
    void blank() {
        assertThat(read("")).isNull();
        assertThat(read("  ")).isNull();
        assertThat(AlertFormCell.read(new RowCells("t.csv", 7, Map.of(), errors))).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("from, to and phone are read in any order; box is optional")
    void read() {
        assertThat(read("phone:REQUIRED to:CJIT from:SUBSTANCE_MISUSE_TEAM")).isEqualTo(new ActionRow.AlertFormSpec(
                Side.SUBSTANCE_MISUSE_TEAM, Side.CJIT, AlertForm.Telephone.REQUIRED, null));
        assertThat(read(" from:CJIT  to:SUBSTANCE_MISUSE_TEAM phone:NONE box:PRISON ")).isEqualTo(
                new ActionRow.AlertFormSpec(Side.CJIT, Side.SUBSTANCE_MISUSE_TEAM, AlertForm.Telephone.NONE,
                        AlertChange.PRISON));
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("A token without a name, or a part named twice, is an error with file, line and column")
    void badToken() {
        assertThat(read("from:CJIT from:CJIT to:SUBSTANCE_MISUSE_TEAM phone:NONE")).isNull();
        assertThat(read("CJIT to:SUBSTANCE_MISUSE_TEAM phone:NONE")).isNull();
        assertThat(errors).containsExactly(
                "t.csv:7: column alert_form: 'from:CJIT' is not from:<side>, to:<side>, phone:<telephone> or"
                        + " box:<change> (each once)",
                "t.csv:7: column alert_form: 'CJIT' is not from:<side>, to:<side>, phone:<telephone> or"
                        + " box:<change> (each once)");
    }

    @Test
    @DisplayName("A missing or unknown part is an error")
    void missingOrUnknownPart() {
        assertThat(read("from:CJIT to:SUBSTANCE_MISUSE_TEAM")).isNull();
        assertThat(read("from:CJIT to:SUBSTANCE_MISUSE_TEAM phone:NONE fax:YES")).isNull();
        assertThat(errors).hasSize(2).allMatch(e -> e.equals("t.csv:7: column alert_form: needs from:<side>"
                + " to:<side> phone:<telephone>, optionally box:<change>, and nothing else"));
    }

    @Test
    @DisplayName("An unknown side, telephone or box lists the values allowed; a form to its own side is refused")
    void badValues() {
        assertThat(read("from:CJIT to:PRISON phone:NONE")).isNull();
        assertThat(read("from:CJIT to:CJIT phone:NONE")).isNull();
        assertThat(errors).containsExactly(
                "t.csv:7: column alert_form: 'from:CJIT to:PRISON phone:NONE': from and to are"
                        + " [SUBSTANCE_MISUSE_TEAM, CJIT], phone is [REQUIRED, IF_NECESSARY, NONE], box is "
                        + java.util.Arrays.toString(AlertChange.values()),
                "t.csv:7: column alert_form: the sender and the recipient must be different sides");
    }
}
