package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.SharingPurpose;
import org.throughcare.core.validation.ProblemCodes;

/** Reads a snapshot's {@code consent}, reporting problems through the document's reader. */
final class ConsentReader {
    static final List<String> CONSENT_FIELDS = List.of("decisions", "exceptions", "status", "date");
    static final List<String> DECISION_FIELDS = List.of("status", "at", "purposes");
    static final List<String> EXCEPTION_FIELDS = List.of("kind", "from", "until", "reason");
    static final List<String> EXCEPTIONS_FIELDS = List.of("riskOfHarm", "requiredAssessment", "restrictionOnBail",
            "otherLawfulException");

    private final DocumentReader r;
    /**
     * Problems of meaning in the one-decision form (a decision without its date, a date without a decision): they
     * are reported with the validator's problems, in field order, as they were before consent became a timeline.
     */
    final List<org.throughcare.core.validation.Problem> meaning = new ArrayList<>();

    ConsentReader(DocumentReader r) {
        this.r = r;
    }

    /**
     * Reads consent in either form: the timeline ({@code decisions} and a list of {@code exceptions}), or the
     * one-decision form of schema 1.0 ({@code status}, {@code date}, and the exceptions as flags).
     */
    Consent consent(JsonNode n, String ptr) {
        if (!r.object(n, ptr)) {
            return null;
        }
        int before = r.problems.mark();
        ConsentStatus status = null;
        LocalDate date = null;
        List<ConsentDecision> decisions = null;
        List<ExceptionToConsent> exceptions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "status" -> status = r.enumValue(v, p, ConsentStatus.class, "consent status");
                case "date" -> date = r.date(v, p);
                case "decisions" -> decisions = decisions(v, p);
                case "exceptions" -> exceptions(v, p, exceptions);
                default -> r.unknown(f.getKey(), p, CONSENT_FIELDS, "consent");
            }
        }
        boolean timeline = n.hasNonNull("decisions");
        if (timeline) {
            for (String legacy : List.of("status", "date")) {
                if (n.hasNonNull(legacy)) {
                    r.add(DocumentReader.child(ptr, legacy), ProblemCodes.AMBIGUOUS, "give the consent decisions as a list (decisions) "
                            + "or as one status and date, not both");
                }
            }
            if (n.path("exceptions").isObject()) {
                r.add(DocumentReader.child(ptr, "exceptions"), ProblemCodes.WRONG_TYPE, "with a list of decisions, give the exceptions "
                        + "as a list too: [{\"kind\": ..., \"from\": ...}]");
            }
        } else {
            r.required(n, ptr, "status", "the consent status (GIVEN, REFUSED, WITHDRAWN or NOT_RECORDED), or a list of"
                    + " decisions");
            if (status == ConsentStatus.NOT_RECORDED && date != null) {
                meaning.add(new org.throughcare.core.validation.Problem(DocumentReader.child(ptr, "date"),
                        ProblemCodes.WITHOUT_VALUE, "a consent date is given but no consent decision is recorded"));
                date = null;
            } else if (status != null && status != ConsentStatus.NOT_RECORDED && date == null && !n.hasNonNull("date")) {
                meaning.add(new org.throughcare.core.validation.Problem(DocumentReader.child(ptr, "date"),
                        ProblemCodes.REQUIRED, "the date consent was " + status.name().toLowerCase() + " is required"));
                status = ConsentStatus.NOT_RECORDED;
            }
        }
        if (r.problems.since(before)) {
            return null;
        }
        if (!timeline) {
            decisions = status == ConsentStatus.NOT_RECORDED ? List.of()
                    : List.of(ConsentDecision.onDay(status, date));
        }
        return new Consent(decisions, exceptions);
    }

    private List<ConsentDecision> decisions(JsonNode n, String ptr) {
        if (!n.isArray()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected a list of consent decisions, got " + DocumentReader.type(n));
            return null;
        }
        List<ConsentDecision> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String p = ptr + "/" + i;
            JsonNode d = n.get(i);
            if (!d.isObject()) {
                r.add(p, ProblemCodes.WRONG_TYPE, "expected a decision {\"status\": ..., \"at\": ...}, got " + DocumentReader.type(d));
                continue;
            }
            int before = r.problems.mark();
            ConsentStatus status = null;
            ZonedDateTime at = null;
            List<SharingPurpose> purposes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String fp = DocumentReader.child(p, f.getKey());
                JsonNode v = f.getValue();
                switch (f.getKey()) {
                    case "status" -> status = r.enumValue(v, fp, ConsentStatus.class, "consent decision");
                    case "at" -> at = r.time(v, fp);
                    case "purposes" -> purposes(v, fp, purposes);
                    default -> r.unknown(f.getKey(), fp, DECISION_FIELDS, "a consent decision");
                }
            }
            r.required(d, p, "status", "GIVEN, REFUSED or WITHDRAWN");
            r.required(d, p, "at", "when the decision was made");
            if (status == ConsentStatus.NOT_RECORDED) {
                r.add(DocumentReader.child(p, "status"), ProblemCodes.UNKNOWN_VALUE, "a decision is GIVEN, REFUSED or WITHDRAWN; with no "
                        + "decision recorded, leave it out");
            }
            if (!r.problems.since(before)) {
                out.add(new ConsentDecision(status, at, purposes));
            }
        }
        return out;
    }

    private void purposes(JsonNode n, String ptr, List<SharingPurpose> out) {
        if (n.isNull()) {
            return;
        }
        if (!n.isArray()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected a list of purposes, got " + DocumentReader.type(n));
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i).isNull()) {
                r.add(ptr + "/" + i, ProblemCodes.WRONG_TYPE, "expected a purpose, got null");
                continue;
            }
            SharingPurpose purpose = r.enumValue(n.get(i), ptr + "/" + i, SharingPurpose.class, "sharing purpose");
            if (purpose != null) {
                out.add(purpose);
            }
        }
    }

    /** Reads exceptions as a list (the timeline) or as flags (the one-decision form: no time recorded). */
    private void exceptions(JsonNode n, String ptr, List<ExceptionToConsent> out) {
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                ExceptionToConsent e = exception(n.get(i), ptr + "/" + i);
                if (e != null) {
                    out.add(e);
                }
            }
            return;
        }
        if (!r.object(n, ptr)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "riskOfHarm" -> flag(r.bool(v, p), ExceptionToConsent.Kind.RISK_OF_HARM, out);
                case "requiredAssessment" -> flag(r.bool(v, p), ExceptionToConsent.Kind.REQUIRED_ASSESSMENT, out);
                case "restrictionOnBail" -> flag(r.bool(v, p), ExceptionToConsent.Kind.RESTRICTION_ON_BAIL, out);
                case "otherLawfulException" -> {
                    String reason = r.string(v, p);
                    if (reason != null) {
                        out.add(new ExceptionToConsent(ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION, null, null,
                                reason));
                    }
                }
                default -> r.unknown(f.getKey(), p, EXCEPTIONS_FIELDS, "consent exceptions");
            }
        }
    }

    private static void flag(boolean on, ExceptionToConsent.Kind kind, List<ExceptionToConsent> out) {
        if (on) {
            out.add(new ExceptionToConsent(kind, null, null, null));
        }
    }

    private ExceptionToConsent exception(JsonNode n, String ptr) {
        if (!n.isObject()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected an exception {\"kind\": ..., \"from\": ...}, got " + DocumentReader.type(n));
            return null;
        }
        int before = r.problems.mark();
        ExceptionToConsent.Kind kind = null;
        ZonedDateTime from = null;
        ZonedDateTime until = null;
        String reason = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "kind" -> kind = r.enumValue(v, p, ExceptionToConsent.Kind.class, "exception");
                case "from" -> from = r.time(v, p);
                case "until" -> until = r.time(v, p);
                case "reason" -> reason = r.string(v, p);
                default -> r.unknown(f.getKey(), p, EXCEPTION_FIELDS, "an exception to consent");
            }
        }
        r.required(n, ptr, "kind", "RISK_OF_HARM, REQUIRED_ASSESSMENT, RESTRICTION_ON_BAIL or OTHER_LAWFUL_EXCEPTION");
        r.required(n, ptr, "from", "when the exception arose");
        return r.problems.since(before) ? null : new ExceptionToConsent(kind, from, until, reason);
    }
}
