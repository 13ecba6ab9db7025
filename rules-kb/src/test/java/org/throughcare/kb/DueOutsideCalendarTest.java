package org.throughcare.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Decision;
import org.throughcare.core.Notice;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;

/** A due time the business calendar cannot count (before 1990 or after 2100) is a notice, never an exception. */
class DueOutsideCalendarTest {

    @Test
    @DisplayName("a trigger in 1989 under rules in force from 1980: the due time is left unset and a notice says why")
    void noticeNotException() {
        ThroughcareEngine engine = ThroughcareEngine.builder().classLoader(InterpretationSettingsTest.fixtures())
                .ruleSets("before-the-calendars").build();
        Decision d = engine.evaluate(ThroughcareJson.readSnapshot("""
                {"id": "cal-1989", "jurisdiction": "ENGLAND", "asOf": "1990-01-03T10:00",
                 "custody": {"status": "REMAND", "establishment": "HMP Example"},
                 "events": [{"type": "COURT_REMAND_OR_SENTENCE", "at": "1989-12-29T11:00"},
                            {"type": "CJIT_AWARE_OF_DESTINATION", "at": "1989-12-29T16:00"}]}
                """));
        RequiredAction send = d.requiredActions().stream().filter(a -> a.code().equals("CJIT_SEND_DIR_TO_PRISON"))
                .findFirst().orElseThrow();
        assertThat(send.due().at()).isNull();
        assertThat(send.due().text()).contains("outside the years the england-and-wales calendar covers");
        assertThat(d.notices()).extracting(Notice::code).contains("DUE_OUTSIDE_CALENDAR");
        assertThat(ThroughcareJson.writeDecision(d)).contains("DUE_OUTSIDE_CALENDAR");
    }
}
