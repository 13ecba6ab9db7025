package org.throughcare.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

@DisplayName("CaseloadGenerator with an invalid rate: deliberately invalid lines")
class InvalidLinesTest {

    /** The problem codes the reader may give for each kind of fault; every invalid line must get one of its kind's. */
    private static final Map<Corruption, Set<String>> EXPECTED = new EnumMap<>(Map.of(
            Corruption.MALFORMED_TIME, Set.of(ProblemCodes.MALFORMED_TIME, ProblemCodes.NONEXISTENT_LOCAL_TIME,
                    ProblemCodes.AMBIGUOUS_LOCAL_TIME),
            Corruption.UNKNOWN_FIELD, Set.of(ProblemCodes.UNKNOWN_FIELD),
            Corruption.UNKNOWN_VALUE, Set.of(ProblemCodes.UNKNOWN_VALUE),
            Corruption.AFTER_AS_OF, Set.of(ProblemCodes.AFTER_AS_OF),
            Corruption.TRUNCATED, Set.of(ProblemCodes.MALFORMED_JSON),
            Corruption.DUPLICATE_FIELD, Set.of(ProblemCodes.DUPLICATE_FIELD),
            Corruption.WRONG_TYPE, Set.of(ProblemCodes.WRONG_TYPE),
            Corruption.MISSING_REQUIRED, Set.of(ProblemCodes.REQUIRED),
            Corruption.INCONSISTENT, Set.of(ProblemCodes.REQUIRED, ProblemCodes.WITHOUT_VALUE, ProblemCodes.AMBIGUOUS,
                    ProblemCodes.BEFORE_SENTENCE, ProblemCodes.BEFORE_RECEPTION, ProblemCodes.AFTER_AS_OF,
                    ProblemCodes.INVALID_ID, ProblemCodes.REASON_REQUIRED)));

    private static Optional<List<Problem>> problems(String line) {
        try {
            ThroughcareJson.readSnapshot(line);
            return Optional.empty();
        } catch (InvalidSnapshotException e) {
            return Optional.of(e.problems());
        }
    }

    @Test
    @DisplayName("at a rate of 0.1, about a tenth of 2,000 lines are rejected, exactly those marked invalid")
    void aboutOneInTen() {
        CaseloadGenerator g = new CaseloadGenerator(31, 0.1);
        List<Integer> rejected = new ArrayList<>();
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            if (problems(g.snapshot(i)).isPresent()) {
                rejected.add(i);
            }
            if (g.isInvalid(i)) {
                marked.add(i);
            }
        }

        // 200 expected; 140 to 260 is more than four standard deviations either side
        assertThat(rejected).hasSizeBetween(140, 260);
        assertThat(rejected).isEqualTo(marked);
    }

    @Test
    @DisplayName("at a rate of 1, every line is rejected, every kind of fault occurs and the reader names it")
    void everyKindOfFault() {
        CaseloadGenerator g = new CaseloadGenerator(4, 1.0);
        LineFactory factory = new LineFactory(4, 1.0);
        Set<Corruption> kinds = EnumSet.noneOf(Corruption.class);
        for (int index = 0; index < 600; index++) {
            int i = index;
            String line = g.snapshot(i);
            Corruption kind = factory.fault(i).orElseThrow();
            kinds.add(kind);

            assertThat(line).as("line %d", i).isNotBlank().doesNotContain("\n").doesNotContain("\r");
            List<Problem> problems = problems(line).orElseThrow(() -> new AssertionError(
                    "line " + i + " (" + kind + ") was accepted: " + line));
            assertThat(problems).as("line %d (%s): %s", i, kind, line)
                    .anySatisfy(p -> assertThat(EXPECTED.get(kind)).contains(p.code()));
        }
        assertThat(kinds).containsExactlyInAnyOrder(Corruption.values());
    }

    @Test
    @DisplayName("the invalid rate changes which lines are broken, not what the valid lines say")
    void validLinesUnchanged() {
        CaseloadGenerator clean = new CaseloadGenerator(12);
        CaseloadGenerator faulty = new CaseloadGenerator(12, 0.3);
        int broken = 0;
        for (int i = 0; i < 300; i++) {
            if (faulty.isInvalid(i)) {
                broken++;
                assertThat(faulty.snapshot(i)).isNotEqualTo(clean.snapshot(i));
            } else {
                assertThat(faulty.snapshot(i)).as("line %d", i).isEqualTo(clean.snapshot(i));
            }
        }
        assertThat(broken).isBetween(45, 135);
        assertThat(new CaseloadGenerator(12, 0.3).lines(300).toList()).isEqualTo(faulty.lines(300).toList());
    }

    @Test
    @DisplayName("at the default rate of 0, no line is marked invalid")
    void noneByDefault() {
        CaseloadGenerator g = new CaseloadGenerator(12);
        for (int i = 0; i < 300; i++) {
            assertThat(g.isInvalid(i)).isFalse();
        }
    }
}
