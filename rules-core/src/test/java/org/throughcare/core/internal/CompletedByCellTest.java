package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.DueKind;
import org.throughcare.core.vocabulary.Vocabulary;

class CompletedByCellTest {

    private final List<String> errors = new ArrayList<>();

    private List<List<String>> read(String cell, DueKind kind) {
        return CompletedByCell.read(new RowCells("t.csv", 3, Map.of("completed_by", cell), errors),
                Vocabulary.standard(), ActionRow.Instances.NONE, kind);
    }

    @Test
    @DisplayName("Alternatives are separated by spaces or semicolons; '+' joins what one alternative needs")
    void alternatives() {
        assertThat(read("DIR_SENT_TO_PRISON; determined:ppo+origin", DueKind.HARD))
                .containsExactly(List.of("DIR_SENT_TO_PRISON"), List.of("determined:ppo", "origin"));
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("Each wrong token is an error; only a standing duty leaves the cell blank")
    void errors() {
        assertThat(read("NOPE+origin", DueKind.HARD)).containsExactly(List.of("NOPE", "origin"));
        assertThat(read("", DueKind.STANDING)).isEmpty();
        assertThat(read("", DueKind.HARD)).isEmpty();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("t.csv:3: column completed_by: 'NOPE' is not an event type");
        assertThat(errors.get(1)).isEqualTo("t.csv:3: column completed_by: say which event (or determination)"
                + " completes the action (only a standing duty, never done once and for all, leaves it blank)");
    }
}
