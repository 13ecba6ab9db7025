package org.throughcare.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.internal.Evaluator;
import org.throughcare.core.internal.RuleSetLoader;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.SnapshotValidator;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The engine: evaluates snapshots against the rule sets. Build one with {@link #builder()} and share it: it is
 * immutable and thread-safe (each evaluation opens its own stateless session on a shared, read-only KieBase).
 * It reads no clock: time comes only from the snapshot's {@code asOf} and event times.
 *
 * <pre>{@code
 * ThroughcareEngine engine = ThroughcareEngine.builder().build();   // bundled rule sets, calendars, defaults
 * Decision decision = engine.evaluate(snapshot);
 * }</pre>
 *
 * <p>Logging goes through SLF4J (no backend is shipped); log lines name only the snapshot id.
 */
public final class ThroughcareEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ThroughcareEngine.class);

    /** The library version, recorded in every decision's provenance. */
    public static final String VERSION = readVersion();

    private final Evaluator evaluator;
    private final Settings settings;
    private final Calendars calendars;
    private final Vocabulary vocabulary;
    private final List<ServiceContract> serviceContracts;

    private ThroughcareEngine(Evaluator evaluator, Settings settings, Calendars calendars, Vocabulary vocabulary,
                              List<ServiceContract> serviceContracts) {
        this.serviceContracts = List.copyOf(serviceContracts);
        this.vocabulary = vocabulary;
        this.evaluator = evaluator;
        this.settings = settings;
        this.calendars = calendars;
    }

    /** @return a builder with the bundled rule sets, the bundled calendars and the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one snapshot.
     *
     * @throws InvalidSnapshotException with every problem found, when the snapshot is invalid
     */
    public Decision evaluate(Snapshot snapshot) {
        return explainOrEvaluate(snapshot, null, false).decision();
    }

    /**
     * Evaluates one snapshot by the rules in force on another day: which rule sets apply, eligibility, priority and
     * routing are judged by the rules (and rule sets, and service contracts) in force on {@code evaluationDate};
     * {@code asOf} still sets every status (open, overdue, done), and each obligation is still judged by the rules
     * in force at its trigger. For example, a Scottish case judged by the 2004 Voluntary Assistance priority groups
     * or by the groups revised from 1 July 2005.
     *
     * @param evaluationDate the day whose rules to use
     * @throws InvalidSnapshotException with every problem found, when the snapshot is invalid
     */
    public Decision evaluate(Snapshot snapshot, java.time.LocalDate evaluationDate) {
        return explainOrEvaluate(snapshot, Objects.requireNonNull(evaluationDate, "evaluationDate"), false).decision();
    }

    /**
     * Evaluates one snapshot and reports every rule that fired, what it matched and what it produced.
     *
     * @throws InvalidSnapshotException with every problem found, when the snapshot is invalid
     */
    public Explanation explain(Snapshot snapshot) {
        return explainOrEvaluate(snapshot, null, true);
    }

    /** As {@link #explain(Snapshot)}, by the rules in force on {@code evaluationDate} (see {@link #evaluate(Snapshot, java.time.LocalDate)}). */
    public Explanation explain(Snapshot snapshot, java.time.LocalDate evaluationDate) {
        return explainOrEvaluate(snapshot, Objects.requireNonNull(evaluationDate, "evaluationDate"), true);
    }

    /**
     * Evaluates a stream of snapshots lazily, in order. An invalid snapshot gives a result holding its problems;
     * it does not stop the batch. The stream may be consumed in parallel: the engine is thread-safe.
     */
    public Stream<EvaluationResult> evaluateAll(Stream<Snapshot> snapshots) {
        return snapshots.map(s -> {
            try {
                return new EvaluationResult(s.id(), evaluate(s), List.of());
            } catch (InvalidSnapshotException e) {
                return new EvaluationResult(e.snapshotId(), null, e.problems());
            }
        });
    }

    private Explanation explainOrEvaluate(Snapshot snapshot, java.time.LocalDate evaluationDate, boolean explain) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Problem> problems = SnapshotValidator.validate(snapshot, vocabulary);
        if (!problems.isEmpty()) {
            InvalidSnapshotException rejected = new InvalidSnapshotException(snapshot.id(), problems);
            LOG.debug("snapshot {} rejected with {} problems", rejected.snapshotId(), problems.size());
            throw rejected;
        }
        Explanation e = evaluator.evaluate(snapshot, evaluationDate, explain);
        LOG.debug("snapshot {} evaluated: {} actions", snapshot.id(), e.decision().requiredActions().size());
        return e;
    }

    /** @return the settings in use. */
    public Settings settings() {
        return settings;
    }

    /** @return the vocabulary in use: the determinations snapshots may state. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** @return the calendars in use. */
    public Calendars calendars() {
        return calendars;
    }

    /** @return the service contracts the engine was given. */
    public List<ServiceContract> serviceContracts() {
        return serviceContracts;
    }

    /** @return the rule sets loaded. */
    public List<RuleSetInfo> ruleSets() {
        return evaluator.ruleSetInfos();
    }

    @Override
    public String toString() {
        return "ThroughcareEngine[version=" + VERSION + ", ruleSets=" + ruleSets().stream().map(RuleSetInfo::id).toList() + "]";
    }

    private static String readVersion() {
        try (var in = ThroughcareEngine.class.getResourceAsStream("engine-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            var p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Builds an engine. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private Settings settings = Settings.defaults();
        private Calendars calendars;
        private ClassLoader classLoader;
        private final Set<String> ruleSets = new LinkedHashSet<>();
        private Vocabulary vocabulary = Vocabulary.standard();
        private final List<ServiceContract> contracts = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a service contract in force at a prison (XDOC-01, AMB-75): a rule set bound to that contract (Service
         * 4: {@code "service-4"}) applies to people in that prison while it runs, on its calendar. Repeat for each
         * prison and period. A contract whose calendar is unknown stops {@link #build()}.
         */
        public Builder serviceContract(ServiceContract contract) {
            contracts.add(Objects.requireNonNull(contract, "contract"));
            return this;
        }

        /** Uses these interpretation settings (default: {@link Settings#defaults()}). */
        public Builder settings(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Uses these calendars (default: {@link Calendars#bundled()}). */
        public Builder calendars(Calendars calendars) {
            this.calendars = Objects.requireNonNull(calendars, "calendars");
            return this;
        }

        /**
         * Uses this vocabulary (default: {@link Vocabulary#standard()}): the determinations snapshots may state and
         * rules and action tables may name.
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
            return this;
        }

        /** Loads only these rule sets by id (default: every rule set on the class path). */
        public Builder ruleSets(String... ids) {
            ruleSets.addAll(List.of(ids));
            return this;
        }

        /** Looks for rule sets with this class loader (default: this library's). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads the rule sets and checks them.
         *
         * @throws RuleSetLoadException naming every file, line and problem when a rule set is wrong
         */
        public ThroughcareEngine build() {
            Calendars cals = calendars != null ? calendars : Calendars.bundled();
            ClassLoader cl = classLoader != null ? classLoader : ThroughcareEngine.class.getClassLoader();
            var loaded = RuleSetLoader.load(cl, cals, Set.copyOf(new ArrayList<>(ruleSets)), vocabulary);
            List<String> errors = new ArrayList<>();
            for (ServiceContract c : contracts) {
                if (loaded.stream().noneMatch(rs -> c.contract().equals(rs.descriptor().contract()))) {
                    errors.add("service contract '" + c.contract() + "' at " + c.establishment()
                            + ": no loaded rule set applies under it");
                }
                if (c.calendar() != null) {
                    try {
                        cals.get(org.throughcare.core.calendar.CalendarId.fromCode(c.calendar()));
                    } catch (IllegalArgumentException e) {
                        errors.add("service contract '" + c.contract() + "' at " + c.establishment() + ": calendar: "
                                + e.getMessage());
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new RuleSetLoadException(errors);
            }
            return new ThroughcareEngine(new Evaluator(loaded, settings, VERSION, cals, contracts), settings, cals,
                    vocabulary, contracts);
        }
    }
}
