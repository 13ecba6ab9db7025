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
    private static final Map<java.util.List<Object>, ThroughcareEngine> BY_SETTINGS_AND_CONTRACTS = new ConcurrentHashMap<>();

    private Engines() {
    }

    static ThroughcareEngine with(Settings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, s -> ThroughcareEngine.builder().settings(s).build());
    }

    /** The engine with these settings and these service contracts (Service 4). */
    static ThroughcareEngine with(Settings settings, java.util.List<org.throughcare.core.ServiceContract> contracts) {
        if (contracts.isEmpty()) {
            return with(settings);
        }
        return BY_SETTINGS_AND_CONTRACTS.computeIfAbsent(java.util.List.of(settings, java.util.List.copyOf(contracts)), k -> {
            ThroughcareEngine.Builder b = ThroughcareEngine.builder().settings(settings);
            contracts.forEach(b::serviceContract);
            return b.build();
        });
    }
}
