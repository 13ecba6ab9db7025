package org.throughcare.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Why an information-sharing action may not go ahead.
 *
 * @param reason  CONSENT_REFUSED or CONSENT_WITHDRAWN (blocked), or CONSENT_NOT_RECORDED (held until consent, or an
 *                exception, is recorded; catalogue ENG-COC-CONS-06)
 * @param since   the date consent was refused or withdrawn; null when no consent decision is recorded
 * @param ruleIds the catalogue rules that block it (e.g. ENG-COC-CONS-06, ENG-COC-CONS-11)
 */
public record BlockedBy(String reason, LocalDate since, List<String> ruleIds) {
    public BlockedBy {
        ruleIds = List.copyOf(ruleIds);
    }
}
