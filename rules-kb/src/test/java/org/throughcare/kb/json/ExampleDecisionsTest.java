package org.throughcare.kb.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.DueKind;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.calendar.ReliefMode;
import org.throughcare.core.json.ThroughcareJson;

/**
 * The example snapshots in {@code examples/snapshots/} run through the real engine and the England 2009 rules: each
 * shows what its name says, and every decision the engine writes validates against the published decision schema.
 */
class ExampleDecisionsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "snapshots");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static ThroughcareEngine engine;
    static DecisionSchema decisionSchema;

    @BeforeAll
    static void build() {
        engine = ThroughcareEngine.builder().build();
        decisionSchema = new DecisionSchema();
    }

    static Snapshot example(String name) {
        try {
            return ThroughcareJson.readSnapshot(Files.readString(EXAMPLES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> examples() {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequiredAction action(Decision d, String code) {
        return d.requiredActions().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + code + " in " + d.requiredActions()));
    }

    static String due(RequiredAction a) {
        return a.due().at() == null ? null : a.due().at().toOffsetDateTime().toString();
    }

    @Test
    @DisplayName("Part 1 over Easter 2026: the DIR sent to the prison is due 09:00 Tue 7 Apr and missed at 10:00 Wed 8 Apr (a best-effort time)")
    void part1Easter() {
        Decision d = engine.evaluate(example("part1-cjit-easter-2026.json"));
        RequiredAction send = action(d, "CJIT_SEND_DIR_TO_PRISON");
        assertThat(send.status()).isEqualTo(ActionStatus.BEST_EFFORT_MISSED);
        assertThat(due(send)).isEqualTo("2026-04-07T09:00+01:00");
        assertThat(send.due().kind()).isEqualTo(DueKind.BEST_EFFORT);
        assertThat(send.due().derivation().relief().strictDueAt().toOffsetDateTime()).hasToString("2026-04-03T16:00+01:00");
        assertThat(send.due().derivation().skippedDays()).extracting(s -> s.reason())
                .containsExactly("Good Friday", "Saturday", "Sunday", "Easter Monday");
        assertThat(send.consentBasis()).isEqualTo("CONSENT_GIVEN");
        assertThat(action(d, "CJIT_COMPLETE_DIR").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "CJIT_TRACK_DESTINATION").status()).isEqualTo(ActionStatus.DONE);
        assertThat(d.requiredActions()).extracting(RequiredAction::code).doesNotContain("CJIT_CLOSE_CASE", "CJIT_PHONE_SMT");
        assertThat(d.routing().currentPoint()).isEqualTo("PART_1");
        assertThat(d.routing().nextPoint()).isEqualTo("PP1");
    }

    @Test
    @DisplayName("Part 1 over Easter 2026, literal relief reading: the due time is the same 09:00 Tue 7 Apr")
    void part1EasterLiteral() {
        ThroughcareEngine literal = ThroughcareEngine.builder()
                .settings(Settings.defaults().withWeekendReliefMode(ReliefMode.LITERAL)).build();
        RequiredAction send = action(literal.evaluate(example("part1-cjit-easter-2026.json")), "CJIT_SEND_DIR_TO_PRISON");
        assertThat(due(send)).isEqualTo("2026-04-07T09:00+01:00");
    }

    @Test
    @DisplayName("A transfer whose CARAT file is missing: Friday-evening request relieved to 09:00 Monday; a PPO with a need is tier 1")
    void pp2Transfer() {
        Decision d = engine.evaluate(example("pp2-transfer-carat-file-missing.json"));
        assertThat(d.priorities()).singleElement().satisfies(p -> assertThat(p.result()).isEqualTo("TIER_1"));
        RequiredAction forward = action(d, "SENDING_CARATS_FORWARD_FILE");
        assertThat(due(forward)).isEqualTo("2026-04-13T09:00+01:00");
        assertThat(forward.due().kind()).isEqualTo(DueKind.TARGET);
        assertThat(forward.status()).isEqualTo(ActionStatus.TARGET_MISSED);
        assertThat(forward.due().derivation().relief().nonWorkingDaysInWindow()).extracting(s -> s.reason())
                .containsExactly("Saturday");
        RequiredAction engage = action(d, "CARATS_ENGAGE_PRISONER");
        assertThat(due(engage)).isEqualTo("2026-04-14T23:59:59+01:00");
        assertThat(engage.status()).isEqualTo(ActionStatus.OPEN);
        RequiredAction assess = action(d, "SMT_ASSESS_CLINICAL_NEEDS");
        assertThat(due(assess)).isEqualTo("2026-04-11T14:00+01:00");
        assertThat(assess.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "CARATS_REQUEST_CARAT_FILE").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "SMT_REFER_TO_CARATS").status()).isEqualTo(ActionStatus.DONE);
        // The expected release date is recorded (no RELEASE_DATE_KNOWN): it is known from the entry into the main
        // prison, the reception for a transfer, so pre-release planning follows (release/release-date-known.drl).
        assertThat(d.routing().currentPoint()).isEqualTo("PP7");
        assertThat(d.routing().path()).extracting(p -> p.to()).containsExactly("PP1", "PP2", "PP5", "PP6", "PP7");
        assertThat(d.routing().nextPoint()).isEqualTo("PP9");
        RequiredAction plan = action(d, "CARATS_DRAW_UP_RELEASE_PLAN");
        assertThat(plan.trigger().event()).isEqualTo("MAIN_PRISON");
        assertThat(plan.trigger().at().toOffsetDateTime().toString()).isEqualTo("2026-04-10T14:00+01:00");
        assertThat(due(plan)).isEqualTo("2026-09-07T23:59:59+01:00");
    }

    @Test
    @DisplayName("An arrival from the community via court, a problematic drug misuser: process points 1 and 3 lead to process point 4")
    void pp1Community() {
        Decision d = engine.evaluate(example("pp1-community-arrival.json"));
        assertThat(d.routing().currentPoint()).isEqualTo("PP4");
        assertThat(d.routing().nextPoint()).isEqualTo("PP5");
        assertThat(d.routing().path()).extracting(s -> s.from() + ">" + s.to())
                .containsExactly("RECEPTION>PP1", "PP1>PP3", "PP3>PP4");
        assertThat(action(d, "SMT_ESTABLISH_ORIGIN").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "SMT_CONTACT_CJIT_FOR_MISSING_DIR").status()).isEqualTo(ActionStatus.PENDING);
        assertThat(d.eligibility()).filteredOn(a -> a.code().equals("ENG_COC_PP3")).singleElement()
                .satisfies(a -> assertThat(a.result()).isEqualTo("DRUG_MISUSER"));
    }

    @Test
    @DisplayName("Process point 3: a prisoner who says they are a PPO, not on LIDS, denies drug misuse: a PPO not yet confirmed, awaiting the PPO Liaison Point")
    void pp3SelfIdentifiedPpo() {
        Decision d = engine.evaluate(example("pp3-self-identified-ppo-unconfirmed.json"));
        assertThat(d.eligibility()).filteredOn(a -> a.code().equals("ENG_COC_PP3")).singleElement().satisfies(a -> {
            assertThat(a.result()).isEqualTo("PPO_UNCONFIRMED");
            assertThat(a.explanation()).contains("the prisoner, asked, denied misusing drugs (2026-05-11T10:30");
        });
        assertThat(d.notices()).extracting(n -> n.code()).contains("PPO_UNCONFIRMED");
        assertThat(action(d, "SMT_INFORM_PPO_LIAISON_POINT").status()).isEqualTo(ActionStatus.DONE);
        RequiredAction confirm = action(d, "PPO_LIAISON_POINT_CONFIRM_PPO_STATUS");
        assertThat(confirm.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(confirm.owner().agency()).isEqualTo("PPO Liaison Point");
        assertThat(action(d, "SMT_CHECK_LIDS_FOR_PPO").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "SMT_DETERMINE_PPO_AND_DRUG_MISUSE").status()).isEqualTo(ActionStatus.OPEN);
        assertThat(d.routing().currentPoint()).isEqualTo("PP3");
        assertThat(d.routing().nextPoints()).extracting(n -> n.point()).containsExactly("PP4", "NO_FURTHER_ACTION");
        assertThat(d.requiredActions()).extracting(RequiredAction::code).doesNotContain("SMT_ASK_CJIT_CONTACT");
    }

    @Test
    @DisplayName("Process point 4: a Friday reception before the spring bank holiday; day 5 is Tuesday, the CJIT's reply is relieved to 09:00 Tuesday")
    void pp4FridayBeforeBankHoliday() {
        Decision d = engine.evaluate(example("pp4-friday-before-bank-holiday.json"));
        assertThat(d.eligibility()).filteredOn(a -> a.code().equals("ENG_COC_PP3")).singleElement()
                .satisfies(a -> assertThat(a.result()).isEqualTo("DRUG_MISUSER"));
        assertThat(d.routing().currentPoint()).isEqualTo("PP4");
        assertThat(d.routing().nextPoint()).isEqualTo("PP5");
        RequiredAction reply = action(d, "CJIT_SEND_DIR_ON_REQUEST");
        assertThat(due(reply)).isEqualTo("2026-05-26T09:00+01:00");
        assertThat(reply.due().kind()).isEqualTo(DueKind.TARGET);
        assertThat(reply.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(reply.consentBasis()).isEqualTo("CONSENT_GIVEN");
        RequiredAction csma = action(d, "CARATS_COMPLETE_CSMA_AND_CARE_PLAN");
        assertThat(due(csma)).isEqualTo("2026-05-26T23:59:59+01:00");
        assertThat(csma.due().kind()).isEqualTo(DueKind.HARD);
        assertThat(csma.status()).isEqualTo(ActionStatus.OPEN);
        RequiredAction newDir = action(d, "SMT_OPEN_NEW_DIR");
        assertThat(newDir.trigger().at().toOffsetDateTime()).hasToString("2026-05-23T14:00+01:00");
        assertThat(due(newDir)).isEqualTo("2026-05-26T23:59:59+01:00");
        assertThat(due(action(d, "CARATS_ENGAGE_ENTRANT"))).isEqualTo("2026-05-26T23:59:59+01:00");
        assertThat(action(d, "CARATS_APPOINT_KEY_WORKER").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "SMT_ASSESS_ENTRANT_CLINICAL_NEEDS").status()).isEqualTo(ActionStatus.DONE);
        assertThat(action(d, "SMT_CLINICAL_SMTA_DAY_1").status()).isEqualTo(ActionStatus.TARGET_MISSED);
        assertThat(action(d, "SMT_CONTACT_NAMED_CJIT_FOR_DIR").status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    @DisplayName("Part 1 with consent refused: the DIR transfer is BLOCKED, citing the refusal")
    void consentRefused() {
        Decision d = engine.evaluate(example("consent-refused.json"));
        RequiredAction send = action(d, "CJIT_SEND_DIR_TO_PRISON");
        assertThat(send.status()).isEqualTo(ActionStatus.BLOCKED);
        assertThat(send.blockedBy().reason()).isEqualTo("CONSENT_REFUSED");
        assertThat(send.blockedBy().since()).hasToString("2026-04-20");
        assertThat(send.blockedBy().ruleIds()).contains("ENG-COC-CONS-06");
        assertThat(due(send)).isEqualTo("2026-05-12T11:00+01:00");
        assertThat(action(d, "CJIT_TRACK_DESTINATION").status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    @DisplayName("A Scottish prisoner gets the TAS table's answer, no actions, and a notice that the rest of the Scottish documents is not encoded")
    void scotland() {
        Decision d = engine.evaluate(example("scotland-not-encoded.json"));
        assertThat(d.requiredActions()).isEmpty();
        assertThat(d.notices()).extracting(n -> n.code()).containsExactly("RULE_SET_PARTLY_ENCODED");
        assertThat(d.eligibility()).extracting(a -> a.code() + "=" + a.result())
                .containsExactly("GUIDANCE_APPLIES:scotland-2005=APPLIES", "SCOT_TAS=UNDETERMINED");
        assertThat(d.routing().currentPoint()).isNull();
        assertThat(d.routings()).singleElement().satisfies(r -> assertThat(r.routing()).isNull());
    }

    @Test
    @DisplayName("A reception in June 2009 is before the guidance came into force on 1 July 2009: no actions, no process point")
    void beforeJuly2009() {
        Decision d = engine.evaluate(example("before-july-2009.json"));
        assertThat(d.requiredActions()).isEmpty();
        assertThat(d.priorities()).isEmpty();
        assertThat(d.notices()).extracting(n -> n.code()).contains("NOT_IN_FORCE");
        assertThat(d.eligibility()).filteredOn(a -> a.code().equals("GUIDANCE_APPLIES:england-2009")).singleElement()
                .satisfies(a -> assertThat(a.result()).isEqualTo("NOT_IN_FORCE"));
        assertThat(d.routing().currentPoint()).isNull();
    }

    @Test
    @DisplayName("Every example's decision and explanation validate against the decision schema")
    void decisionsMatchSchema() throws IOException {
        for (Path p : examples()) {
            Snapshot s = ThroughcareJson.readSnapshot(Files.readString(p));
            JsonNode decision = MAPPER.readTree(ThroughcareJson.writeDecision(engine.evaluate(s)));
            assertThat(decisionSchema.check(decision)).as(p.toString()).isEmpty();
            JsonNode explained = MAPPER.readTree(ThroughcareJson.writeExplanation(engine.explain(s)));
            assertThat(explained.get("decision")).as(p.toString()).isEqualTo(decision);
            assertThat(explained.get("fired").size()).as(p.toString()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    @DisplayName("Decisions under every alternative setting also validate against the decision schema")
    void settingsMatchSchema() throws IOException {
        Settings alternative = Settings.defaults().withWeekendReliefMode(ReliefMode.LITERAL)
                .withReliefByInterpretation(false).withCourtFromOtherPrisonRoute("PP3")
                .withDayBasis(Settings.DayBasis.WORKING);
        ThroughcareEngine other = ThroughcareEngine.builder().settings(alternative).build();
        for (Path p : examples()) {
            Snapshot s = ThroughcareJson.readSnapshot(Files.readString(p));
            assertThat(decisionSchema.check(MAPPER.readTree(ThroughcareJson.writeDecision(other.evaluate(s)))))
                    .as(p.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("The same snapshot gives byte-identical decision JSON from two separately built engines")
    void byteIdentical() {
        ThroughcareEngine second = ThroughcareEngine.builder().build();
        for (Path p : examples()) {
            Snapshot s;
            try {
                s = ThroughcareJson.readSnapshot(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(ThroughcareJson.writeDecision(second.evaluate(s))).isEqualTo(ThroughcareJson.writeDecision(engine.evaluate(s)));
        }
    }

    @Test
    @DisplayName("The schema check used here catches what it should: an unknown field, a missing field, a bad status")
    void checkerIsNotLenient() throws IOException {
        JsonNode good = MAPPER.readTree(ThroughcareJson.writeDecision(engine.evaluate(example("consent-refused.json"))));
        assertThat(decisionSchema.check(good)).isEmpty();
        ObjectNode extra = good.deepCopy();
        extra.put("extra", true);
        assertThat(decisionSchema.check(extra)).singleElement().asString().contains("extra");
        ObjectNode missing = good.deepCopy();
        ((ObjectNode) missing.at("/requiredActions/0")).remove("blockedBy");
        assertThat(decisionSchema.check(missing)).isNotEmpty();
        ObjectNode badStatus = good.deepCopy();
        ((ObjectNode) badStatus.at("/requiredActions/0")).put("status", "LATE");
        assertThat(decisionSchema.check(badStatus)).isNotEmpty();
        ObjectNode badTime = good.deepCopy();
        badTime.put("asOf", "2026-05-11T15:00+01:00[Europe/London]");
        assertThat(decisionSchema.check(badTime)).isNotEmpty();
    }
}
