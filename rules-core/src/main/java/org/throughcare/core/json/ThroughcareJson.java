package org.throughcare.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.throughcare.core.Decision;
import org.throughcare.core.Explanation;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The JSON contract: reads snapshots and writes decisions, explanations, problems and snapshots. Every method is
 * static and thread-safe; all share one configured, immutable Jackson mapper per direction.
 *
 * <h2>Reading</h2>
 * {@link #readSnapshot(String)} parses the whole document to a tree first, then walks it and collects every problem
 * (never only the first), each with its JSON Pointer (RFC 6901), a code from {@link ProblemCodes} and a plain-English
 * reason; when the form is valid it also runs {@link SnapshotValidator#validate(Snapshot)}, and when it is not, it
 * still reports every readable date or time that lies after a readable {@code asOf} (the other meaning checks need a
 * well-formed snapshot, so they are reported once the form is put right). Any problem gives one
 * {@link InvalidSnapshotException} listing them all, never a partial snapshot and never a stack trace of the
 * parser. The format is strict: unknown fields are errors (the message names the nearest known field). A JSON
 * {@code null} counts as an absent field. Times are Europe/London local date-times ({@code "2026-04-02T16:00"},
 * seconds optional) or carry an offset ({@code "2026-10-25T01:30+01:00"}); a local time in the autumn fall-back hour
 * or the spring gap must carry an offset. Every date and date-time has a four-digit year and lies from
 * {@link org.throughcare.core.Times#MIN_DATE} to {@link org.throughcare.core.Times#MAX_DATE}. Text is strict UTF-8 on
 * every entry point (a bad byte is an {@link ProblemCodes#INVALID_ENCODING} problem with its line and column); one
 * leading byte-order mark is allowed. No message repeats a rejected or personal value
 * ({@link org.throughcare.core.PersonalData}). Missing determinations mean NOT_DETERMINED, a missing consent
 * NOT_RECORDED, a missing person NOT_RECORDED with no date of birth. Event indices in pointers are the JSON array
 * indices. The published JSON Schemas are {@value #SNAPSHOT_SCHEMA} and {@value #DECISION_SCHEMA} on the class path.
 *
 * <h2>Writing</h2>
 * Output is deterministic: the same value always gives byte-identical text. Instants are ISO offset date-times in
 * Europe/London with seconds ({@code "2026-04-07T09:00:00+01:00"}; {@code +00:00} in winter), dates ISO
 * ({@code "2026-04-07"}); nulls are omitted; properties follow the records' component order; maps are sorted by key;
 * text is pretty-printed with a 2-space indent and {@code "\n"} line endings, and ends with a newline.
 */
public final class ThroughcareJson {

    /** The snapshot schema version this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.1";
    /**
     * The snapshot schema versions this library reads: 1.1 (consent as a timeline, event attributes and movements,
     * the wider vocabularies), and 1.0, every document of which reads the same under 1.1.
     */
    public static final java.util.List<String> READABLE_SCHEMA_VERSIONS = java.util.List.of("1.0", "1.1");
    /** The largest snapshot document accepted, in bytes (1 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The most problems listed for one document; past it a single {@link ProblemCodes#TOO_MANY_PROBLEMS} is added. */
    public static final int MAX_PROBLEMS = 1000;
    /** The class-path resource of the snapshot JSON Schema (draft 2020-12). */
    public static final String SNAPSHOT_SCHEMA = "org/throughcare/core/schema/snapshot.schema.json";
    /** The class-path resource of the decision JSON Schema (draft 2020-12). */
    public static final String DECISION_SCHEMA = "org/throughcare/core/schema/decision.schema.json";

    private ThroughcareJson() {
    }

    /**
     * Reads one snapshot from JSON text.
     *
     * @param json the document
     * @return the snapshot, valid in form and meaning
     * @throws InvalidSnapshotException listing every problem, when the document is not a valid snapshot
     * @throws NullPointerException     if {@code json} is null
     */
    public static Snapshot readSnapshot(String json) {
        return readSnapshot(json, Vocabulary.standard());
    }

    /**
     * Reads one snapshot from JSON text, with a vocabulary of one's own (the standard one extended by
     * {@link Vocabulary#with}).
     *
     * @param json       the document
     * @param vocabulary which determinations the snapshot may state
     * @return the snapshot, valid in form and meaning
     * @throws InvalidSnapshotException listing every problem, when the document is not a valid snapshot
     */
    public static Snapshot readSnapshot(String json, Vocabulary vocabulary) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (json.length() > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        TextDecoding.Decoded d = TextDecoding.check(json);
        if (d.problem() != null) {
            throw new InvalidSnapshotException(null, List.of(d.problem()));
        }
        // the byte limit holds whichever entry point is used: count the UTF-8 bytes without building them
        if (utf8Length(d.text()) > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return read(d.text(), vocabulary);
    }

    /**
     * Reads one snapshot from a UTF-8 stream, reading at most {@link #MAX_DOCUMENT_BYTES} + 1 bytes. The stream is
     * not closed.
     *
     * @param in the document
     * @return the snapshot, valid in form and meaning
     * @throws InvalidSnapshotException listing every problem, when the document is not a valid snapshot
     * @throws UncheckedIOException     when the stream cannot be read (not user error)
     * @throws NullPointerException     if {@code in} is null
     */
    public static Snapshot readSnapshot(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot document", e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return readSnapshot(bytes, 0, bytes.length);
    }

    /**
     * Reads one snapshot from UTF-8 bytes (strict: a byte that is not UTF-8 is a problem naming its line and column;
     * one leading byte-order mark is dropped).
     *
     * @param bytes  the buffer
     * @param offset where the document starts
     * @param length the document's length in bytes
     * @return the snapshot, valid in form and meaning
     * @throws InvalidSnapshotException listing every problem, when the document is not a valid snapshot
     */
    public static Snapshot readSnapshot(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        Problem[] bad = new Problem[1];
        int start = TextDecoding.validate(bytes, offset, length, p -> bad[0] = p);
        if (start < 0) {
            throw new InvalidSnapshotException(null, List.of(bad[0]));
        }
        JsonNode root;
        try {
            root = JsonFormat.READER.readTree(bytes, start, offset + length - start);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(null, List.of(ParseErrors.describe(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e); // no I/O happens here
        }
        return read(root, Vocabulary.standard());
    }

    /**
     * Writes a decision in the form described by the decision JSON Schema ({@value #DECISION_SCHEMA}).
     *
     * @param decision the decision
     * @return pretty-printed JSON ending in a newline
     */
    public static String writeDecision(Decision decision) {
        return JsonFormat.write(Objects.requireNonNull(decision, "decision"));
    }

    /**
     * Writes an explanation: {@code {"decision": {...}, "fired": [{"ruleSet", "rule", "ruleIds", "section",
     * "matched", "produced"}...]}}, the decision as {@link #writeDecision(Decision)} writes it.
     *
     * @param explanation the explanation
     * @return pretty-printed JSON ending in a newline
     */
    public static String writeExplanation(Explanation explanation) {
        return JsonFormat.write(Objects.requireNonNull(explanation, "explanation"));
    }

    /**
     * Writes the problems of a rejected snapshot: {@code {"snapshotId": ..., "problems": [{"pointer", "code",
     * "message"}...]}}; {@code snapshotId} is left out when null.
     *
     * @param snapshotId the snapshot's id, or null when it could not be read
     * @param problems   the problems, written in the order given
     * @return pretty-printed JSON ending in a newline
     */
    public static String writeProblems(String snapshotId, List<Problem> problems) {
        return JsonFormat.write(new ProblemReport(snapshotId, List.copyOf(problems)));
    }

    /**
     * Writes one result of a JSON Lines batch on one line, without a line end: {@code {"line": N, "outcome":
     * "DECIDED"|"REJECTED"|"BLANK"|"FAILED", "snapshotId": ..., "decision": {...}}}, with {@code "problems": [...]}
     * in place of the decision for a rejected line, {@code "error"} (the kind of internal failure) for a failed one,
     * and neither for a blank line. {@code snapshotId} is left out when unknown. The decision is written as
     * {@link #writeDecision(Decision)} writes it, on one line.
     *
     * @param result the result of one line
     * @return one line of JSON
     */
    public static String writeLineResult(org.throughcare.core.batch.LineResult result) {
        Objects.requireNonNull(result, "result");
        return JsonFormat.writeCompact(new LineReport(result.line(), result.outcome().name(), result.snapshotId(),
                result.decision(), result.problems().isEmpty() ? null : result.problems(), result.error()));
    }

    /** The written form of {@link #writeLineResult}. */
    record LineReport(long line, String outcome, String snapshotId, Decision decision, List<Problem> problems,
                      String error) {
    }

    /**
     * Writes a snapshot in the input format, with {@code schemaVersion} and every instant with its offset, so that
     * {@link #readSnapshot(String)} reads it back to an equal snapshot. Fields holding defaults are left out.
     *
     * <p>The reader accepts at most {@link #MAX_DOCUMENT_BYTES}; a snapshot whose pretty-printed form would be larger
     * is written compact, and one too large even then is refused, so that what is written can always be read.
     *
     * @param snapshot the snapshot
     * @return pretty-printed (or, for a very long history, compact) JSON ending in a newline
     * @throws IllegalArgumentException when even the compact form is larger than {@link #MAX_DOCUMENT_BYTES}
     */
    public static String writeSnapshot(Snapshot snapshot) {
        var tree = SnapshotWriter.tree(Objects.requireNonNull(snapshot, "snapshot"));
        String pretty = JsonFormat.write(tree);
        if (utf8Length(pretty) <= MAX_DOCUMENT_BYTES) {
            return pretty;
        }
        String compact = JsonFormat.writeCompact(tree) + "\n";
        long bytes = utf8Length(compact);
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("the snapshot's JSON would be " + bytes + " bytes, more than the "
                    + MAX_DOCUMENT_BYTES + " a snapshot document may hold (its " + snapshot.events().size()
                    + " events are too many to write as one document)");
        }
        return compact;
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /**
     * The snapshot JSON Schema for a vocabulary: the published schema ({@value #SNAPSHOT_SCHEMA}) with its
     * {@code determinations} listing exactly the vocabulary's entries. For {@link Vocabulary#standard()} it equals
     * the published file.
     *
     * @param vocabulary the vocabulary
     * @return the schema, pretty-printed
     */
    public static String snapshotSchema(Vocabulary vocabulary) {
        return JsonFormat.write(SnapshotSchema.generate(Objects.requireNonNull(vocabulary, "vocabulary")));
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** Parses decoded text (one rule for every entry point: see {@link TextDecoding}) and reads the snapshot. */
    private static Snapshot read(String text, Vocabulary vocabulary) {
        JsonNode root;
        try {
            root = JsonFormat.READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(null, List.of(ParseErrors.describe(e)));
        }
        return read(root, vocabulary);
    }

    private static Snapshot read(JsonNode root, Vocabulary vocabulary) {
        if (root == null || root.isMissingNode()) {
            throw new InvalidSnapshotException(null, List.of(new Problem("", ProblemCodes.MALFORMED_JSON,
                    "the document is empty: expected a JSON object")));
        }
        SnapshotReader reader = new SnapshotReader(vocabulary);
        Snapshot s = reader.read(root);
        if (s == null) {
            throw new InvalidSnapshotException(reader.id(), reader.problems());
        }
        return s;
    }

    /** The written form of {@link #writeProblems(String, List)}. */
    record ProblemReport(String snapshotId, List<Problem> problems) {
    }

    private static InvalidSnapshotException tooLarge() {
        return new InvalidSnapshotException(null, List.of(new Problem("", ProblemCodes.TOO_LARGE,
                "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes (1 MiB); one snapshot is far smaller")));
    }
}
