package org.throughcare.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.throughcare.core.FiredRule;

/**
 * Runs the rules: one stateless session on a rule set's KieBase, and the attribution of every outcome fact to the
 * rule that inserted it. With {@link RuleSetLoader}, the only class that touches Drools.
 */
final class SessionRunner {
    private SessionRunner() {
    }

    /**
     * How evaluations open sessions on one KieBase: a pool of working memories, and the classes of fact its rules
     * read. Thread-safe.
     *
     * <p>The pool: each execution of a stateless session takes a working memory and gives it back reset (facts,
     * agenda, node memories, globals and listeners cleared) instead of building and discarding one every time; it
     * grows to as many as there are evaluations at once. The listeners are registered once, on two shared sessions,
     * and report to the run in progress on the calling thread (Drools calls them on that thread).
     *
     * <p>The facts: a fact of a class that no pattern of any rule matches (no object type node of the network
     * accepts it) cannot make a rule fire or change what one matches, so it is not inserted. An advisory rule set
     * whose only rule reads the case facts is then given the case facts alone, not every event of the custody period.
     * The facts it does read keep their order.
     */
    static final class Sessions {
        /** Without and with the listener of firings: each execution takes a working memory of the pool. */
        private final StatelessKieSession plain;
        private final StatelessKieSession explaining;
        /** The network's object types, or null when they cannot be read (every fact is then inserted). */
        private final List<Object> objectTypes;
        private final java.lang.reflect.Method isAssignableFrom;
        private final Map<Class<?>, Boolean> reads = new ConcurrentHashMap<>();

        Sessions(KieBase kieBase) {
            KieSessionsPool pool = kieBase.newKieSessionsPool(1);
            // The sessions stay thread-safe (the default): with ThreadSafeOption.NO, tried for its unsynchronised
            // propagation queue, evaluations on several threads at once failed inside Drools (a consequence found no
            // match; EngineContractTest.threadSafe).
            this.plain = pool.newStatelessKieSession();
            this.plain.addEventListener(OUTCOMES);
            this.explaining = pool.newStatelessKieSession();
            this.explaining.addEventListener(OUTCOMES);
            this.explaining.addEventListener(FIRINGS);
            // Drools' internal API, by reflection: rules-core is a named module and reads only kie-api at compile
            // time. Should it change, every fact is inserted, as before (SessionRunnerTest checks it is read).
            List<Object> types = null;
            java.lang.reflect.Method assignable = null;
            try {
                ClassLoader cl = kieBase.getClass().getClassLoader();
                Class<?> ruleBase = Class.forName("org.drools.core.impl.InternalRuleBase", false, cl);
                Class<?> rete = Class.forName("org.drools.core.reteoo.Rete", false, cl);
                Class<?> node = Class.forName("org.drools.core.reteoo.ObjectTypeNode", false, cl);
                Class<?> objectType = Class.forName("org.drools.base.base.ObjectType", false, cl);
                assignable = objectType.getMethod("isAssignableFrom", Class.class);
                if (ruleBase.isInstance(kieBase)) {
                    Object network = ruleBase.getMethod("getRete").invoke(kieBase);
                    types = new ArrayList<>();
                    for (Object n : (List<?>) rete.getMethod("getObjectTypeNodes").invoke(network)) {
                        types.add(node.getMethod("getObjectType").invoke(n));
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                types = null;
            }
            this.objectTypes = types == null ? null : List.copyOf(types);
            this.isAssignableFrom = assignable;
        }

        /** @return false when the network could not be read, so that every fact is inserted */
        boolean knowsWhatItReads() {
            return objectTypes != null;
        }

        /**
         * @return a stateless session, shared by every evaluation (it holds no state of its own: each execution takes
         *         a working memory of the pool, with the listeners, and gives it back reset)
         */
        StatelessKieSession session(boolean explain) {
            return explain ? explaining : plain;
        }

        /** @return true when some rule of the KieBase may match a fact of this class */
        boolean reads(Class<?> type) {
            Boolean r = reads.get(type);
            return r != null ? r : reads.computeIfAbsent(type, this::matchedByNetwork);
        }

        private boolean matchedByNetwork(Class<?> type) {
            if (objectTypes == null) {
                return true;
            }
            try {
                for (Object t : objectTypes) {
                    if ((Boolean) isAssignableFrom.invoke(t, type)) {
                        return true;
                    }
                }
                return false;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }

        /** @return the facts some rule may match, in their order */
        List<Object> readFrom(List<Object> facts) {
            List<Object> out = new ArrayList<>(facts.size());
            for (Object f : facts) {
                if (reads(f.getClass())) {
                    out.add(f);
                }
            }
            return out;
        }
    }

    /** One firing of a rule, for explain: what it matched and what it inserted. */
    private record Firing(Rule rule, List<?> matched, List<String> produced) {
    }

    static final class Run {
        /** Every outcome fact, in insertion order, and beside each at the same index the rule that inserted it. */
        final List<Object> order = new ArrayList<>();
        private final List<RuleMeta> insertedBy = new ArrayList<>();
        final List<FiredRule> fired = new ArrayList<>();
        /** The rule set's rules by name, to attribute each outcome. */
        private final Map<String, RuleMeta> rules;
        /** In explain mode, each firing with what it matched and the outcomes inserted while it ran; else null. */
        private final List<Firing> firings;
        private Firing current;

        private Run(Map<String, RuleMeta> rules, boolean explain) {
            this.rules = rules;
            this.firings = explain ? new ArrayList<>() : null;
        }

        /** The outcomes by their exact class, in insertion order: built at the first look-up by a final class. */
        private Map<Class<?>, List<Outcome<?>>> byClass;

        @SuppressWarnings({"unchecked", "rawtypes"})
        <T> List<Outcome<T>> only(Class<T> type) {
            if (java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
                // A final class has no subclasses: its outcomes are exactly those of that class.
                if (byClass == null) {
                    byClass = new java.util.HashMap<>();
                    for (int i = 0; i < order.size(); i++) {
                        Object o = order.get(i);
                        byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>())
                                .add(new Outcome<>(o, insertedBy.get(i)));
                    }
                }
                return new ArrayList(byClass.getOrDefault(type, List.of()));
            }
            List<Outcome<T>> out = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                Object o = order.get(i);
                if (type.isInstance(o)) {
                    out.add(new Outcome<>((T) o, insertedBy.get(i)));
                }
            }
            return out;
        }

        private void inserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule == null) {
                return;
            }
            RuleMeta meta = rules.get(rule.getName());
            if (meta == null) {
                throw new IllegalStateException("rule '" + rule.getName() + "' inserted a fact but has no metadata");
            }
            order.add(event.getObject());
            insertedBy.add(meta);
            if (current != null) {
                current.produced().add(event.getObject().toString());
            }
        }
    }

    /** The run in progress on this thread: the sessions' listeners, shared by every run, report to it. */
    private static final ThreadLocal<Run> RUNNING = new ThreadLocal<>();

    /** Attributes every outcome a rule inserts to that rule. */
    private static final RuleRuntimeEventListener OUTCOMES = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            RUNNING.get().inserted(event);
        }
    };

    /** In explain mode, records each firing: what it matched and, through {@link #OUTCOMES}, what it produced. */
    private static final AgendaEventListener FIRINGS = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Run run = RUNNING.get();
            run.current = new Firing(event.getMatch().getRule(), event.getMatch().getObjects(), new ArrayList<>());
            run.firings.add(run.current);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RUNNING.get().current = null;
        }
    };

    /**
     * Runs one stateless session of the rule set over the facts.
     *
     * @param received whether the person has been received into prison: a person not yet received is evaluated on
     *                 the rules that can apply before a reception, where the rule set has them apart
     * @param explain  whether to record each firing (what it matched and produced)
     * @return every outcome fact a rule inserted, attributed to that rule, in insertion order
     */
    static Run run(LoadedRuleSet rs, List<Object> facts, boolean received, boolean explain) {
        Run run = new Run(rs.rules(), explain);
        Run outer = RUNNING.get();
        RUNNING.set(run);
        try {
            Sessions sessions = rs.sessionsFor(received);
            sessions.session(explain).execute(sessions.readFrom(facts));
        } finally {
            RUNNING.set(outer);
        }
        if (explain) {
            for (Firing f : run.firings) {
                RuleMeta meta = rs.rules().get(f.rule().getName());
                List<String> matched = f.matched().stream().map(String::valueOf).toList();
                run.fired.add(new FiredRule(rs.info().id(), f.rule().getName(),
                        meta == null ? List.of() : meta.ruleIds(), meta == null ? "" : meta.section(), matched,
                        f.produced()));
            }
        }
        return run;
    }
}
