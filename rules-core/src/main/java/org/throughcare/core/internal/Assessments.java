package org.throughcare.core.internal;

import java.util.List;
import java.util.Map;
import org.throughcare.core.Assessment;
import org.throughcare.core.Citation;
import org.throughcare.core.Criterion;
import org.throughcare.core.fact.Classification;

/** Priorities and eligibility as the decision states them. */
final class Assessments {
    private Assessments() {
    }

    /** @return the priority or eligibility a rule classified, with its criteria in words. */
    static Assessment toAssessment(LoadedRuleSet rs, Outcome<Classification> o) {
        Classification c = o.fact();
        Map<String, String> names = rs.descriptor().criteria() == null ? Map.of() : rs.descriptor().criteria();
        java.util.function.Function<List<String>, List<Criterion>> describe = codes -> {
            if (codes.isEmpty()) {
                return List.of();
            }
            Criterion[] out = new Criterion[codes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Criterion(codes.get(i), names.getOrDefault(codes.get(i), codes.get(i)));
            }
            return List.of(out);
        };
        return new Assessment(c.getCode(), c.getResult(), c.getExplanation(), o.rule().ruleIds(), describe.apply(c.getMet()),
                describe.apply(c.getNotMet()), describe.apply(c.getUndetermined()),
                new Citation(rs.info().title(), o.rule().section()));
    }
}
