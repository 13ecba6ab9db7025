package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.DueKind;
import org.throughcare.core.Modality;

class ActionTableTest {

    static final String HEADER = String.join(",", ActionTable.COLUMNS) + "\n";
    static final String GOOD = "SEND,,,ENG-COC-PRE-03,CJIT,worker,\"Send it, by fax.\",within 24 hours,24,HOURS,TEXT,HARD,"
            + "BEST_EFFORT,MUST,must,yes,DIR_SENT_TO_PRISON determined:ppo+origin,Part 1,TC-10 AMB-31,the CJIT,send it\n";

    static ActionTable load(String csv, List<String> errors) {
        return ActionTable.load("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2009, 7, 1), Set.of("ENG-COC-PRE-03", "ENG-COC-PRE-08"),
                org.throughcare.core.vocabulary.Vocabulary.standard(), errors);
    }

    @Test
    @DisplayName("A good row is read with quoted commas, alternatives and combined completions")
    void goodRow() {
        List<String> errors = new ArrayList<>();
        ActionTable t = load("# comment\n" + HEADER + GOOD, errors);
        assertThat(errors).isEmpty();
        ActionRow r = t.inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow();
        assertThat(r.action()).isEqualTo("Send it, by fax.");
        assertThat(r.unit()).isEqualTo(ActionRow.Unit.HOURS);
        assertThat(r.relief()).isEqualTo(ActionRow.Relief.TEXT);
        assertThat(r.dueKind()).isEqualTo(DueKind.HARD);
        assertThat(r.dueKindWithRelief()).isEqualTo(DueKind.BEST_EFFORT);
        assertThat(r.modality()).isEqualTo(Modality.MUST);
        assertThat(r.sharesInformation()).isTrue();
        assertThat(r.completedBy()).containsExactly(List.of("DIR_SENT_TO_PRISON"), List.of("determined:ppo", "origin"));
        assertThat(r.line()).isEqualTo(3);
    }

    @Test
    @DisplayName("shares_information 'yes when <setting>=<value>' shares only under that reading (AMB-60)")
    void sharesUnderASetting() {
        List<String> errors = new ArrayList<>();
        ActionTable t = load(HEADER + GOOD.replace(",must,yes,", ",must,yes when caratFileConsent=EXCEPTION_ONLY,"),
                errors);
        assertThat(errors).isEmpty();
        ActionRow r = t.inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow();
        assertThat(r.sharesInformation()).as("may share: consent is judged at its completions").isTrue();
        assertThat(r.sharesInformation(org.throughcare.core.Settings.defaults())).isFalse();
        assertThat(r.sharesInformation(org.throughcare.core.Settings.defaults()
                .with(org.throughcare.core.Settings.CARAT_FILE_CONSENT, "EXCEPTION_ONLY"))).isTrue();
        assertThat(t.sharingCompletions()).contains("DIR_SENT_TO_PRISON");
        ActionRow plain = load(HEADER + GOOD, new ArrayList<>()).inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow();
        assertThat(plain.sharesInformation(org.throughcare.core.Settings.defaults())).isTrue();
    }

    @Test
    @DisplayName("A conditional shares_information naming an unknown setting or value is an error with its line")
    void sharesUnderABadSetting() {
        List<String> errors = new ArrayList<>();
        load(HEADER + GOOD.replace(",must,yes,", ",must,yes when caratFile=EXCEPTION_ONLY,")
                + GOOD.replace("SEND,,,", "SEND2,,,").replace(",must,yes,", ",must,yes when caratFileConsent=SOMETIMES,")
                + GOOD.replace("SEND,,,", "SEND3,,,").replace(",must,yes,", ",must,yes when caratFileConsent,"), errors);
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("t.csv:2: column shares_information: unknown setting 'caratFile'");
        assertThat(errors.get(1)).isEqualTo("t.csv:3: column shares_information: setting caratFileConsent must be one"
                + " of [FILE_GOES, EXCEPTION_ONLY], was 'SOMETIMES'");
        assertThat(errors.get(2)).startsWith("t.csv:4: column shares_information: 'yes when caratFileConsent' must be");
    }

    @Test
    @DisplayName("The exceptions column names the exceptions that may cover a share; monitoring rows share nothing")
    void exceptionsAndMonitoring() {
        List<String> errors = new ArrayList<>();
        String header = HEADER.strip() + ",exceptions\n";
        ActionTable t = load(header + GOOD.strip() + ",RISK_OF_HARM OTHER_LAWFUL_EXCEPTION\n"
                + GOOD.replace("SEND,", "FORM,").replace(",yes,", ",monitoring,").strip() + ",\n", errors);
        assertThat(errors).isEmpty();
        ActionRow send = t.inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow();
        assertThat(send.exceptionScope()).containsExactlyInAnyOrder("RISK_OF_HARM", "OTHER_LAWFUL_EXCEPTION");
        ActionRow form = t.inForce("FORM", LocalDate.of(2009, 7, 1)).orElseThrow();
        assertThat(form.sharesInformation()).isFalse();
        assertThat(form.monitoringOnly()).isTrue();

        List<String> bad = new ArrayList<>();
        load(header + GOOD.strip() + ",RISK\n"
                + GOOD.replace("SEND,", "FORM,").replace(",yes,", ",no,").strip() + ",RISK_OF_HARM\n", bad);
        assertThat(bad).anyMatch(e -> e.contains("t.csv:2") && e.contains("exceptions") && e.contains("'RISK'"));
        assertThat(bad).anyMatch(e -> e.contains("t.csv:3") && e.contains("only an action that shares"));
    }

    @Test
    @DisplayName("An exception outside a share's scope leaves it as it would be without the exception")
    void exceptionScope() {
        List<String> errors = new ArrayList<>();
        String header = HEADER.strip() + ",exceptions\n";
        ActionTable t = load(header + GOOD.strip() + ",OTHER_LAWFUL_EXCEPTION\n", errors);
        ActionRow send = t.inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow();
        java.time.ZonedDateTime at = java.time.ZonedDateTime.of(2026, 4, 14, 10, 0, 0, 0, org.throughcare.core.Times.LONDON);
        org.throughcare.core.fact.SharingBasis risk = new org.throughcare.core.fact.SharingBasis(true,
                "EXCEPTION: RISK_OF_HARM", LocalDate.of(2026, 4, 13), at, null, List.of("RISK_OF_HARM"), "CONSENT_REFUSED");
        org.throughcare.core.fact.SharingBasis judged = ActionBuilder.inScope(risk, send);
        assertThat(judged.isPermitted()).isFalse();
        assertThat(judged.getBasis()).isEqualTo("CONSENT_REFUSED");
        assertThat(judged.getSince()).isEqualTo(LocalDate.of(2026, 4, 13));

        org.throughcare.core.fact.SharingBasis both = new org.throughcare.core.fact.SharingBasis(true,
                "EXCEPTION: RISK_OF_HARM, OTHER_LAWFUL_EXCEPTION", null, at, null,
                List.of("RISK_OF_HARM", "OTHER_LAWFUL_EXCEPTION"), "CONSENT_NOT_RECORDED");
        assertThat(ActionBuilder.inScope(both, send).getBasis()).isEqualTo("EXCEPTION: OTHER_LAWFUL_EXCEPTION");
        assertThat(ActionBuilder.inScope(both, send).isPermitted()).isTrue();
    }

    @Test
    @DisplayName("A row is in force from its effective date, not the day before")
    void effectiveFrom() {
        List<String> errors = new ArrayList<>();
        ActionTable t = load(HEADER + GOOD, errors);
        assertThat(t.inForce("SEND", LocalDate.of(2009, 6, 30))).isEmpty();
        assertThat(t.inForce("SEND", LocalDate.of(2009, 7, 1))).isPresent();
    }

    @Test
    @DisplayName("Successive rows split by date pick the row in force on each side of the change")
    void successiveRows() {
        List<String> errors = new ArrayList<>();
        String old = GOOD.replace("SEND,,,", "SEND,,2027-04-01,");
        String neu = GOOD.replace("SEND,,,", "SEND,2027-04-01,,").replace(",24,HOURS,", ",12,HOURS,");
        ActionTable t = load(HEADER + old + neu, errors);
        assertThat(errors).isEmpty();
        assertThat(t.inForce("SEND", LocalDate.of(2027, 3, 31)).orElseThrow().amount()).isEqualTo(24);
        assertThat(t.inForce("SEND", LocalDate.of(2027, 4, 1)).orElseThrow().amount()).isEqualTo(12);
    }

    @Test
    @DisplayName("Overlapping rows for one action are an error")
    void overlapping() {
        List<String> errors = new ArrayList<>();
        load(HEADER + GOOD + GOOD.replace("SEND,,,", "SEND,2020-01-01,,"), errors);
        assertThat(errors).containsExactly("t.csv:3: action SEND has effective dates that overlap the row on line 2");
    }

    @Test
    @DisplayName("A wrong header is reported with the missing and unknown columns")
    void badHeader() {
        List<String> errors = new ArrayList<>();
        load(HEADER.replace("due_text", "due") + GOOD, errors);
        assertThat(errors).singleElement().asString().startsWith("t.csv:1: header must be exactly")
                .contains("missing [due_text]").contains("unknown [due]");
    }

    @Test
    @DisplayName("Every bad cell of a row is reported, not only the first")
    void everyBadCell() {
        List<String> errors = new ArrayList<>();
        String bad = "send me,2009-13-01,,ENG-COC-PRE-3,,worker,x,y,abc,HOURS,SOMETIMES,HARD,,MAY,m,maybe,NOPE,,TC-1,,\n";
        load(HEADER + bad, errors);
        assertThat(errors).containsExactlyInAnyOrder(
                "t.csv:2: column code: 'send me' is not an action code (UPPER_SNAKE_CASE)",
                "t.csv:2: column effective_from: '2009-13-01' is not a date (YYYY-MM-DD)",
                "t.csv:2: column rule_ids: 'ENG-COC-PRE-3' is not a catalogue rule ID (e.g. ENG-COC-PP2-09)",
                "t.csv:2: column owner_agency: is required",
                "t.csv:2: column amount: 'abc' is not a whole number (required when unit is HOURS)",
                "t.csv:2: column relief: 'SOMETIMES' is not one of [NONE, TEXT, INTERPRETATION]",
                "t.csv:2: column modality: MAY rows are not encoded as actions (list them in docs/not-encoded.md)",
                "t.csv:2: column shares_information: 'maybe' must be yes or no",
                "t.csv:2: column completed_by: 'NOPE' is not an event type (optionally with one attribute's value, as TYPE(attribute=value)), 'origin' or 'determined:<name>' with a"
                        + " determination the vocabulary declares (determinations.csv)",
                "t.csv:2: column section: is required",
                "t.csv:2: column interpretations: 'TC-1' is not a TC-nn or AMB-nn ID");
    }

    @Test
    @DisplayName("A time kind without a time, or relief on days, is refused")
    void inconsistentTimescale() {
        List<String> errors = new ArrayList<>();
        String noTime = GOOD.replace(",24,HOURS,TEXT,HARD,", ",,NONE,NONE,HARD,");
        String reliefOnDays = GOOD.replace("SEND,", "SEND2,").replace(",24,HOURS,TEXT,", ",3,DAYS,TEXT,");
        load(HEADER + noTime + reliefOnDays, errors);
        assertThat(errors).containsExactly("t.csv:2: column due_kind: must be UNSPECIFIED or STANDING when unit is NONE",
                "t.csv:3: column relief: the 09:00 next-working-day relief applies only to a unit of HOURS");
    }
    @Test
    @DisplayName("counts_from says which completions count; an unknown value, or an Alert Form counted over the custody period, stops the load")
    void countsFrom() {
        List<String> errors = new ArrayList<>();
        String header = HEADER.strip() + ",alert_form,counts_from\n";
        ActionTable t = load(header + GOOD.strip() + ",,\n"
                + GOOD.replace("SEND,", "ASKED,").strip() + ",,TRIGGER\n"
                + GOOD.replace("SEND,", "FORM,").strip() + ",from:SUBSTANCE_MISUSE_TEAM to:CJIT phone:NONE box:PRISON,TRIGGER\n", errors);
        assertThat(errors).isEmpty();
        assertThat(t.inForce("SEND", LocalDate.of(2009, 7, 1)).orElseThrow().countsFrom())
                .as("blank: the default, the whole custody period").isEqualTo(ActionRow.CountsFrom.CUSTODY_PERIOD);
        assertThat(t.inForce("ASKED", LocalDate.of(2009, 7, 1)).orElseThrow().countsFrom())
                .isEqualTo(ActionRow.CountsFrom.TRIGGER);
        assertThat(t.inForce("FORM", LocalDate.of(2009, 7, 1)).orElseThrow().countsFrom())
                .isEqualTo(ActionRow.CountsFrom.TRIGGER);

        List<String> bad = new ArrayList<>();
        ActionTable broken = load(header + GOOD.strip() + ",,REQUEST\n"
                + GOOD.replace("SEND,", "FORM,").strip() + ",from:SUBSTANCE_MISUSE_TEAM to:CJIT phone:NONE box:PRISON,\n", bad);
        assertThat(bad).containsExactly(
                "t.csv:2: column counts_from: 'REQUEST' is not one of [CUSTODY_PERIOD, TRIGGER]",
                "t.csv:3: column counts_from: must be TRIGGER for an Alert Form: a form reports one change, so a form"
                        + " sent before the change cannot report it (section 1.8, Annex E)");
        assertThat(broken.has("SEND")).as("a row with an error is not loaded").isFalse();
    }
}
