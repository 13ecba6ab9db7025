package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Assessment;
import org.throughcare.core.Citation;
import org.throughcare.core.Criterion;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.Classification;

/** Priorities and eligibility as the decision states them. */
final class Assessments {
    private Assessments() {
    }

    /** @return the priority or eligibility a rule classified, with its criteria in words. */
    static Assessment toAssessment(LoadedRuleSet rs, Outcome<Classification> o) {
        Classification c = o.fact();
        Map<String, String> names = rs.descriptor().criteria() == null ? Map.of() : rs.descriptor().criteria();
        java.util.function.Function<List<String>, List<Criterion>> describe = codes -> codes.stream()
                .map(k -> new Criterion(k, names.getOrDefault(k, k))).toList();
        return new Assessment(c.getCode(), c.getResult(), c.getExplanation(), o.rule().ruleIds(), describe.apply(c.getMet()),
                describe.apply(c.getNotMet()), describe.apply(c.getUndetermined()),
                new Citation(rs.info().title(), o.rule().section()));
    }

    /** @return whether the rule set applies to this person: its jurisdiction and its date in force. */
    static Assessment guidanceApplies(LoadedRuleSet rs, Snapshot s, ZonedDateTime reference, boolean inForce) {
        Criterion jurisdiction = new Criterion("JURISDICTION_" + s.jurisdiction(),
                "The prison is in a jurisdiction the rule set covers: " + rs.info().jurisdictions().stream()
                        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        Criterion dated = new Criterion("IN_FORCE", "The guidance was in force on " + reference.toLocalDate()
                + " (" + (s.custody().received() ? "reception" : "snapshot date") + "); it applies from "
                + rs.info().effectiveFrom());
        return new Assessment("GUIDANCE_APPLIES:" + rs.info().id(), inForce ? "APPLIES" : "NOT_IN_FORCE",
                inForce ? "The " + rs.info().id() + " rule set applies to this person."
                        : "The " + rs.info().id() + " rule set was not yet in force for this custody period.",
                List.of(), inForce ? List.of(jurisdiction, dated) : List.of(jurisdiction),
                inForce ? List.of() : List.of(dated), List.of(), new Citation(rs.info().title(), "effective date"));
    }
}
