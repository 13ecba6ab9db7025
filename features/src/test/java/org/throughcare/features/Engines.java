package org.throughcare.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.throughcare.core.Settings;
import org.throughcare.core.ThroughcareEngine;

/**
 * One engine per combination of interpretation settings, built on first use and kept for the whole run: building
 * loads the knowledge base (about a second), evaluating takes microseconds. The engine is immutable and thread-safe.
 */
final class Engines {
    private static final Map<Settings, ThroughcareEngine> BY_SETTINGS = new ConcurrentHashMap<>();

    private Engines() {
    }

    static ThroughcareEngine with(Settings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, s -> ThroughcareEngine.builder().settings(s).build());
    }
}
