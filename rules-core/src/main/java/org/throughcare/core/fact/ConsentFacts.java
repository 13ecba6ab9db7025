package org.throughcare.core.fact;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.SharingPurpose;

/**
 * The snapshot's consent at one instant, as a fact for the consent rules: the status of the latest decision that
 * covers the rule set's purpose, and the exceptions that apply then. The engine inserts one for {@code asOf} (which
 * open sharing actions are judged by) and one for each instant at which a sharing action may have been done (which
 * that action is judged by), so that the consent rules decide every basis and the decision cites them. Immutable.
 */
public final class ConsentFacts {
    private final ZonedDateTime at;
    private final ConsentStatus status;
    private final LocalDate date;
    private final ZonedDateTime decidedAt;
    private final List<String> exceptions;
    private final SharingPurpose purpose;

    /**
     * @param consent     the snapshot's consent timeline
     * @param inCommunity whether the person is in the community at {@code asOf} (released): a Restriction on Bail
     *                    counts only there, where the CJIT can be overseeing bail conditions; never for someone remanded
     *                    in, or serving a sentence in, custody (England 2009 Annex A, principle 1)
     * @param at          the instant judged
     * @param purpose     what the rule set's sharing is for, or null when its consent has no scope
     */
    public ConsentFacts(Consent consent, boolean inCommunity, ZonedDateTime at, SharingPurpose purpose) {
        this.at = at;
        this.purpose = purpose;
        ConsentDecision d = consent.decisionAt(at, purpose).orElse(null);
        if (d == null && consent.decisionAfter(at, purpose).map(ConsentDecision::status).orElse(null)
                == ConsentStatus.WITHDRAWN) {
            // A withdrawal says consent had been given before it, even when that was not recorded.
            this.status = ConsentStatus.GIVEN;
            this.date = null;
            this.decidedAt = null;
        } else {
            this.status = d == null ? ConsentStatus.NOT_RECORDED : d.status();
            this.date = d == null ? null : d.at().toLocalDate();
            this.decidedAt = d == null ? null : d.at();
        }
        this.exceptions = Consent.kinds(applicable(consent, at, inCommunity));
    }

    /** @return the exceptions that apply at {@code t} to a person who is, or is not, in the community then */
    public static List<ExceptionToConsent> applicable(Consent consent, ZonedDateTime t, boolean inCommunity) {
        List<ExceptionToConsent> out = new java.util.ArrayList<>(consent.exceptions().size());
        for (ExceptionToConsent e : consent.exceptions()) {
            if (e.appliesAt(t) && (e.kind() != ExceptionToConsent.Kind.RESTRICTION_ON_BAIL || inCommunity)) {
                out.add(e);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** @return the purpose judged, or null when the consent has no scope */
    public SharingPurpose getPurpose() { return purpose; }

    /** @return the instant judged */
    public ZonedDateTime getAt() { return at; }

    public ConsentStatus getStatus() { return status; }

    /** @return the day of the decision in force at the instant, or null (none, or consent implied by a withdrawal) */
    public LocalDate getDate() { return date; }

    /** @return the instant of the decision in force at the instant judged, or null (as {@link #getDate()}) */
    public ZonedDateTime getDecidedAt() { return decidedAt; }

    /** @return the exceptions that apply (RISK_OF_HARM, REQUIRED_ASSESSMENT, RESTRICTION_ON_BAIL, OTHER_LAWFUL_EXCEPTION). */
    public List<String> getExceptions() { return exceptions; }

    /** @return true when at least one exception applies. */
    public boolean isExceptionApplies() { return !exceptions.isEmpty(); }

    @Override
    public String toString() {
        return "ConsentFacts[" + status + ", exceptions=" + exceptions + "]";
    }
}
