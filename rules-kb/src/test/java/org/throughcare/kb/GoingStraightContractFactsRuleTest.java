package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.kb.Cases.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.TriState;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.GoingStraightContractFacts;
import org.throughcare.core.json.ThroughcareJson;

/**
 * The Going Straight Contract reaches the rules as facts a DRL rule can match (in the executable model, as the
 * knowledge base is built), with no free text; and until a rule reads it, a contract changes no decision.
 */
class GoingStraightContractFactsRuleTest {

    static final Path EXAMPLE = Path.of("..", "examples", "snapshots", "scotland-going-straight-contract.json");

    /** Rules of the shape the SCOT-VA-GSC rules will have: each records what it matched. */
    static final String DRL = """
            package org.throughcare.kb.example;

            import org.throughcare.core.GoingStraightContract.Achieved;
            import org.throughcare.core.GoingStraightContract.Role;
            import org.throughcare.core.fact.CaseFacts;
            import org.throughcare.core.fact.ContractAmendment;
            import org.throughcare.core.fact.ContractTarget;
            import org.throughcare.core.fact.GoingStraightContractFacts;

            global java.util.List matched;

            rule "a contract is stated"
            when
                CaseFacts( hasGoingStraightContract() )
            then
                matched.add("contract stated");
            end

            rule "signed by the prisoner and the supervisor, after the assessment of needs"
            when
                GoingStraightContractFacts( signedBy(Role.PRISONER), signedBy(Role.SUPERVISOR),
                                            $first : firstSignedAt, needsAssessedAt != null, needsAssessedAt < $first )
            then
                matched.add("signed after assessment");
            end

            rule "a target not endorsed by both parties"
            when
                ContractTarget( $key : key, !endorsedBy(Role.SUPERVISOR) || !endorsedBy(Role.PRISONER) )
            then
                matched.add("not endorsed by both: " + $key);
            end

            rule "a target due after the contract ends, or with no date"
            when
                GoingStraightContractFacts( $end : endsOn )
                ContractTarget( $key : key, whenBy == null || whenBy > $end )
            then
                matched.add("date: " + $key);
            end

            rule "a target not yet achieved, with how it will be done recorded"
            when
                ContractTarget( $key : key, achieved == Achieved.NOT_YET, howStated )
            then
                matched.add("not yet: " + $key);
            end

            rule "an amendment not every party agreed"
            when
                ContractAmendment( $i : index, !notAgreedBy.isEmpty() )
            then
                matched.add("amendment " + $i + " not agreed by everyone");
            end
            """;

    static Snapshot example() throws IOException {
        return ThroughcareJson.readSnapshot(Files.readString(EXAMPLE));
    }

    @Test
    @DisplayName("A rule matches the contract, its targets and its amendments by key, role, date and answer")
    void rulesMatchTheFacts() throws IOException {
        Snapshot s = example();
        StatelessKieSession session = session();
        assertThat(fire(session, s)).containsExactlyInAnyOrder("contract stated", "signed after assessment",
                "not endorsed by both: T3", "not yet: T1");

        GoingStraightContract amended = GoingStraightContract.builder().party(Role.PRISONER, at(2026, 5, 20, 14, 0))
                .party(Role.SUPERVISOR, at(2026, 5, 20, 14, 5)).runs(null, java.time.LocalDate.of(2026, 12, 31))
                .target(GoingStraightContract.Target.builder("T1", "Aim").whenBy(java.time.LocalDate.of(2027, 1, 1))
                        .endorsedBy(Role.PRISONER, Role.SUPERVISOR))
                .amendment(at(2026, 6, 1, 10, 0), Role.SUPERVISOR).build();
        Snapshot t = Snapshot.builder(s.id(), s.jurisdiction(), s.asOf()).custody(s.custody())
                .goingStraightContract(amended).build();
        assertThat(fire(session, t)).containsExactlyInAnyOrder("contract stated", "date: T1",
                "amendment 0 not agreed by everyone");
        Snapshot none = Snapshot.builder(s.id(), s.jurisdiction(), s.asOf()).custody(s.custody()).build();
        assertThat(fire(session, none)).isEmpty();
    }

    @Test
    @DisplayName("Until a rule reads it, a contract changes no decision, and no target text reaches the decision or its explanation")
    void noDecisionChanges() throws IOException {
        ThroughcareEngine engine = ThroughcareEngine.builder().build();
        GoingStraightContract contract = example().goingStraightContract();
        Snapshot english = Cases.transfer(at(2026, 6, 15, 10, 0), Cases.determinations(TriState.YES, TriState.YES,
                TriState.YES, TriState.YES));
        Snapshot withContract = new Snapshot(english.id(), english.jurisdiction(), english.asOf(), english.person(),
                english.custody(), english.determinations(), english.consent(), english.dir(), english.events(),
                contract);
        String without = ThroughcareJson.writeDecision(engine.evaluate(english));
        assertThat(ThroughcareJson.writeDecision(engine.evaluate(withContract))).isEqualTo(without);
        String explained = ThroughcareJson.writeExplanation(engine.explain(withContract));
        for (GoingStraightContract.Target target : contract.targets()) {
            assertThat(explained).doesNotContain(target.target());
            if (target.how() != null) {
                assertThat(explained).doesNotContain(target.how());
            }
        }
        assertThat(engine.evaluate(example()).notices()).extracting(n -> n.code()).contains("RULE_SET_PARTLY_ENCODED");
    }

    private static List<String> fire(StatelessKieSession session, Snapshot s) {
        List<String> matched = new ArrayList<>();
        session.setGlobal("matched", matched);
        List<Object> facts = new ArrayList<>();
        facts.add(new CaseFacts(s, "PP2"));
        facts.addAll(GoingStraightContractFacts.of(s.goingStraightContract()));
        session.execute(facts);
        return matched;
    }

    private static StatelessKieSession session() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem files = ks.newKieFileSystem();
        files.write("src/main/resources/org/throughcare/kb/example/going-straight-contract.drl", DRL);
        KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).newStatelessKieSession();
    }
}
