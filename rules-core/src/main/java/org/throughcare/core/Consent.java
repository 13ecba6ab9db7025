package org.throughcare.core;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Consent to information sharing as a timeline (England 2009 Annex A; catalogue ENG-COC-CONS-04, -06, -07, -10, -11):
 * the decisions (consent given, refused or withdrawn, each at an instant, each with the purposes it covers) and the
 * exceptions under existing confidentiality arrangements (each with the instant it arose, and when it ended). Each
 * sharing action is judged against the timeline at its own instant: {@link #statusAt}, {@link #exceptionsAt}.
 *
 * <p>Immutable. {@link #toString()} prints statuses and kinds only, never a reason.
 *
 * @param decisions  the decisions, in the order given (the timeline orders them by time; two at one instant are
 *                   refused by the validator)
 * @param exceptions the exceptions, in the order given
 */
public record Consent(List<ConsentDecision> decisions, List<ExceptionToConsent> exceptions) {

    private static final Consent NOT_RECORDED = new Consent(List.of(), List.of());
    private static final ExceptionToConsent.Kind[] KINDS = ExceptionToConsent.Kind.values();

    public Consent {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** @return no consent decision recorded, no exception. */
    public static Consent notRecorded() {
        return NOT_RECORDED;
    }

    /** @return consent given on {@code date} (taken at the start of that day), covering every purpose. */
    public static Consent given(LocalDate date) {
        return decided(ConsentStatus.GIVEN, date);
    }

    /** @return consent refused on {@code date}, with no exception */
    public static Consent refused(LocalDate date) {
        return decided(ConsentStatus.REFUSED, date);
    }

    /** @return consent withdrawn on {@code date}, with no exception */
    public static Consent withdrawn(LocalDate date) {
        return decided(ConsentStatus.WITHDRAWN, date);
    }

    /**
     * The one-decision form (a status and the day it was decided).
     *
     * @param status NOT_RECORDED for no decision (then {@code date} must be null)
     * @param date   the day of the decision (taken at its start)
     */
    public static Consent decided(ConsentStatus status, LocalDate date) {
        Objects.requireNonNull(status, "status");
        if (status == ConsentStatus.NOT_RECORDED) {
            if (date != null) {
                throw new IllegalArgumentException("no consent decision is recorded, so it has no date");
            }
            return NOT_RECORDED;
        }
        return new Consent(List.of(ConsentDecision.onDay(status, Objects.requireNonNull(date, "date"))), List.of());
    }

    /**
     * The one-decision form of snapshot schema 1.0 in one call: a status and its day, and the exceptions as flags
     * (without a time: taken to apply throughout).
     *
     * @param otherLawfulException the reason for another lawful exception, or null when there is none
     * @throws IllegalArgumentException when NOT_RECORDED is given a date
     * @throws NullPointerException     when a decision is given no date
     */
    public static Consent oneDecision(ConsentStatus status, LocalDate date, boolean riskOfHarm,
                                      boolean requiredAssessment, boolean restrictionOnBail, String otherLawfulException) {
        Consent c = decided(status, date);
        if (riskOfHarm) {
            c = c.withRiskOfHarm();
        }
        if (requiredAssessment) {
            c = c.withRequiredAssessment();
        }
        if (restrictionOnBail) {
            c = c.withRestrictionOnBail();
        }
        return otherLawfulException == null ? c : c.withOtherLawfulException(otherLawfulException);
    }

    /** @return a copy with one more decision */
    public Consent then(ConsentDecision decision) {
        List<ConsentDecision> more = new ArrayList<>(decisions);
        more.add(Objects.requireNonNull(decision, "decision"));
        return new Consent(more, exceptions);
    }

    /** @return a copy with one more exception */
    public Consent with(ExceptionToConsent exception) {
        List<ExceptionToConsent> more = new ArrayList<>(exceptions);
        more.add(Objects.requireNonNull(exception, "exception"));
        return new Consent(decisions, more);
    }

    /** @return a copy with the risk-of-harm exception, its time not recorded (taken to apply throughout) */
    public Consent withRiskOfHarm() {
        return with(new ExceptionToConsent(ExceptionToConsent.Kind.RISK_OF_HARM, null, null, null));
    }

    /** @return a copy with the Required Assessment exception, its time not recorded */
    public Consent withRequiredAssessment() {
        return with(new ExceptionToConsent(ExceptionToConsent.Kind.REQUIRED_ASSESSMENT, null, null, null));
    }

    /** @return a copy with the Restriction on Bail exception, its time not recorded */
    public Consent withRestrictionOnBail() {
        return with(new ExceptionToConsent(ExceptionToConsent.Kind.RESTRICTION_ON_BAIL, null, null, null));
    }

    /** @return a copy with another lawful exception and its reason (free text: personal, never logged), time not recorded */
    public Consent withOtherLawfulException(String reason) {
        return with(new ExceptionToConsent(ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION, null, null, reason));
    }

    // ------------------------------------------------------------------------------------------------ the timeline

    /** @return the latest decision at or before {@code t} that covers {@code purpose} (null: any), if any */
    public Optional<ConsentDecision> decisionAt(ZonedDateTime t, SharingPurpose purpose) {
        ConsentDecision latest = null; // of two at one time, the first given (as Stream.max)
        for (ConsentDecision d : decisions) {
            if (!d.at().isAfter(t) && d.covers(purpose) && (latest == null || d.at().compareTo(latest.at()) > 0)) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** @return the consent status at {@code t} for {@code purpose} (null: any); NOT_RECORDED before any decision */
    public ConsentStatus statusAt(ZonedDateTime t, SharingPurpose purpose) {
        return decisionAt(t, purpose).map(ConsentDecision::status).orElse(ConsentStatus.NOT_RECORDED);
    }

    /** @return the first decision after {@code t} that covers {@code purpose} (null: any), if any */
    public Optional<ConsentDecision> decisionAfter(ZonedDateTime t, SharingPurpose purpose) {
        ConsentDecision first = null; // of two at one time, the first given (as Stream.min)
        for (ConsentDecision d : decisions) {
            if (d.at().isAfter(t) && d.covers(purpose) && (first == null || d.at().compareTo(first.at()) < 0)) {
                first = d;
            }
        }
        return Optional.ofNullable(first);
    }

    /** @return the first decision giving consent after {@code t} that covers {@code purpose}, if any */
    public Optional<ConsentDecision> givenAfter(ZonedDateTime t, SharingPurpose purpose) {
        return decisions.stream().filter(d -> d.at().isAfter(t) && d.status() == ConsentStatus.GIVEN && d.covers(purpose))
                .min(Comparator.comparing(ConsentDecision::at));
    }

    /** @return the exceptions that apply at {@code t} */
    public List<ExceptionToConsent> exceptionsAt(ZonedDateTime t) {
        List<ExceptionToConsent> out = new ArrayList<>(exceptions.size());
        for (ExceptionToConsent e : exceptions) {
            if (e.appliesAt(t)) {
                out.add(e);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** @return the latest decision's status (NOT_RECORDED when there is none) */
    public ConsentStatus status() {
        return latest().map(ConsentDecision::status).orElse(ConsentStatus.NOT_RECORDED);
    }

    /** @return the latest decision, if any */
    public Optional<ConsentDecision> latest() {
        return decisions.stream().max(Comparator.comparing(ConsentDecision::at));
    }

    /** @return the day of the latest decision, or null when there is none */
    public LocalDate date() {
        return latest().map(d -> d.at().toLocalDate()).orElse(null);
    }

    /** @return the kinds of the exceptions recorded, by code, each once, in the order of {@link ExceptionToConsent.Kind} */
    public List<String> exceptionKinds() {
        return kinds(exceptions);
    }

    /** @return the kinds of these exceptions, by code, each once, in the order of {@link ExceptionToConsent.Kind} */
    public static List<String> kinds(List<ExceptionToConsent> exceptions) {
        if (exceptions.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(KINDS.length);
        for (ExceptionToConsent.Kind k : KINDS) {
            for (ExceptionToConsent e : exceptions) {
                if (e.kind() == k) {
                    out.add(k.name());
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * @return true when this consent fits the one-decision form of snapshot schema 1.0: at most one decision, recorded
     *         by day (at the start of a day) and covering every purpose, and exceptions without times, each kind at
     *         most once. The JSON writer uses that form then, and the validator's problems name its fields
     *         ({@code /consent/date}, {@code /consent/exceptions/otherLawfulException}); otherwise the timeline form
     *         ({@code /consent/decisions/i}, {@code /consent/exceptions/i}).
     */
    public boolean fitsOneDecisionForm() {
        if (decisions.size() > 1) {
            return false;
        }
        for (ConsentDecision d : decisions) {
            if (!d.purposes().isEmpty() || !d.at().equals(d.at().toLocalDate().atStartOfDay(Times.LONDON))) {
                return false;
            }
        }
        for (ExceptionToConsent e : exceptions) {
            if (e.from() != null || e.until() != null
                    || (e.kind() != ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION && e.reason() != null)) {
                return false;
            }
        }
        return exceptions.stream().map(ExceptionToConsent::kind).distinct().count() == exceptions.size();
    }

    @Override
    public String toString() {
        return "Consent[decisions=" + decisions.stream().map(d -> d.status().name()).toList() + ", exceptions="
                + exceptionKinds() + "]";
    }
}
