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
 * @param completedBy   what completed it, as written in the action table's completed_by column: an event type
 *                      (e.g. "DIR_SENT_TO_PRISON"), "origin", "determined:&lt;field&gt;", or several joined with
 *                      " + " when all were needed; null when not done
 * @param blockedBy     why consent blocks it, when status is BLOCKED; else null
 * @param consentBasis  for an information-sharing action: "CONSENT_GIVEN", "EXCEPTION: ..." (the exceptions that
 *                      apply), "CONSENT_NOT_RECORDED", or, when blocked, "CONSENT_REFUSED" / "CONSENT_WITHDRAWN";
 *                      null for actions that share no identifiable information
 * @param citation      where it rests in the guidance
 * @param interpretations the catalogue conventions and interpretations applied to it: TC-nn and AMB-nn IDs, then
 *                      "setting=value" for each interpretation setting that affected it
 * @param instance      the instance key, when a rule raises several instances of one action code (one per Alert Form
 *                      change, per contract target, per contact week): each instance is a separate required action,
 *                      completed only by what names the same key; null when the action has no instances
 * @param window        for due kind WINDOW or MIN_FREQUENCY, the window only an event inside which counts; else null
 * @param count         for a counted action, how many qualifying events it needs and how many were seen; else null
 * @param anchor        the date the due time is counted from when it is not the trigger (such as a release date);
 *                      else null
 * @param alertForm     for an action done by sending an Alert Form (the action table's {@code alert_form} column): the
 *                      form's box, sender, recipient, telephone follow-up, the fields the snapshot fills and those
 *                      left for the sender (decision 1.4); else null
 */
public record RequiredAction(String code, List<String> ruleIds, Owner owner, String action, Trigger trigger, Due due,
                             Modality modality, String modalityText, ActionStatus status, String statusReason,
                             ZonedDateTime completedAt, String completedBy, BlockedBy blockedBy, String consentBasis,
                             Citation citation, List<String> interpretations, String instance, ActionWindow window,
                             ActionCount count, ActionAnchor anchor, AlertForm alertForm) {
    public RequiredAction {
        ruleIds = List.copyOf(ruleIds);
        interpretations = List.copyOf(interpretations);
    }

    /** An action that is not an Alert Form (the shape of every action before schema 1.4). */
    public RequiredAction(String code, List<String> ruleIds, Owner owner, String action, Trigger trigger, Due due,
                          Modality modality, String modalityText, ActionStatus status, String statusReason,
                          ZonedDateTime completedAt, String completedBy, BlockedBy blockedBy, String consentBasis,
                          Citation citation, List<String> interpretations, String instance, ActionWindow window,
                          ActionCount count, ActionAnchor anchor) {
        this(code, ruleIds, owner, action, trigger, due, modality, modalityText, status, statusReason, completedAt,
                completedBy, blockedBy, consentBasis, citation, interpretations, instance, window, count, anchor, null);
    }

    /** An action with no instance, window, count or anchor (the shape of every action before schema 1.2). */
    public RequiredAction(String code, List<String> ruleIds, Owner owner, String action, Trigger trigger, Due due,
                          Modality modality, String modalityText, ActionStatus status, String statusReason,
                          ZonedDateTime completedAt, String completedBy, BlockedBy blockedBy, String consentBasis,
                          Citation citation, List<String> interpretations) {
        this(code, ruleIds, owner, action, trigger, due, modality, modalityText, status, statusReason, completedAt,
                completedBy, blockedBy, consentBasis, citation, interpretations, null, null, null, null, null);
    }
}
