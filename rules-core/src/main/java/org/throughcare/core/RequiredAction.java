package org.throughcare.core;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One required action: who must do what, by when, on what authority, and where it stands.
 *
 * @param code          a stable action code (e.g. "CJIT_SEND_DIR_TO_PRISON"), unchanged across versions
 * @param ruleIds       the catalogue rule IDs it implements, most specific first
 * @param owner         who must do it
 * @param action        what to do, in plain English
 * @param trigger       what started it and when
 * @param due           when it is due and how that was derived
 * @param modality      the normalised modality
 * @param modalityText  the guidance's own modal words (e.g. "must ... within 24 hours")
 * @param status        its status at {@code asOf}
 * @param statusReason  one sentence explaining the status
 * @param completedAt   when the completing event happened; null when not done (or done at an unrecorded time)
 * @param completedBy   the event type that completed it, or null
 * @param blockedBy     why consent blocks it, when status is BLOCKED; else null
 * @param consentBasis  for an information-sharing action: "CONSENT_GIVEN", "EXCEPTION: ..." or "CONSENT_NOT_RECORDED"; null for other actions
 * @param citation      where it rests in the guidance
 * @param interpretations the catalogue interpretation IDs (TC/AMB) applied to it, with the setting used
 */
public record RequiredAction(String code, List<String> ruleIds, Owner owner, String action, Trigger trigger, Due due,
                             Modality modality, String modalityText, ActionStatus status, String statusReason,
                             ZonedDateTime completedAt, String completedBy, BlockedBy blockedBy, String consentBasis,
                             Citation citation, List<String> interpretations) {
    public RequiredAction {
        ruleIds = List.copyOf(ruleIds);
        interpretations = List.copyOf(interpretations);
    }
}
