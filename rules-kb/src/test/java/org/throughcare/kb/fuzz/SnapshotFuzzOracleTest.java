package org.throughcare.kb.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.kb.fuzz.Mutations.Mutant;
import org.throughcare.kb.fuzz.Mutations.Plan;

/** The fuzz oracle catches what it should, and passes what it should (so that a quiet run means something). */
class SnapshotFuzzOracleTest {

    private static final String INPUT = "{\"id\":\"a\",\"person\":{\"dateOfBirth\":\"1977-07-07\"}}";

    /** @return the checks that fail for a rejection of {@link #INPUT} with these problems and this snapshot id. */
    private static List<String> failingChecks(String snapshotId, Problem... problems) {
        Failures failures = new Failures(1);
        Oracle oracle = new Oracle(null, failures); // the engine is not needed to check a rejection
        Plan plan = new Plan(7, "test", FuzzSeeds.bases().get(0), false, List.of());
        failures.startMutant();
        oracle.checkRejection(new Mutant(plan, INPUT.getBytes(UTF_8), "1977-07-07", null, null),
                new InvalidSnapshotException(snapshotId, List.of(problems)));
        return failures.groups().stream().map(g -> g.check + " | " + g.signature).toList();
    }

    @Test
    @DisplayName("Sound problems pass")
    void soundProblemsPass() {
        assertThat(failingChecks("ex-1",
                new Problem("/custody/status", ProblemCodes.UNKNOWN_VALUE, "not a known custody status"),
                new Problem("/a~0b~1c", ProblemCodes.UNKNOWN_FIELD, "unknown field \"otherLawfulexception\""),
                new Problem("", ProblemCodes.MALFORMED_JSON, "malformed JSON at line 1, column 2"),
                new Problem("/events/0/at", ProblemCodes.BEFORE_BIRTH, "event at 1977-07-07T10:00 is before birth")))
                .isEmpty();
    }

    @Test
    @DisplayName("Bad pointers, field-level problems at \"\", blank and long messages and unknown codes fail")
    void unsoundProblemsFail() {
        assertThat(failingChecks(null,
                new Problem("custody", ProblemCodes.REQUIRED, "x"),
                new Problem("/a~2", ProblemCodes.REQUIRED, "x"),
                new Problem("", ProblemCodes.DUPLICATE_FIELD, "x"),
                new Problem("/id", ProblemCodes.REQUIRED, " "),
                new Problem("/id", "NO_SUCH_CODE", "x"),
                new Problem("/id", ProblemCodes.TOO_LONG, "y".repeat(1000))))
                .anyMatch(c -> c.startsWith("2 pointer is not an RFC 6901 JSON Pointer | REQUIRED"))
                .contains("2 pointer \"\" on a problem that is not about the whole document | DUPLICATE_FIELD",
                        "2 blank message | REQUIRED", "2 unknown problem code | NO_SUCH_CODE")
                .anyMatch(c -> c.startsWith("2 message of 1,000 or more characters | TOO_LONG"));
    }

    @Test
    @DisplayName("Personal data, parser internals and a rejected snapshotId fail")
    void leaksFail() {
        assertThat(failingChecks("Zebedee Quux",
                new Problem("/person/dateOfBirth", ProblemCodes.AFTER_AS_OF, "the date of birth (1977-07-07) is late"),
                new Problem("/id", ProblemCodes.INVALID_ID, "the id \"zebedee quux\" is no pseudonym"),
                new Problem("", ProblemCodes.MALFORMED_JSON, "as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"),
                new Problem("", ProblemCodes.MALFORMED_JSON, "thrown by java.time.DateTimeException here")))
                .contains("5 personal data in a problem message | AFTER_AS_OF echoes the date of birth",
                        "5 personal data in a problem message | INVALID_ID echoes the personal marker \"Zebedee Quux\"",
                        "5 message names parser internals or Java classes | MALFORMED_JSON mentions "
                                + "\"DeserializationFeature\"",
                        "5 message names parser internals or Java classes | MALFORMED_JSON mentions \"java.\"");
        // The exception itself now refuses to carry a rejected id, so the oracle's id check is a second guard.
        assertThat(new InvalidSnapshotException("Zebedee Quux", List.of(new Problem("/id", ProblemCodes.INVALID_ID,
                "x"))).snapshotId()).isNull();
    }

    @Test
    @DisplayName("The helpers know JSON Pointers, UTF-8 and class names")
    void helpers() {
        assertThat(Oracle.isJsonPointer("")).isTrue();
        assertThat(Oracle.isJsonPointer("/")).isTrue();
        assertThat(Oracle.isJsonPointer("/a~0~1/0")).isTrue();
        assertThat(Oracle.isJsonPointer("a")).isFalse();
        assertThat(Oracle.isJsonPointer("/a~")).isFalse();
        assertThat(Oracle.isUtf8(Mutations.concat(Mutations.BOM, "{}".getBytes(UTF_8)))).isTrue();
        assertThat(Oracle.isUtf8(Mutations.bytes('"', 0xC0, 0xAF, '"'))).isFalse();
        assertThat(Oracle.isUtf8(Mutations.bytes('"', 0xF4, 0x90, 0x80, 0x80, '"'))).isFalse();
        assertThat(Oracle.isUtf8(Mutations.bytes('"', 0xED, 0xA0, 0x80, '"'))).isFalse();
        assertThat(Oracle.internalTerm("Unexpected end-of-input in VALUE_STRING")).isEqualTo("VALUE_STRING");
        assertThat(Oracle.internalTerm("from `StreamReadConstraints.getMaxNestingDepth()`"))
                .isEqualTo("StreamReadConstraints");
        assertThat(Oracle.internalTerm("a MismatchedInputException occurred")).isEqualTo("MismatchedInputException");
        assertThat(Oracle.internalTerm("unknown field \"OtherLawfulException\" in consent")).isNull();
        assertThat(Oracle.internalTerm("\"2026-04-31\" is not a date: expected an ISO 8601 calendar date")).isNull();
    }
}
