package org.throughcare.core.fact;

import java.util.Objects;
import org.throughcare.core.Setting;
import org.throughcare.core.Settings;

/**
 * The engine's interpretation settings as a fact, so that a rule can match a reading directly:
 * {@code SettingsFact( setting("courtFromOtherPrisonRoute") == "PP3" )}. The names are those of {@link Settings#ALL}
 * and are checked when the rules load. One instance per evaluation. Immutable.
 */
public final class SettingsFact {
    private final Settings settings;

    /** @param settings the engine's settings */
    public SettingsFact(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param name a setting's name, e.g. {@code "dayBasis"}
     * @return its value as written in {@code NAME=VALUE} and in the provenance (an enum's name, "true"/"false", a code)
     * @throws IllegalArgumentException for a name no setting has (the load-time check stops such a rule first)
     */
    public String setting(String name) {
        return text(Settings.setting(name));
    }

    /** @return true when the named yes/no setting is on */
    public boolean isOn(String name) {
        return "true".equals(setting(name));
    }

    private <T> String text(Setting<T> s) {
        return s.text(settings.get(s));
    }

    /** @return the settings */
    public Settings getSettings() {
        return settings;
    }

    @Override
    public String toString() {
        return "SettingsFact" + settings.applied().keySet();
    }
}
