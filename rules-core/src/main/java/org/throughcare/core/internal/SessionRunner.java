package org.throughcare.core.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.StatelessKieSession;
import org.throughcare.core.FiredRule;

/**
 * Runs the rules: one stateless session on a rule set's KieBase, and the attribution of every outcome fact to the
 * rule that inserted it. With {@link RuleSetLoader}, the only class that touches Drools.
 */
final class SessionRunner {
    private SessionRunner() {
    }

    /** One firing of a rule, for explain: what it matched and what it inserted. */
    private record Firing(Rule rule, List<?> matched, List<String> produced) {
    }

    static final class Run {
        final Map<Object, RuleMeta> attributed = new IdentityHashMap<>();
        final List<Object> order = new ArrayList<>();
        final List<FiredRule> fired = new ArrayList<>();

        @SuppressWarnings("unchecked")
        <T> List<Outcome<T>> only(Class<T> type) {
            List<Outcome<T>> out = new ArrayList<>();
            for (Object o : order) {
                if (type.isInstance(o)) {
                    out.add(new Outcome<>((T) o, attributed.get(o)));
                }
            }
            return out;
        }
    }

    /**
     * Runs one stateless session of the rule set over the facts.
     *
     * @param explain whether to record each firing (what it matched and produced)
     * @return every outcome fact a rule inserted, attributed to that rule, in insertion order
     */
    static Run run(LoadedRuleSet rs, List<Object> facts, boolean explain) {
        Run run = new Run();
        StatelessKieSession session = rs.kieBase().newStatelessKieSession();
        // In explain mode, each firing collects what it matched and the outcomes inserted while it ran.
        List<Firing> firings = new ArrayList<>();
        Firing[] current = new Firing[1];
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Rule rule = event.getRule();
                if (rule == null) {
                    return;
                }
                RuleMeta meta = rs.rules().get(rule.getName());
                if (meta == null) {
                    throw new IllegalStateException("rule '" + rule.getName() + "' inserted a fact but has no metadata");
                }
                run.attributed.put(event.getObject(), meta);
                run.order.add(event.getObject());
                if (explain && current[0] != null) {
                    current[0].produced().add(event.getObject().toString());
                }
            }
        });
        if (explain) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    current[0] = new Firing(event.getMatch().getRule(), event.getMatch().getObjects(),
                            new ArrayList<>());
                    firings.add(current[0]);
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    current[0] = null;
                }
            });
        }
        session.execute(facts);
        for (Firing f : firings) {
            RuleMeta meta = rs.rules().get(f.rule().getName());
            List<String> matched = f.matched().stream().map(String::valueOf).toList();
            run.fired.add(new FiredRule(rs.info().id(), f.rule().getName(), meta == null ? List.of() : meta.ruleIds(),
                    meta == null ? "" : meta.section(), matched, f.produced()));
        }
        return run;
    }
}
