package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.fact.CaseEvent;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.ConsentFacts;
import org.throughcare.core.fact.GoingStraightContractFacts;
import org.throughcare.core.fact.SettingsFact;
import org.throughcare.core.json.ThroughcareJson;

/**
 * How evaluations open sessions ({@link SessionRunner.Sessions}): only the facts some rule reads are inserted, and a
 * pooled working memory keeps nothing of the evaluation before.
 */
class SessionsTest {

    private static SessionRunner.Sessions sessions(String kieBase) {
        return new SessionRunner.Sessions(KieServices.Factory.get().getKieClasspathContainer().getKieBase(kieBase));
    }

    @Test
    @DisplayName("The advisory rule set, whose one rule reads the case facts, is given the case facts alone")
    void advisoryRuleSetReadsOnlyTheCaseFacts() {
        SessionRunner.Sessions s = sessions("horpt2005");
        assertThat(s.knowsWhatItReads()).as("Drools' network was read").isTrue();
        assertThat(s.reads(CaseFacts.class)).isTrue();
        assertThat(s.reads(CaseEvent.class)).isFalse();
        assertThat(s.reads(SettingsFact.class)).isFalse();
        assertThat(s.reads(ConsentFacts.class)).isFalse();
        assertThat(s.reads(GoingStraightContractFacts.class)).isFalse();
    }

    @Test
    @DisplayName("The England and Scotland rule sets are given the facts their rules read, and only those")
    void bindingRuleSetsReadTheirFacts() {
        SessionRunner.Sessions england = sessions("england2009");
        assertThat(england.knowsWhatItReads()).isTrue();
        assertThat(List.of(CaseFacts.class, CaseEvent.class, ConsentFacts.class)).allMatch(england::reads);
        // The England rules read the settings since the readings of AMB-40, AMB-43 and AMB-60 became settings.
        assertThat(england.reads(SettingsFact.class)).isTrue();
        assertThat(england.reads(GoingStraightContractFacts.class)).isFalse();
        assertThat(england.reads(String.class)).isFalse();
        SessionRunner.Sessions scotland = sessions("scotland2005");
        assertThat(List.of(CaseFacts.class, CaseEvent.class, SettingsFact.class, GoingStraightContractFacts.class))
                .allMatch(scotland::reads);
        SettingsFact settings = new SettingsFact(org.throughcare.core.Settings.defaults());
        assertThat(england.readFrom(List.of("text", settings))).containsExactly(settings);
    }

    @Test
    @DisplayName("One engine's pooled working memories give every snapshot the decision a fresh engine gives, in any"
            + " order and on two threads")
    void pooledWorkingMemoriesKeepNothing() throws Exception {
        List<Snapshot> snapshots = seeds();
        assertThat(snapshots).hasSizeGreaterThan(10);
        List<String> fresh = new ArrayList<>();
        for (Snapshot s : snapshots) {
            fresh.add(explained(ThroughcareEngine.builder().build(), s));
        }
        ThroughcareEngine shared = ThroughcareEngine.builder().build();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < snapshots.size(); i++) {
                int k = round == 0 ? i : snapshots.size() - 1 - i;
                assertThat(explained(shared, snapshots.get(k))).as("snapshot %d, round %d", k, round)
                        .isEqualTo(fresh.get(k));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int k = n % snapshots.size();
                same.add(pool.submit(() -> explained(shared, snapshots.get(k)).equals(fresh.get(k))));
            }
            for (Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String explained(ThroughcareEngine engine, Snapshot s) {
        return ThroughcareJson.writeExplanation(engine.explain(s)) + ThroughcareJson.writeDecision(engine.evaluate(s));
    }

    private static List<Snapshot> seeds() throws URISyntaxException, IOException {
        Path dir = Path.of(SessionsTest.class.getClassLoader().getResource("fuzz-seeds").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return ThroughcareJson.readSnapshot(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
