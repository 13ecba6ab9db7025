package org.throughcare.core.internal;

import org.throughcare.core.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.throughcare.core.EventType;

/**
 * Checks, when a rule set loads, that every name its rules write is one its descriptor declares: the process points
 * of route edges and journey points ({@code points} in {@code rulesets.json}) and the triggers of raised actions
 * (an {@link EventType} name or one of the descriptor's {@code triggers}), also where a helper fact carries a trigger
 * ({@code ReleaseDateKnown.triggeredAt}). A misspelt point ("PP02") or trigger
 * would otherwise route nowhere or date an action from nothing, silently. Reads the DRL the knowledge base keeps
 * beside its executable model; each error names the file and line.
 */
final class RuleNames {

    private static final Pattern ROUTE = Pattern.compile("RouteEdge\\.(?:taken|upcoming)\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern NEW_POINT = Pattern.compile("new\\s+JourneyPoint\\(\\s*\"([^\"]*)\"");
    private static final Pattern MATCH_POINT = Pattern.compile("JourneyPoint\\(\\s*id\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern TRIGGERED_AT = Pattern.compile(
            "\\b(?:RaisedAction|ReleaseDateKnown)\\.triggeredAt\\((?:[^\"]|\"[^\"]*\")*?,\\s*\"([^\"]*)\"",
            Pattern.DOTALL);
    private static final Pattern DETERMINATION = Pattern.compile("\\b(?:determination|determinedAt)\\(\\s*\"([^\"]*)\"");
    private static final Pattern SETTING = Pattern.compile("\\b(?:setting|isOn)\\(\\s*\"([^\"]*)\"");
    private static final Pattern PLANNED = Pattern.compile("\\bplanned\\(\\s*\"([^\"]*)\"");
    private static final Pattern PENDING = Pattern.compile("RaisedAction\\.pending\\(\\s*\"([^\"]*)\"");

    private static final Pattern RULE_SET_MATCH = Pattern.compile(
            "\\b(?:AppliedRuleSet|RuleSetAnswer)\\(\\s*ruleSet\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CHAIN = Pattern.compile("PriorityChain\\.of\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** An event pattern: its constraints name the event's type by its code, {@code CaseEvent( code == "RELEASED" )}. */
    private static final Pattern EVENT_PATTERN = Pattern.compile("\\bCaseEvent\\s*\\(");
    private static final Pattern EVENT_CODE = Pattern.compile("\\bcode\\s*[!=]=\\s*\"([^\"]*)\"");

    private static final List<String> SETTING_NAMES = org.throughcare.core.Settings.ALL.stream()
            .map(org.throughcare.core.Setting::name).toList();

    private RuleNames() {
    }

    /**
     * @param packages the packages the KieBase holds
     * @param errors   where each unknown name is reported, as "file:line: message"
     */
    static void check(RuleSetDescriptor d, List<String> packages, ClassLoader cl, Vocabulary vocabulary,
                      List<String> errors) {
        Set<String> determinations = new TreeSet<>(vocabulary.determinationNames());
        Set<String> points = d.points() == null ? Set.of() : d.points().keySet();
        Set<String> triggers = new TreeSet<>(d.triggers() == null ? Set.of() : d.triggers().keySet());
        for (EventType t : EventType.values()) {
            triggers.add(t.name());
        }
        for (Map.Entry<String, String> drl : drlFiles(packages, cl).entrySet()) {
            checkText(drl.getKey(), drl.getValue(), d, points, triggers, determinations, errors);
        }
    }

    /** Checks the names one DRL file writes (see {@link #check}). */
    static void checkText(String file, String text, RuleSetDescriptor d, Set<String> points, Set<String> triggers,
                          Set<String> determinations, List<String> errors) {
        for (Matcher m = ROUTE.matcher(text); m.find();) {
            declared(errors, file, text, m.start(1), m.group(1), points, "process point", d);
            declared(errors, file, text, m.start(2), m.group(2), points, "process point", d);
        }
        for (Pattern p : List.of(NEW_POINT, MATCH_POINT)) {
            for (Matcher m = p.matcher(text); m.find();) {
                declared(errors, file, text, m.start(1), m.group(1), points, "process point", d);
            }
        }
        for (Matcher m = DETERMINATION.matcher(text); m.find();) {
            if (!determinations.contains(m.group(1))) {
                errors.add(file + ":" + line(text, m.start(1)) + ": determination '" + m.group(1)
                        + "' is not declared in the vocabulary (declared: " + String.join(", ", determinations) + ")");
            }
        }
        for (Matcher m = SETTING.matcher(text); m.find();) {
            if (SETTING_NAMES.stream().noneMatch(m.group(1)::equals)) {
                errors.add(file + ":" + line(text, m.start(1)) + ": setting '" + m.group(1)
                        + "' is not one of the engine's settings (" + String.join(", ", SETTING_NAMES) + ")");
            }
        }
        for (Matcher m = PLANNED.matcher(text); m.find();) {
            if (org.throughcare.core.PlannedDate.byJsonName(m.group(1)) == null) {
                errors.add(file + ":" + line(text, m.start(1)) + ": planned date '" + m.group(1) + "' is not one of "
                        + String.join(", ", org.throughcare.core.PlannedDate.jsonNames()));
            }
        }
        for (Pattern p : List.of(TRIGGERED_AT, PENDING)) {
            for (Matcher m = p.matcher(text); m.find();) {
                declared(errors, file, text, m.start(1), m.group(1), triggers, "trigger", d);
            }
        }
        checkEventCodes(file, text, errors);
    }

    /**
     * Checks that every event type a {@code CaseEvent} pattern names by its code ({@code code == "RELEASED"}) is an
     * {@link EventType}. Rules compare the code, a string, rather than {@code type == EventType.RELEASED}, because
     * Drools indexes a comparison with a literal and tests every other one on every event (docs/editing-rules.md): a
     * misspelt code would compile and never match, so it stops the load here instead.
     */
    static void checkEventCodes(String file, String text, List<String> errors) {
        for (Matcher m = EVENT_PATTERN.matcher(text); m.find();) {
            int end = closing(text, m.end() - 1);
            for (Matcher c = EVENT_CODE.matcher(text.substring(m.end(), end)); c.find();) {
                String code = c.group(1);
                if (java.util.Arrays.stream(EventType.values()).noneMatch(t -> t.name().equals(code))) {
                    errors.add(file + ":" + line(text, m.end() + c.start(1)) + ": event type '" + code + "' is not one"
                            + " of the event types (org.throughcare.core.EventType, docs/vocabulary.md)");
                }
            }
        }
    }

    /** @return the index of the parenthesis closing the one at {@code open} (strings skipped), or the text's end */
    private static int closing(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Checks the names the cross-document step's rules write against the rule sets loaded with it: each rule set they
     * match by id ({@code AppliedRuleSet(ruleSet == "...")}, {@code RuleSetAnswer(ruleSet == "...")}) is declared on
     * the class path, and each key of a {@code PriorityChain.of(...)} is {@code EARLIEST_RELEASE} or
     * {@code "<rule set>/<code>"} naming a declared rule set and a priority order it declares. A misspelt id would
     * otherwise never match, silently. (Declared, not only loaded: an engine built with some rule sets only still
     * loads the step, whose rules about the others then never fire.)
     */
    static void checkCrossDocument(List<LoadedRuleSet> loaded, List<RuleSetDescriptor> declared, ClassLoader cl,
                                   List<String> errors) {
        Map<String, RuleSetDescriptor> byId = new java.util.TreeMap<>();
        declared.forEach(d -> byId.put(d.id(), d));
        for (LoadedRuleSet step : loaded) {
            if (!step.descriptor().isCrossDocument()) {
                continue;
            }
            List<String> packages = step.kieBase().getKiePackages().stream()
                    .map(org.kie.api.definition.KiePackage::getName).sorted().toList();
            for (Map.Entry<String, String> drl : drlFiles(packages, cl).entrySet()) {
                checkCrossDocumentText(drl.getKey(), drl.getValue(), byId, errors);
            }
        }
    }

    /** Checks one DRL file of the cross-document step (see {@link #checkCrossDocument}). */
    static void checkCrossDocumentText(String file, String text, Map<String, RuleSetDescriptor> byId,
                                       List<String> errors) {
        for (Matcher m = RULE_SET_MATCH.matcher(text); m.find();) {
            if (!byId.containsKey(m.group(1))) {
                errors.add(file + ":" + line(text, m.start(1)) + ": rule set '" + m.group(1) + "' is not declared"
                        + " on the class path (declared: " + String.join(", ", byId.keySet()) + ")");
            }
        }
        for (Matcher m = CHAIN.matcher(text); m.find();) {
            for (Matcher q = QUOTED.matcher(m.group(1)); q.find();) {
                String key = q.group(1);
                int at = m.start(1) + q.start(1);
                if (org.throughcare.core.fact.PriorityChain.EARLIEST_RELEASE.equals(key)) {
                    continue;
                }
                int slash = key.indexOf('/');
                RuleSetDescriptor rs = slash < 0 ? null : byId.get(key.substring(0, slash));
                if (slash < 0) {
                    errors.add(file + ":" + line(text, at) + ": priority key '" + key + "' is neither EARLIEST_RELEASE"
                            + " nor \"<rule set>/<priority code>\"");
                } else if (rs == null) {
                    errors.add(file + ":" + line(text, at) + ": priority key '" + key + "' names rule set '"
                            + key.substring(0, slash) + "', which is not declared on the class path (declared: "
                            + String.join(", ", byId.keySet()) + ")");
                } else if (rs.priorityOrder(key.substring(slash + 1)) == null) {
                    errors.add(file + ":" + line(text, at) + ": priority key '" + key + "': rule set " + rs.id()
                            + " declares no priority order " + key.substring(slash + 1) + " (declared: "
                            + (rs.priorityOrders() == null ? "none"
                            : String.join(", ", new TreeSet<>(rs.priorityOrders().keySet())))
                            + "; add it under priorityOrders in " + RuleSetLoader.DESCRIPTOR + ")");
                }
            }
        }
    }

    private static void declared(List<String> errors, String file, String text, int at, String name, Set<String> known,
                                 String what, RuleSetDescriptor d) {
        if (!known.contains(name)) {
            errors.add(file + ":" + line(text, at) + ": " + what + " '" + name + "' is not declared by rule set " + d.id()
                    + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    private static int line(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return the DRL files of the packages, by class-path name, with their text, in name order */
    static Map<String, String> drlFiles(List<String> packages, ClassLoader cl) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String pkg : packages) {
            String dir = pkg.replace('.', '/') + "/";
            try {
                Enumeration<URL> urls = cl.getResources(dir);
                for (URL url : Collections.list(urls)) {
                    for (String name : list(url, dir)) {
                        try (InputStream in = cl.getResourceAsStream(name)) {
                            if (in != null) {
                                out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the rules of package " + pkg, e);
            }
        }
        return out;
    }

    private static List<String> list(URL url, String dir) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection c = (JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    String n = e.getName();
                    if (n.startsWith(dir) && n.endsWith(".drl") && n.indexOf('/', dir.length()) < 0) {
                        names.add(n);
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.filter(p -> p.getFileName().toString().endsWith(".drl"))
                        .forEach(p -> names.add(dir + p.getFileName()));
            } catch (URISyntaxException e) {
                throw new IOException("not a file URL: " + url, e);
            }
        }
        return names;
    }
}
