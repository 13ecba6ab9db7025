package org.throughcare.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determinations;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Settings;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.ConsentFacts;

/**
 * What the baseline's rules read of one English snapshot, worked out once: the events of the current custody period,
 * the reception and the route process point 1 gives, the first assessment, referral and missing-file events, and the
 * consent decision in force at asOf with the basis information-sharing.drl gives it (consent/information-sharing.drl,
 * the engine's {@code ConsentFacts} at asOf). Process point 5's start is set by {@link InPrisonRules}.
 */
final class Case {
    final Snapshot s;
    final Settings settings;
    final List<Event> period;
    final ZonedDateTime reception;
    final boolean received;
    /** PP2 or PP3 (process-point-1-origin.drl), or null while the origin is not established. */
    final String route;
    final Determinations d;
    final ZonedDateTime firstAssessment;
    final ZonedDateTime firstReferral;
    final ZonedDateTime firstMissingFile;
    /** Released: in the community, where standing duties no longer apply (RuleSetRun). */
    final boolean inCommunity;

    // consent at asOf (ConsentFacts): status, the decision's date and instant, and the exceptions that apply
    final ConsentStatus consent;
    final LocalDate consentDate;
    final ZonedDateTime consentDecidedAt;
    final List<String> exceptions;
    /** information-sharing.drl: the one basis at asOf, and whether it permits sharing. */
    final String basis;
    final boolean permitted;

    /** When the prisoner reached process point 5 (and 6), or null. */
    ZonedDateTime pp5;

    Case(Snapshot s, Settings settings, List<Event> period, String route) {
        this.s = s;
        this.settings = settings;
        this.period = period;
        this.reception = s.custody().receptionAt();
        this.received = reception != null;
        this.route = route;
        this.d = s.determinations();
        this.firstAssessment = first(period, EventType.CLINICAL_ASSESSMENT_COMPLETED);
        this.firstReferral = first(period, EventType.REFERRED_TO_CARATS);
        this.firstMissingFile = first(period, EventType.CARAT_FILE_MISSING);
        this.inCommunity = s.custody().status() == CustodyStatus.RELEASED;

        Consent c = s.consent();
        ZonedDateTime asOf = s.asOf();
        ConsentDecision decision = c.decisionAt(asOf, SharingPurpose.CONTINUITY_OF_CARE).orElse(null);
        if (decision == null && c.decisionAfter(asOf, SharingPurpose.CONTINUITY_OF_CARE)
                .map(ConsentDecision::status).orElse(null) == ConsentStatus.WITHDRAWN) {
            consent = ConsentStatus.GIVEN;          // a later withdrawal says consent had been given
            consentDate = null;
            consentDecidedAt = null;
        } else {
            consent = decision == null ? ConsentStatus.NOT_RECORDED : decision.status();
            consentDate = decision == null ? null : decision.at().toLocalDate();
            consentDecidedAt = decision == null ? null : decision.at();
        }
        exceptions = Consent.kinds(ConsentFacts.applicable(c, asOf, inCommunity));
        if (consent == ConsentStatus.GIVEN) {
            basis = "CONSENT_GIVEN";
            permitted = true;
        } else if (!exceptions.isEmpty()) {
            basis = "EXCEPTION: " + String.join(", ", exceptions);
            permitted = true;
        } else {
            basis = "CONSENT_" + consent.name();
            permitted = false;                      // refused, withdrawn, or not recorded: the share is held (CONS-06)
        }
    }

    /** The period is in time order, so the first match is the earliest. */
    static ZonedDateTime first(List<Event> period, EventType type) {
        for (Event e : period) {
            if (e.type() == type) {
                return e.at();
            }
        }
        return null;
    }

    /** @return whether an event of the type exists at or before {@code notAfter} (anywhere when null) */
    boolean any(EventType type, ZonedDateTime notAfter) {
        for (Event e : period) {
            if (e.type() == type && (notAfter == null || !e.at().isAfter(notAfter))) {
                return true;
            }
        }
        return false;
    }
}
