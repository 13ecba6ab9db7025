package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.kb.Cases.at;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Decision;
import org.throughcare.core.DueKind;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Origin;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Settings;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.TriState;
import org.throughcare.core.calendar.ReliefMode;

/** Each interpretation setting against its worked example in docs/interpretations.md. */
class InterpretationSettingsTest {

    static RequiredAction action(Decision d, String code) {
        return d.requiredActions().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    static Snapshot fileRequested(ZonedDateTime request) {
        return Cases.transfer(request.plusDays(5), Cases.determinations(TriState.YES, TriState.YES, TriState.YES,
                TriState.YES), Event.of(EventType.CARAT_FILE_MISSING, at(2026, 4, 6, 15, 0)),
                Event.of(EventType.CARAT_FILE_REQUESTED, request));
    }

    @Test
    @DisplayName("TC-10: a request at 20:00 on a Sunday is due 20:00 Monday (never shorter) or 09:00 Monday (literal)")
    void tc10BothReadings() {
        Snapshot s = fileRequested(at(2026, 4, 12, 20, 0));
        RequiredAction never = action(ThroughcareEngine.builder().build().evaluate(s), "SENDING_CARATS_FORWARD_FILE");
        RequiredAction literal = action(ThroughcareEngine.builder()
                .settings(Settings.defaults().withWeekendReliefMode(ReliefMode.LITERAL)).build().evaluate(s),
                "SENDING_CARATS_FORWARD_FILE");
        assertThat(never.due().at()).isEqualTo(at(2026, 4, 13, 20, 0));
        assertThat(literal.due().at()).isEqualTo(at(2026, 4, 13, 9, 0));
        // NEVER_SHORTER: the plain 24 hours set the due time, so the duty's own kind (a hard "must") stands;
        // LITERAL: the relief's 09:00 sets it, with the relief's own wording ("should be sent": a target).
        assertThat(never.due().kind()).isEqualTo(DueKind.HARD);
        assertThat(literal.due().kind()).isEqualTo(DueKind.TARGET);
        assertThat(never.interpretations()).contains("TC-10", "weekendReliefMode=NEVER_SHORTER");
    }

    @Test
    @DisplayName("AMB-31b: relief given by interpretation applies by default and can be switched off for a strict 24 hours")
    void reliefByInterpretation() {
        Snapshot s = fileRequested(at(2026, 4, 10, 17, 0)); // Friday 17:00
        ThroughcareEngine on = ThroughcareEngine.builder().classLoader(fixtures()).ruleSets("relief-by-interpretation").build();
        ThroughcareEngine off = ThroughcareEngine.builder().classLoader(fixtures()).ruleSets("relief-by-interpretation")
                .settings(Settings.defaults().withReliefByInterpretation(false)).build();
        RequiredAction withRelief = action(on.evaluate(s), "SENDING_CARATS_FORWARD_FILE");
        RequiredAction strict = action(off.evaluate(s), "SENDING_CARATS_FORWARD_FILE");
        assertThat(withRelief.due().at()).isEqualTo(at(2026, 4, 13, 9, 0));
        assertThat(strict.due().at()).isEqualTo(at(2026, 4, 11, 17, 0));
        assertThat(withRelief.interpretations()).contains("reliefByInterpretation=true");
        assertThat(strict.interpretations()).contains("reliefByInterpretation=false");
        assertThat(strict.due().derivation().relief().applied()).isFalse();
    }

    @Test
    @DisplayName("AMB-33: three days from a referral on Thursday 2 April 2026 end on Sunday 5 April (calendar) or Thursday 9 April (working)")
    void dayBasis() {
        Snapshot s = Cases.transfer(at(2026, 4, 10, 12, 0), at(2026, 4, 2, 9, 0),
                Cases.determinationsAt(at(2026, 4, 2, 9, 30), TriState.YES, TriState.YES, TriState.YES, TriState.YES),
                Event.of(EventType.CLINICAL_ASSESSMENT_COMPLETED, at(2026, 4, 2, 9, 45)),
                Event.of(EventType.REFERRED_TO_CARATS, at(2026, 4, 2, 10, 0)));
        RequiredAction calendar = action(ThroughcareEngine.builder().build().evaluate(s), "CARATS_ENGAGE_PRISONER");
        RequiredAction working = action(ThroughcareEngine.builder()
                .settings(Settings.defaults().withDayBasis(Settings.DayBasis.WORKING)).build().evaluate(s),
                "CARATS_ENGAGE_PRISONER");
        assertThat(calendar.due().at()).isEqualTo(at(2026, 4, 5, 23, 59).plusSeconds(59));
        assertThat(working.due().at()).isEqualTo(at(2026, 4, 9, 23, 59).plusSeconds(59));
        assertThat(working.due().derivation().skippedDays()).extracting(d -> d.reason())
                .containsExactly("Good Friday", "Saturday", "Sunday", "Easter Monday");
    }

    @Test
    @DisplayName("AMB-44: an arrival from court after another prison routes to process point 2, or 3 with the setting")
    void courtFromOtherPrison() {
        Snapshot s = Cases.transfer(at(2026, 4, 8, 10, 0), Cases.determinations(TriState.YES, TriState.YES,
                TriState.YES, TriState.YES));
        Snapshot fromCourt = new Snapshot(s.id(), s.jurisdiction(), s.asOf(), s.person(),
                new org.throughcare.core.Custody(s.custody().status(), s.custody().establishment(),
                        Origin.COURT_FROM_OTHER_PRISON, s.custody().originEstablishedAt(), s.custody().receptionAt(),
                        null, null), s.determinations(), s.consent(), s.dir(), s.events());
        Decision asTransfer = ThroughcareEngine.builder().build().evaluate(fromCourt);
        Decision asCommunity = ThroughcareEngine.builder()
                .settings(Settings.defaults().withCourtFromOtherPrisonRoute("PP3")).build().evaluate(fromCourt);
        assertThat(asTransfer.routing().currentPoint()).isEqualTo("PP6");
        assertThat(asTransfer.routing().path()).extracting(p -> p.to()).contains("PP2", "PP5", "PP6");
        // As an arrival from the community it goes through process point 3, and (a problematic drug misuser) on to 4;
        // either way the path shows how it got to the reception: process points 10 and 11 (RT-14, RT-18).
        assertThat(asCommunity.routing().path()).extracting(r -> r.from() + ">" + r.to())
                .startsWith("PP10>PP11", "PP11>RECEPTION", "RECEPTION>PP1", "PP1>PP3", "PP3>PP4");
        assertThat(asCommunity.requiredActions()).extracting(RequiredAction::code)
                .doesNotContain("SMT_ASK_TRANSFER_QUESTIONS");
    }

    static ClassLoader fixtures() {
        try {
            return RuleSetLoadingTest.withBrokenFixtures();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
