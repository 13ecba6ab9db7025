package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.vocabulary.Term;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The worked example of docs/vocabulary.md, run: a new staff determination is one vocabulary entry, and a rule
 * matches it through {@code CaseFacts.determination(name)} with no other change.
 */
class VocabularyWorkedExampleTest {

    /** Step 1 of the worked example: the entry (in the repository, one row of determinations.csv). */
    static final Term ENTRY = Term.of("receivingMethadone", "On a methadone programme in prison.",
            List.of("SCOT-TAS"), List.of("SCOT-TAS-ELIG-08"));

    /** Step 2: the rule, exactly as docs/vocabulary.md shows it. */
    static final String DRL = """
            package org.throughcare.kb.example;

            import org.throughcare.core.TriState;
            import org.throughcare.core.fact.CaseFacts;

            global java.util.List matched;

            rule "SCOT-TAS-ELIG-08 started treatment in prison: on methadone"
            when
                CaseFacts( determination("receivingMethadone") == TriState.YES )
            then
                matched.add("receivingMethadone");
            end
            """;

    static String snapshot(String value) {
        return """
                {"id": "worked-1", "jurisdiction": "SCOTLAND", "asOf": "2026-04-08T10:00",
                 "custody": {"status": "SENTENCED", "receptionAt": "2026-04-01T10:00"},
                 "determinations": {"receivingMethadone": {"value": "%s", "determinedAt": "2026-04-02T11:00"}}}
                """.formatted(value);
    }

    @Test
    @DisplayName("A rule matches a new determination with no change beyond the entry and the rule")
    void ruleMatchesNewEntry() {
        Vocabulary vocabulary = Vocabulary.standard().with(ENTRY);
        StatelessKieSession session = session();

        assertThat(fire(session, ThroughcareJson.readSnapshot(snapshot("YES"), vocabulary)))
                .containsExactly("receivingMethadone");
        assertThat(fire(session, ThroughcareJson.readSnapshot(snapshot("NO"), vocabulary))).isEmpty();
    }

    private static List<String> fire(StatelessKieSession session, Snapshot s) {
        List<String> matched = new ArrayList<>();
        session.setGlobal("matched", matched);
        session.execute(new CaseFacts(s, "PP2"));
        return matched;
    }

    private static StatelessKieSession session() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem files = ks.newKieFileSystem();
        files.write("src/main/resources/org/throughcare/kb/example/methadone.drl", DRL);
        KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).newStatelessKieSession();
    }
}
