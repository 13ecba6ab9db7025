package org.throughcare.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary read(String csv) {
        return Vocabulary.read("d.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("The standard vocabulary declares the England determinations and the facts the other documents need")
    void standard() {
        Vocabulary v = Vocabulary.standard();
        assertThat(v.determinationNames()).startsWith("ppo", "problematicDrugUse", "stableAtReceptionScreen",
                "inContactWithPreviousPrisonTeam", "inContactWithCjit", "substanceMisuseNeed");
        assertThat(v.determinationNames()).contains("problemWithAddictiveDrugs", "establishedPatternOfMisuse",
                "patternOfOffending", "offendingLinkedToMisuse", "demonstrableWillToTackle", "vulnerable", "highRisk",
                "statutorySupervisionOnRelease", "shortTermPrisoner", "tasAccepted", "needsStructuredTreatment");
        assertThat(v.determination("highRisk")).hasValueSatisfying(t -> {
            assertThat(t.documents()).containsExactly("SCOT-TAS", "SCOT-VA");
            assertThat(t.catalogueIds()).contains("SCOT-VA-ELIG-03");
        });
        for (Term t : v.determinations()) {
            assertThat(t.documents()).as(t.name()).isNotEmpty();
            assertThat(t.catalogueIds()).as(t.name()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("Every problem in a declaration is reported with its line, and nothing is loaded")
    void problemsWithLines() {
        String csv = """
                name,meaning,documents,catalogue_ids
                # a comment
                ppo,A PPO.,ENG-COC,ENG-COC-PP3-01
                Bad Name,,ENG,PP3
                ppo,Again.,ENG-COC,ENG-COC-PP3-01
                ok,Fine.,SPEC4,
                """;
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(VocabularyException.class, e ->
                assertThat(e.errors()).containsExactly(
                        "d.csv:4: name 'Bad Name' must be lowerCamelCase letters and digits, starting with a small"
                                + " letter (at most 64 characters)",
                        "d.csv:4: meaning is required: say in plain words what the fact means",
                        "d.csv:4: documents: 'ENG' is not one of [ENG-COC, SCOT-TAS, SCOT-VA, HO-RPT, SPEC4]",
                        "d.csv:4: catalogue_ids: 'PP3' is not a catalogue ID such as ENG-COC-PP3-01 or AMB-41",
                        "d.csv:5: the determination 'ppo' is already declared on line 3",
                        "d.csv:6: catalogue_ids: name at least one rule or interpretation ID the fact serves"));
    }

    @Test
    @DisplayName("A wrong header is one clear error")
    void header() {
        assertThatThrownBy(() -> read("name,meaning\nppo,A PPO.\n")).isInstanceOf(VocabularyException.class)
                .hasMessageContaining("d.csv: the header must be exactly [name, meaning, documents, catalogue_ids]");
    }

    @Test
    @DisplayName("with() adds an entry to a copy, and refuses a name already declared")
    void with() {
        Term t = Term.of("onMethadone", "On methadone.", List.of("SCOT-TAS"), List.of("SCOT-TAS-ELIG-08"));
        Vocabulary more = Vocabulary.standard().with(t);
        assertThat(more.isDetermination("onMethadone")).isTrue();
        assertThat(Vocabulary.standard().isDetermination("onMethadone")).isFalse();
        assertThatThrownBy(() -> more.with(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the determination 'onMethadone' is already declared");
        assertThatThrownBy(() -> Term.of("x y", "m", List.of("SPEC4"), List.of("SPEC4-ASM-02")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowerCamelCase");
    }
}
