package org.throughcare.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.Settings;
import picocli.CommandLine.Option;

/** The repeatable {@code --setting NAME=VALUE} option: interpretation settings, parsed by {@link Settings#with}. */
final class SettingsOption {

    @Option(names = "--setting", paramLabel = "NAME=VALUE",
            description = {"An interpretation setting (repeatable): weekendReliefMode=NEVER_SHORTER|LITERAL (TC-10, AMB-31e), "
                + "reliefByInterpretation=true|false (TC-10, AMB-31b), courtFromOtherPrisonRoute=PP2|PP3 (AMB-44), "
                + "dayBasis=CALENDAR|WORKING (AMB-33), "
                + "youngOffenderMaxAge=20|15|16|17|18|19|21|22|23|24|25 (AMB-06), "
                + "pp2ClinicalAssessment=IN_CONTACT_ONLY|ALWAYS (AMB-43), "
                + "tier1ForPpoWith=SUBSTANCE_MISUSE_PROBLEM|PROBLEMATIC_DRUG_USE (AMB-40), "
                + "caratFileConsent=FILE_GOES|EXCEPTION_ONLY (AMB-60). Unset ones keep the default reading (the first "
                + "value: the catalogue's, or the guidance text's where the project follows the text); the settings "
                + "are declared in Settings.ALL."})
    List<String> values = new ArrayList<>();

    /**
     * @return the default settings with each given one applied in order
     * @throws CliException (exit 2) naming the bad setting and its valid values
     */
    Settings settings() {
        Settings s = Settings.defaults();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new CliException(CliException.INVALID_SETTING, "--setting must be NAME=VALUE, was '" + v + "'");
            }
            try {
                s = s.with(v.substring(0, eq).trim(), v.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.INVALID_SETTING, e.getMessage());
            }
        }
        return s;
    }
}
