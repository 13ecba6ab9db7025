package org.throughcare.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.throughcare.core.vocabulary.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.RuleSetInfo;
import org.throughcare.core.RuleSetLoadException;
import org.throughcare.core.calendar.BusinessCalendar;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;
import org.throughcare.core.calendar.DeadlineCalculator;

/**
 * Finds the rule sets on a class path (every {@code META-INF/throughcare/rulesets.json}), opens their prebuilt
 * KieBases and checks their metadata and tables. Any error stops start-up with a {@link RuleSetLoadException}
 * listing every problem.
 */
public final class RuleSetLoader {
    /** Where knowledge-base jars describe their rule sets. */
    public static final String DESCRIPTOR = "META-INF/throughcare/rulesets.json";

    private RuleSetLoader() {
    }

    /**
     * @param classLoader where to look
     * @param calendars   the calendars deadlines use
     * @param only        rule-set ids to load; empty for all found
     * @param vocabulary  the declared vocabulary the action tables and rules may name
     */
    public static List<LoadedRuleSet> load(ClassLoader classLoader, Calendars calendars, Set<String> only,
                                           Vocabulary vocabulary) {
        List<String> errors = new ArrayList<>();
        List<RuleSetDescriptor> descriptors = readDescriptors(classLoader, errors);
        List<RuleSetDescriptor> declared = descriptors;
        if (!only.isEmpty()) {
            Set<String> found = new HashSet<>();
            descriptors.forEach(d -> found.add(d.id()));
            for (String id : only) {
                if (!found.contains(id)) {
                    errors.add("rule set '" + id + "' was asked for but is not on the class path (found " + new TreeSet<>(found) + ")");
                }
            }
            descriptors = descriptors.stream().filter(d -> only.contains(d.id())).toList();
        }
        if (descriptors.isEmpty() && errors.isEmpty()) {
            errors.add("no rule sets found: no " + DESCRIPTOR + " on the class path (is rules-kb a dependency?)");
        }
        if (!errors.isEmpty()) {
            throw new RuleSetLoadException(errors);
        }
        KieServices ks = KieServices.Factory.get();
        // The kjar holds the executable model built by kie-maven-plugin, so nothing is compiled here; DRL that does
        // not compile fails that build with file, line and message. Opening the KieBase below reports anything else.
        KieContainer container = ks.newKieClasspathContainer(classLoader);
        List<LoadedRuleSet> loaded = new ArrayList<>();
        for (RuleSetDescriptor d : descriptors) {
            LoadedRuleSet rs = loadOne(d, container, classLoader, calendars, vocabulary, errors);
            if (rs != null) {
                loaded.add(rs);
            }
        }
        if (errors.isEmpty()) {
            RuleNames.checkCrossDocument(loaded, declared, classLoader, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleSetLoadException(errors);
        }
        return List.copyOf(loaded);
    }

    private static List<RuleSetDescriptor> readDescriptors(ClassLoader cl, List<String> errors) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<RuleSetDescriptor> out = new ArrayList<>();
        try {
            Enumeration<URL> urls = cl.getResources(DESCRIPTOR);
            for (URL url : Collections.list(urls)) {
                try (InputStream in = url.openStream()) {
                    JsonNode root = mapper.readTree(in);
                    for (JsonNode n : root.path("ruleSets")) {
                        RuleSetDescriptor d = mapper.treeToValue(n, RuleSetDescriptor.class);
                        List<String> missing = new ArrayList<>();
                        if (d.id() == null) missing.add("id");
                        if (d.title() == null) missing.add("title");
                        if (d.version() == null) missing.add("version");
                        if (d.kbase() == null) missing.add("kbase");
                        if (d.jurisdictions() == null || d.jurisdictions().isEmpty()) missing.add("jurisdictions");
                        if (d.effectiveFrom() == null) missing.add("effectiveFrom");
                        if (d.calendar() == null) missing.add("calendar");
                        if (d.actions() == null && d.step() == null) missing.add("actions");
                        if (d.ruleIds() == null) missing.add("ruleIds");
                        if (d.consent() != null && !RuleSetDescriptor.CONSENT_REGIMES.contains(d.consent())) {
                            errors.add(url + ": rule set " + d.id() + ": consent '" + d.consent() + "' is not one of "
                                    + RuleSetDescriptor.CONSENT_REGIMES);
                        }
                        if (d.step() != null && !RuleSetDescriptor.STEPS.contains(d.step())) {
                            errors.add(url + ": rule set " + d.id() + ": step '" + d.step() + "' is not one of "
                                    + RuleSetDescriptor.STEPS);
                        }
                        if (d.step() != null && (d.actions() != null || d.routes() || d.contract() != null
                                || d.isAdvisory())) {
                            errors.add(url + ": rule set " + d.id() + ": the cross-document step (step "
                                    + d.step() + ") raises no actions and has no process points, contract or advice:"
                                    + " remove actions, points, contract and advisory");
                        }
                        if (d.priorityOrders() != null) {
                            d.priorityOrders().forEach((code, ranking) -> {
                                List<String> results = ranking == null ? null : ranking.order();
                                if (ranking == null || ranking.name() == null || ranking.name().isBlank()) {
                                    errors.add(url + ": rule set " + d.id() + ": priorityOrders." + code
                                            + " needs a name (the priority in plain words)");
                                }
                                if (results == null || results.isEmpty()) {
                                    errors.add(url + ": rule set " + d.id() + ": priorityOrders." + code
                                            + ".order lists no results (list them from the highest priority to the"
                                            + " lowest)");
                                } else if (new HashSet<>(results).size() != results.size()) {
                                    errors.add(url + ": rule set " + d.id() + ": priorityOrders." + code
                                            + ".order lists a result twice: " + results);
                                }
                            });
                        }
                        if (d.effectiveTo() != null && d.effectiveFrom() != null
                                && !d.effectiveTo().isAfter(d.effectiveFrom())) {
                            errors.add(url + ": rule set " + d.id() + ": effectiveTo " + d.effectiveTo()
                                    + " must come after effectiveFrom " + d.effectiveFrom());
                        }
                        if (!missing.isEmpty()) {
                            errors.add(url + ": rule set " + d.id() + " is missing " + missing);
                        } else {
                            out.add(d);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    errors.add(url + ": cannot read rule-set descriptor: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            errors.add("cannot list " + DESCRIPTOR + ": " + e.getMessage());
        }
        return out;
    }

    private static LoadedRuleSet loadOne(RuleSetDescriptor d, KieContainer container, ClassLoader cl,
                                         Calendars calendars, Vocabulary vocabulary, List<String> errors) {
        int before = errors.size();
        String where = "rule set " + d.id();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (String j : d.jurisdictions()) {
            try {
                jurisdictions.add(Jurisdiction.valueOf(j));
            } catch (IllegalArgumentException e) {
                errors.add(where + ": unknown jurisdiction '" + j + "'; one of " + Arrays.toString(Jurisdiction.values()));
            }
        }
        BusinessCalendar calendar = null;
        try {
            calendar = calendars.get(CalendarId.fromCode(d.calendar()));
        } catch (IllegalArgumentException e) {
            errors.add(where + ": calendar: " + e.getMessage());
        }
        Set<String> known = readRuleIds(d, cl, errors);
        ActionTable table;
        if (d.actions() == null) {
            table = null; // the cross-document step: it raises no actions
        } else try (InputStream in = cl.getResourceAsStream(d.actions())) {
            if (in == null) {
                errors.add(where + ": action table " + d.actions() + " is not on the class path");
                table = null;
            } else {
                table = ActionTable.load(d.actions(), in, d.effectiveFrom(), known, vocabulary, errors);
            }
        } catch (IOException e) {
            errors.add(d.actions() + ": " + e.getMessage());
            table = null;
        }
        KieBase kieBase;
        try {
            kieBase = container.getKieBaseNames().contains(d.kbase()) ? KieBases.open(container, d.kbase()) : null;
        } catch (RuntimeException e) {
            errors.add(where + ": KieBase '" + d.kbase() + "' cannot be opened: " + KieBases.causes(e)
                    + ". (If the rules are packed into one jar with other libraries, keep only rules-kb's"
                    + " META-INF/maven/**/pom.properties: Drools identifies the prebuilt rules by it.)");
            return null;
        }
        if (kieBase == null) {
            errors.add(where + ": KieBase '" + d.kbase() + "' is not defined in any kmodule.xml");
            return null;
        }
        KieBase beforeReception = d.kbaseBeforeReception() == null ? null
                : KieBases.openBeforeReception(d, kieBase, container, where, errors);
        Map<String, RuleMeta> rules = readRuleMetadata(kieBase, known, table, errors);
        // The packages the KieBase holds, not kmodule.xml's list: that may be the wildcard "*".
        RuleNames.check(d, kieBase.getKiePackages().stream().map(KiePackage::getName).sorted().toList(), cl, vocabulary,
                errors);
        if (table != null) {
            checkCoverage(d, rules, table, known, errors);
        } else {
            checkCoverage(d, rules, known, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        if (table != null && "PER_PURPOSE".equals(d.consentRegime())) {
            for (List<ActionRow> rows : table.allRows()) {
                for (ActionRow r : rows) {
                    if (r.sharesInformation() && (d.sharingPurposes() == null || !d.sharingPurposes().containsKey(r.code()))) {
                        errors.add(r.source() + ":" + r.line() + ": action " + r.code() + " shares information, and"
                                + " rule set " + d.id() + " judges consent per purpose: name its purpose under"
                                + " sharingPurposes in " + DESCRIPTOR);
                    }
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        RuleSetInfo info = new RuleSetInfo(d.id(), d.title(), d.version(), jurisdictions, d.effectiveFrom(),
                d.calendar(), d.effectiveTo(), d.standing(), d.contract());
        return new LoadedRuleSet(d, info, kieBase, rules, table, known, calendar, new DeadlineCalculator(calendar),
                new SessionRunner.Sessions(kieBase),
                beforeReception == null ? null : new SessionRunner.Sessions(beforeReception));
    }

    private static Set<String> readRuleIds(RuleSetDescriptor d, ClassLoader cl, List<String> errors) {
        Set<String> ids = new LinkedHashSet<>();
        try (InputStream in = cl.getResourceAsStream(d.ruleIds())) {
            if (in == null) {
                errors.add("rule set " + d.id() + ": rule-ID list " + d.ruleIds() + " is not on the class path");
                return ids;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String id = line.split(",", 2)[0].trim();
                if (!ids.add(id)) {
                    errors.add(d.ruleIds() + ":" + n + ": rule ID " + id + " is listed twice");
                }
            }
        } catch (IOException e) {
            errors.add(d.ruleIds() + ": " + e.getMessage());
        }
        return ids;
    }

    private static Map<String, RuleMeta> readRuleMetadata(KieBase kieBase, Set<String> known, ActionTable table,
                                                          List<String> errors) {
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                String where = "rule '" + rule.getName() + "' (package " + p.getName() + ")";
                Map<String, Object> meta = rule.getMetaData();
                Object ids = meta.get("ruleIds");
                Object section = meta.get("section");
                Object action = meta.get("action");
                List<String> ruleIds = ids == null ? List.of()
                        : Arrays.stream(ids.toString().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
                if (ruleIds.isEmpty()) {
                    errors.add(where + ": needs @ruleIds(\"...\") naming the catalogue IDs it encodes");
                }
                for (String id : ruleIds) {
                    if (!known.contains(id)) {
                        errors.add(where + ": @ruleIds names '" + id + "', which is not in the rule set's list of implemented IDs");
                    }
                }
                if (section == null || section.toString().isBlank()) {
                    errors.add(where + ": needs @section(\"...\") naming the guidance section it encodes");
                }
                if (action != null && table != null && !table.has(action.toString())) {
                    errors.add(where + ": @action names '" + action + "', which has no row in the action table");
                }
                rules.put(rule.getName(), new RuleMeta(rule.getName(), p.getName(), ruleIds,
                        section == null ? "" : section.toString(), action == null ? null : action.toString(),
                        date(meta.get("effectiveFrom"), where + ": @effectiveFrom", errors),
                        date(meta.get("effectiveTo"), where + ": @effectiveTo", errors)));
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    /** @return a rule's date metadata ("2005-07-01"), or null when absent; a malformed one is an error */
    private static java.time.LocalDate date(Object value, String where, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.toString().replace("\"", "").trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(where + " '" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static void checkCoverage(RuleSetDescriptor d, Map<String, RuleMeta> rules, ActionTable table,
                                      Set<String> known, List<String> errors) {
        Set<String> raised = new HashSet<>();
        Set<String> covered = new HashSet<>();
        for (RuleMeta m : rules.values()) {
            if (m.action() != null) {
                raised.add(m.action());
            }
            covered.addAll(m.ruleIds());
        }
        for (List<ActionRow> rows : table.allRows()) {
            for (ActionRow r : rows) {
                if (!raised.contains(r.code())) {
                    errors.add(r.source() + ":" + r.line() + ": action " + r.code() + " is not raised by any rule (no rule has @action(\"" + r.code() + "\"))");
                }
                covered.addAll(r.ruleIds());
            }
        }
        for (String id : known) {
            if (!covered.contains(id)) {
                errors.add(d.ruleIds() + ": " + id + " is listed as implemented but no rule or action row names it");
            }
        }
    }

    /** For a rule set with no action table (the cross-document step): every listed ID is named by a rule. */
    private static void checkCoverage(RuleSetDescriptor d, Map<String, RuleMeta> rules, Set<String> known,
                                      List<String> errors) {
        Set<String> covered = new HashSet<>();
        for (RuleMeta m : rules.values()) {
            if (m.action() != null) {
                errors.add("rule '" + m.name() + "' (rule set " + d.id() + "): @action names '" + m.action()
                        + "', but the " + d.id() + " step has no action table and raises no actions");
            }
            covered.addAll(m.ruleIds());
        }
        for (String id : known) {
            if (!covered.contains(id)) {
                errors.add(d.ruleIds() + ": " + id + " is listed as implemented but no rule names it");
            }
        }
    }
}
