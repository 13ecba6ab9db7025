package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;
import org.throughcare.core.Settings;
import org.throughcare.core.fact.SettingsFact;

/** Rules reach the interpretation settings as a fact (issue: settings as one typed registry rules can reach). */
class SettingsFactRuleTest {

    static final String DRL = """
            package org.throughcare.kb.example;

            import org.throughcare.core.fact.SettingsFact;

            global java.util.List matched;

            rule "AMB-44 read the other way: an arrival from court after another prison goes to process point 3"
            when
                SettingsFact( setting("courtFromOtherPrisonRoute") == "PP3" )
            then
                matched.add("PP3");
            end

            rule "TC-10 relief by interpretation switched off"
            when
                SettingsFact( !isOn("reliefByInterpretation") )
            then
                matched.add("strict");
            end
            """;

    @Test
    @DisplayName("A rule matches a setting's value by its name, and sees a changed setting")
    void ruleMatchesSetting() {
        StatelessKieSession session = session();
        assertThat(fire(session, Settings.defaults())).isEmpty();
        assertThat(fire(session, Settings.defaults().withCourtFromOtherPrisonRoute("PP3")
                .withReliefByInterpretation(false))).containsExactlyInAnyOrder("PP3", "strict");
    }

    @Test
    @DisplayName("AMB-06: a young offender is 20 or under at sentence by default, and the setting moves the age")
    void youngOffender() {
        SettingsFact defaults = new SettingsFact(Settings.defaults());
        assertThat(defaults.youngOffender(20)).isEqualTo(org.throughcare.core.TriState.YES);
        assertThat(defaults.youngOffender(21)).isEqualTo(org.throughcare.core.TriState.NO);
        assertThat(defaults.youngOffender(null)).isEqualTo(org.throughcare.core.TriState.NOT_DETERMINED);
        SettingsFact younger = new SettingsFact(Settings.defaults().with(Settings.YOUNG_OFFENDER_MAX_AGE, 19));
        assertThat(younger.youngOffender(20)).isEqualTo(org.throughcare.core.TriState.NO);
        assertThat(younger.setting("youngOffenderMaxAge")).isEqualTo("19");
    }

    @Test
    @DisplayName("A setting name no setting has is refused, naming the known settings")
    void unknownName() {
        assertThatThrownBy(() -> new SettingsFact(Settings.defaults()).setting("dayBase"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dayBasis");
        assertThat(new SettingsFact(Settings.defaults()).setting("dayBasis")).isEqualTo("CALENDAR");
    }

    private static List<String> fire(StatelessKieSession session, Settings settings) {
        List<String> matched = new ArrayList<>();
        session.setGlobal("matched", matched);
        session.execute(new SettingsFact(settings));
        return matched;
    }

    private static StatelessKieSession session() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem files = ks.newKieFileSystem();
        files.write("src/main/resources/org/throughcare/kb/example/settings.drl", DRL);
        KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).newStatelessKieSession();
    }
}
