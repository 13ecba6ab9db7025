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

    /**
     * AMB-06: whether a person of this age at sentence counts as a young offender under the setting.
     *
     * @param ageAtSentence the age in whole years on the day the sentence was imposed, or null when not known
     * @return yes / no / not determined (no date of birth or no sentence date)
     */
    public org.throughcare.core.TriState youngOffender(Integer ageAtSentence) {
        if (ageAtSentence == null) {
            return org.throughcare.core.TriState.NOT_DETERMINED;
        }
        return ageAtSentence <= settings.youngOffenderMaxAge() ? org.throughcare.core.TriState.YES
                : org.throughcare.core.TriState.NO;
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
