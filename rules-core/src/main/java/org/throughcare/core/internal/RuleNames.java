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
 * (an {@link EventType} name or one of the descriptor's {@code triggers}). A misspelt point ("PP02") or trigger
 * would otherwise route nowhere or date an action from nothing, silently. Reads the DRL the knowledge base keeps
 * beside its executable model; each error names the file and line.
 */
final class RuleNames {

    private static final Pattern ROUTE = Pattern.compile("RouteEdge\\.(?:taken|upcoming)\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern NEW_POINT = Pattern.compile("new\\s+JourneyPoint\\(\\s*\"([^\"]*)\"");
    private static final Pattern MATCH_POINT = Pattern.compile("JourneyPoint\\(\\s*id\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern TRIGGERED_AT = Pattern.compile(
            "RaisedAction\\.triggeredAt\\((?:[^\"]|\"[^\"]*\")*?,\\s*\"([^\"]*)\"",
            Pattern.DOTALL);
    private static final Pattern DETERMINATION = Pattern.compile("\\b(?:determination|determinedAt)\\(\\s*\"([^\"]*)\"");
    private static final Pattern SETTING = Pattern.compile("\\b(?:setting|isOn)\\(\\s*\"([^\"]*)\"");
    private static final Pattern PLANNED = Pattern.compile("\\bplanned\\(\\s*\"([^\"]*)\"");
    private static final Pattern PENDING = Pattern.compile("RaisedAction\\.pending\\(\\s*\"([^\"]*)\"");

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
