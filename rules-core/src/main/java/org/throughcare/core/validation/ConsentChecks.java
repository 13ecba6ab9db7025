package org.throughcare.core.validation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.Times;

/**
 * The meaning checks of a snapshot's consent timeline. Problems name the fields of the form the JSON writer uses for
 * this consent ({@link Consent#fitsOneDecisionForm()}): {@code /consent/date} and
 * {@code /consent/exceptions/otherLawfulException} in the one-decision form, {@code /consent/decisions/i} and
 * {@code /consent/exceptions/i} in the timeline.
 */
final class ConsentChecks {
    private ConsentChecks() {
    }

    static void check(List<Problem> p, Consent consent, ZonedDateTime asOf, LocalDate born) {
        boolean oneDecision = consent.fitsOneDecisionForm();
        List<ConsentDecision> decisions = consent.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            ConsentDecision d = decisions.get(i);
            String at = oneDecision ? "/consent/date" : "/consent/decisions/" + i + "/at";
            if (oneDecision ? d.at().toLocalDate().isAfter(asOf.toLocalDate()) : d.at().isAfter(asOf)) {
                p.add(new Problem(at, ProblemCodes.AFTER_AS_OF, oneDecision ? "the consent date is after asOf"
                        : "the consent decision is after asOf"));
            }
            if (born != null && d.at().toLocalDate().isBefore(born)) {
                p.add(new Problem(at, ProblemCodes.BEFORE_BIRTH, "the consent decision (" + d.at().toLocalDate()
                        + ") is dated before the date of birth"));
            }
            for (int j = 0; j < i; j++) {
                if (decisions.get(j).at().isEqual(d.at())) {
                    p.add(new Problem("/consent/decisions/" + i, ProblemCodes.AMBIGUOUS, "two consent decisions at the"
                            + " same instant (see decision " + j + "): the timeline cannot say which holds"));
                }
            }
        }
        List<ExceptionToConsent> exceptions = consent.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            ExceptionToConsent e = exceptions.get(i);
            String base = "/consent/exceptions/" + i;
            String reason = oneDecision ? "/consent/exceptions/otherLawfulException" : base + "/reason";
            if (e.kind() == ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION) {
                if (e.reason() == null || e.reason().isBlank()) {
                    p.add(new Problem(reason, ProblemCodes.REASON_REQUIRED,
                            "another lawful exception counts only with its reason recorded"));
                } else if (e.reason().length() > SnapshotValidator.MAX_REASON_LENGTH) {
                    p.add(new Problem(reason, ProblemCodes.TOO_LONG, "the reason for another lawful exception must be"
                            + " at most " + SnapshotValidator.MAX_REASON_LENGTH + " characters"));
                }
            } else if (e.reason() != null) {
                p.add(new Problem(reason, ProblemCodes.WITHOUT_VALUE, "only another lawful exception has a reason; "
                        + "this exception's kind says what it covers"));
            }
            if (e.from() != null && e.from().isAfter(asOf)) {
                p.add(new Problem(base + "/from", ProblemCodes.AFTER_AS_OF, "the exception arose after asOf"));
            }
            if (e.from() != null && born != null && e.from().toLocalDate().isBefore(born)) {
                p.add(new Problem(base + "/from", ProblemCodes.BEFORE_BIRTH, "the exception (" + e.from().toLocalDate()
                        + ") is dated before the date of birth"));
            }
            if (e.until() != null && e.from() != null && !e.until().isAfter(e.from())) {
                p.add(new Problem(base + "/until", ProblemCodes.ENDS_BEFORE_START, "the exception ends at or before it"
                        + " arose"));
            }
            if (e.until() != null && e.from() == null) {
                p.add(new Problem(base + "/from", ProblemCodes.REQUIRED, "an exception that ended needs the time it"
                        + " arose"));
            }
        }
    }

    /** The date range every instant must lie in. */
    static void range(List<Problem> p, Consent consent) {
        boolean oneDecision = consent.fitsOneDecisionForm();
        for (int i = 0; i < consent.decisions().size(); i++) {
            ZonedDateTime at = consent.decisions().get(i).at();
            if (!Times.inRange(at)) {
                p.add(new Problem(oneDecision ? "/consent/date" : "/consent/decisions/" + i + "/at",
                        ProblemCodes.OUT_OF_RANGE, "the date must lie " + Times.rangeText()));
            }
        }
        for (int i = 0; i < consent.exceptions().size(); i++) {
            ExceptionToConsent e = consent.exceptions().get(i);
            instantInRange(p, "/consent/exceptions/" + i + "/from", e.from());
            instantInRange(p, "/consent/exceptions/" + i + "/until", e.until());
        }
    }

    private static void instantInRange(List<Problem> p, String pointer, ZonedDateTime t) {
        if (t != null && !Times.inRange(t)) {
            p.add(new Problem(pointer, ProblemCodes.OUT_OF_RANGE, "the date-time must lie " + Times.rangeText()
                    + " (Europe/London)"));
        }
    }
}
