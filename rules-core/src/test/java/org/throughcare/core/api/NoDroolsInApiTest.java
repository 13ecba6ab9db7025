package org.throughcare.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ThroughcareEngine;

/**
 * The public API names no Drools (or KIE, MVEL) type: an embedder depends on this library, never on the rule
 * engine it uses. Every public and protected member of every public type in the API packages is checked: fields,
 * constructors, methods (parameters, return types, declared exceptions, type arguments at any depth), the
 * supertypes. Only {@code org.throughcare.core.internal} may use Drools, and nothing there is part of the API.
 */
@DisplayName("The public API")
class NoDroolsInApiTest {

    static final Set<String> API_PACKAGES = Set.of("org.throughcare.core", "org.throughcare.core.batch",
            "org.throughcare.core.calendar", "org.throughcare.core.fact", "org.throughcare.core.json",
            "org.throughcare.core.validation", "org.throughcare.core.vocabulary");
    static final List<String> FORBIDDEN = List.of("org.kie.", "org.drools.", "org.mvel2.");

    @Test
    @DisplayName("names no Drools type in any public signature")
    void noDroolsType() throws Exception {
        List<Class<?>> api = apiClasses();
        assertThat(api).hasSizeGreaterThan(40).contains(ThroughcareEngine.class);
        List<String> found = new ArrayList<>();
        for (Class<?> c : api) {
            found.addAll(violations(c));
        }
        assertThat(found).as("Drools types in public signatures").isEmpty();
    }

    @Test
    @DisplayName("the check finds a Drools type where there is one (the internal rule-set holder)")
    void checkCanFail() throws Exception {
        Class<?> internal = Class.forName("org.throughcare.core.internal.LoadedRuleSet");
        assertThat(violations(internal)).anyMatch(v -> v.contains("org.kie.api.KieBase"));
    }

    static List<String> violations(Class<?> c) {
        List<String> out = new ArrayList<>();
        check(out, c.getName() + " extends", c.getGenericSuperclass());
        for (Type t : c.getGenericInterfaces()) {
            check(out, c.getName() + " implements", t);
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                check(out, c.getName() + "." + f.getName(), f.getGenericType());
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers())) {
                for (Type t : k.getGenericParameterTypes()) {
                    check(out, c.getName() + "(constructor)", t);
                }
                for (Type t : k.getGenericExceptionTypes()) {
                    check(out, c.getName() + "(constructor) throws", t);
                }
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                check(out, c.getName() + "." + m.getName() + " returns", m.getGenericReturnType());
                for (Type t : m.getGenericParameterTypes()) {
                    check(out, c.getName() + "." + m.getName() + " takes", t);
                }
                for (Type t : m.getGenericExceptionTypes()) {
                    check(out, c.getName() + "." + m.getName() + " throws", t);
                }
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> out, String where, Type t) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> k) {
            Class<?> base = k;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            for (String f : FORBIDDEN) {
                if (base.getName().startsWith(f)) {
                    out.add(where + ": " + base.getName());
                }
            }
        } else if (t instanceof ParameterizedType p) {
            check(out, where, p.getRawType());
            for (Type a : p.getActualTypeArguments()) {
                check(out, where, a);
            }
        } else if (t instanceof GenericArrayType g) {
            check(out, where, g.getGenericComponentType());
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(out, where, b);
            }
            for (Type b : w.getLowerBounds()) {
                check(out, where, b);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                if (b != Object.class) {
                    check(out, where, b);
                }
            }
        }
    }

    /** @return every public top-level or nested type of the API packages, from the module's compiled classes */
    static List<Class<?>> apiClasses() throws URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ThroughcareEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "");
                String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""; // "" for module-info
                if (!API_PACKAGES.contains(pkg) || name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, ThroughcareEngine.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
