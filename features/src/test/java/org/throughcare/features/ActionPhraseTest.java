package org.throughcare.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Modality;

/** The features can name every action the knowledge base defines, and only those. */
class ActionPhraseTest {

    static final List<String> ACTIONS = List.of("org/throughcare/kb/england2009/actions.csv",
            "org/throughcare/kb/scotland2005/actions.csv", "org/throughcare/kb/service4/actions.csv",
            "org/throughcare/kb/horpt2005/actions.csv");

    @Test
    void every_action_in_the_action_table_has_a_phrase() throws IOException {
        assertThat(ActionPhrase.knownCodes()).as("action codes the features can name, against %s", ACTIONS)
                .containsExactlyInAnyOrderElementsOf(actionCodes());
    }

    @Test
    void a_phrase_is_actor_modal_and_duty() {
        ActionPhrase p = ActionPhrase.parse("the sending CARAT team must forward the CARAT file to the receiving team");
        assertThat(p.code()).isEqualTo("SENDING_CARATS_FORWARD_FILE");
        assertThat(p.modality()).isEqualTo(Modality.MUST);
        assertThat(ActionPhrase.parse("the CJIT must make every effort to track the client to the prison they are sent to")
                .modality()).isEqualTo(Modality.MUST_BEST_EFFORT);
        assertThatThrownBy(() -> ActionPhrase.parse("the CJIT must fly to the moon")).hasMessageContaining("unknown duty");
        assertThatThrownBy(() -> ActionPhrase.parse("CARATs must forward the CARAT file to the receiving team"))
                .hasMessageContaining("actor_phrase for SENDING_CARATS_FORWARD_FILE is 'the sending CARAT team'");
    }

    static Set<String> actionCodes() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        for (String table : ACTIONS) {
            codes.addAll(actionCodes(table));
        }
        return codes;
    }

    static Set<String> actionCodes(String table) throws IOException {
        InputStream in = ActionPhraseTest.class.getClassLoader().getResourceAsStream(table);
        assertThat(in).as("class-path resource %s", table).isNotNull();
        Set<String> codes = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                codes.add(TraceabilityTest.csv(line).get(0));
            }
        }
        return codes;
    }
}
