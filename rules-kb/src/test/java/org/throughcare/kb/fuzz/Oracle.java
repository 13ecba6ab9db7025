package org.throughcare.kb.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.core.Decision;
import org.throughcare.core.Snapshot;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.json.ThroughcareJson;
import org.throughcare.core.validation.InvalidSnapshotException;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.kb.fuzz.Mutations.Mutant;
import org.throughcare.kb.fuzz.Mutations.Plan;

/**
 * The properties every mutant must have. Each violated property is recorded in {@link Failures} under a check name
 * (numbered as in the suite's contract), a signature (the exception and where it was thrown, the problem code, the
 * schema keyword...) and the mutant's kind; nothing stops the run.
 *
 * <ol>
 *   <li>Both entry points give a snapshot or {@link InvalidSnapshotException}, nothing else; so does the engine on an
 *       accepted snapshot. {@code readSnapshot(String)} is given {@code new String(bytes, UTF_8)}, which replaces
 *       bytes that are not UTF-8 with U+FFFD, while {@code readSnapshot(InputStream)} sees the bytes themselves: so
 *       the two must agree only when the bytes are valid UTF-8, and the stream must reject bytes that are not.</li>
 *   <li>Every problem has a known code, an RFC 6901 pointer that is "" only for {@link #DOCUMENT_LEVEL_CODES}
 *       (or WRONG_TYPE of a root that is not an object), and a non-blank message under 1,000 characters; a duplicate
 *       key is reported as DUPLICATE_FIELD at the duplicated member.</li>
 *   <li>Every decision validates against the decision schema; every accepted document against the snapshot schema.</li>
 *   <li>Read, writeSnapshot, read gives an equal snapshot and byte-identical decision JSON.</li>
 *   <li>No personal value (the date of birth as written in the input, the free text, the injected "Zebedee Quux"
 *       markers, the huge string) appears in a problem, the exception's message or toString, or the decision JSON;
 *       the exception's snapshotId is null or a valid, unrejected pseudonymous id; no message names parser
 *       internals ({@link #INTERNAL_TERMS}, which add Jackson's token names such as VALUE_STRING) or a Java class.</li>
 * </ol>
 */
final class Oracle {

    /**
     * The problem codes that describe the whole document and so may (and do) carry the empty pointer "". WRONG_TYPE
     * is document-level too, but only when the root itself is not an object (checked separately). No other code is
     * document-level: a problem with any other code must point at the field it is about.
     */
    static final Set<String> DOCUMENT_LEVEL_CODES = Set.of(ProblemCodes.MALFORMED_JSON, ProblemCodes.TOO_LARGE,
            ProblemCodes.TOO_MANY_PROBLEMS,
            // text that is not UTF-8 cannot be parsed, so there is no field to point at: the message gives line and column
            ProblemCodes.INVALID_ENCODING);

    /** Words that name the parser's internals; no message shown to a user may contain them. */
    static final List<String> INTERNAL_TERMS = List.of("DeserializationFeature", "StreamReadConstraints",
            "StreamReadFeature", "JsonReadFeature", "com.fasterxml", "JsonNode", "JsonParser", "JsonToken",
            "JsonFactory", "jackson", "Jackson", "java.", "javax.", "org.throughcare", "Feature '", "START_OBJECT",
            "END_OBJECT", "START_ARRAY", "END_ARRAY", "FIELD_NAME", "VALUE_STRING", "VALUE_NUMBER_INT",
            "VALUE_NUMBER_FLOAT", "VALUE_TRUE", "VALUE_FALSE", "VALUE_NULL", "VALUE_EMBEDDED_OBJECT", "NOT_AVAILABLE");
    /** A Java class name: qualified (java.time.DateTimeException) or a typical simple one (MismatchedInputException). */
    static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]+"
            + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error|Feature|Constraints|Parser|Node|Canonicalizer|Context|Bootstrapper)\\b");
    /** A pseudonymous id, as the snapshot schema and the validator define it. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    /** Long enough for the longest closed list (the event types) with a hint; far shorter than any echoed input. */
    static final int MAX_MESSAGE_CHARS = 1000;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ThroughcareEngine engine;
    private final Failures failures;
    private final JsonSchema snapshotSchema;
    private final JsonSchema decisionSchema;
    /** Nanoseconds spent reading (both entry points), evaluating, validating against the schemas, round-tripping. */
    final long[] phaseNanos = new long[4];
    static final List<String> PHASES = List.of("read", "engine", "schemas", "round trip");

    Oracle(ThroughcareEngine engine, Failures failures) {
        this.engine = engine;
        this.failures = failures;
        this.snapshotSchema = schema(ThroughcareJson.SNAPSHOT_SCHEMA);
        this.decisionSchema = schema(ThroughcareJson.DECISION_SCHEMA);
    }

    static JsonNode schemaTree(String resource) {
        try (InputStream in = ThroughcareJson.class.getClassLoader().getResourceAsStream(resource)) {
            return PLAIN.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree(resource),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** What one entry point made of the mutant. */
    record Outcome(String entry, Snapshot snapshot, InvalidSnapshotException rejected, Throwable threw) {
        String state() {
            return snapshot != null ? "accepted" : rejected != null ? "rejected " + codes(rejected.problems(), 3)
                    : "threw " + threw.getClass().getSimpleName();
        }
    }

    /** What the checks need about one mutant. */
    private record Ctx(Mutant m, Plan plan, String text, String dob) {
    }

    // ============================================================================================ entry

    /** @return what readSnapshot(InputStream) makes of {@code bytes}: "accepted", "rejected [codes]" or "threw X". */
    static String streamOutcome(byte[] bytes) {
        return read("readSnapshot(InputStream)", () -> ThroughcareJson.readSnapshot(new ByteArrayInputStream(bytes)))
                .state();
    }

    /**
     * Runs every check on one mutant.
     *
     * @return what readSnapshot(InputStream) made of it (see {@link #streamOutcome(byte[])})
     */
    String check(Mutant m) {
        byte[] bytes = m.bytes();
        boolean utf8 = isUtf8(bytes);
        String text = new String(bytes, UTF_8);
        Ctx c = new Ctx(m, m.plan(), text, dateOfBirth(m, text));
        long t0 = System.nanoTime();
        Outcome str = read("readSnapshot(String)", () -> ThroughcareJson.readSnapshot(text));
        Outcome in = read("readSnapshot(InputStream)", () -> ThroughcareJson.readSnapshot(new ByteArrayInputStream(bytes)));
        phaseNanos[0] += System.nanoTime() - t0;
        for (Outcome o : List.of(str, in)) {
            if (o.threw() != null) {
                fail(c, "1 reader threw something other than InvalidSnapshotException (" + o.entry() + ")",
                        signature(o.threw()), trace(o.threw()));
            } else if (o.rejected() != null) {
                rejected(c, o.entry(), o.rejected());
            }
        }
        if (utf8) {
            agreement(c, str, in);
        } else if (in.snapshot() != null) {
            fail(c, "5 readSnapshot(InputStream) accepted bytes that are not valid UTF-8",
                    m.badLabel() != null ? m.badLabel() : "invalid UTF-8", "accepted; the String entry point "
                            + str.state() + " (it reads the bytes decoded with U+FFFD replacement)");
        }
        if (m.expectDuplicateAt() != null && c.plan().ops().size() == 1) {
            duplicate(c, str);
            duplicate(c, in);
        }
        if (str.snapshot() != null) {
            accepted(c, str, true);
        }
        if (in.snapshot() != null && !(str.snapshot() != null && str.snapshot().equals(in.snapshot()))) {
            // bytes that are not UTF-8 have no "original text" to hold against the schema (reported above)
            accepted(c, in, utf8);
        }
        return in.state();
    }

    private static Outcome read(String entry, Supplier<Snapshot> reader) {
        try {
            return new Outcome(entry, reader.get(), null, null);
        } catch (InvalidSnapshotException e) {
            return new Outcome(entry, null, e, null);
        } catch (Throwable t) { // the property under test is that nothing else escapes (StackOverflowError too)
            return new Outcome(entry, null, null, t);
        }
    }

    /** Runs the checks of a rejection on its own (for the oracle's own tests). */
    void checkRejection(Mutant m, InvalidSnapshotException e) {
        String text = new String(m.bytes(), UTF_8);
        rejected(new Ctx(m, m.plan(), text, dateOfBirth(m, text)), "test", e);
    }

    // ============================================================================================ rejections

    private void rejected(Ctx c, String entry, InvalidSnapshotException e) {
        List<String> leakedInProblems = new ArrayList<>();
        for (Problem p : e.problems()) {
            String code = p.code();
            if (!ProblemCodes.ALL.contains(code)) {
                fail(c, "2 unknown problem code", code, p.toString());
            }
            if (!isJsonPointer(p.pointer())) {
                fail(c, "2 pointer is not an RFC 6901 JSON Pointer", code, "pointer \"" + p.pointer() + "\" in " + p);
            }
            if (p.pointer().isEmpty() && !DOCUMENT_LEVEL_CODES.contains(code)
                    && !(code.equals(ProblemCodes.WRONG_TYPE) && !rootIsObject(c.text()))
                    // a field name too long to repeat is reported at its object, here the root: the whole document
                    && !(code.equals(ProblemCodes.UNKNOWN_FIELD) && p.message().contains("characters long"))) {
                fail(c, "2 pointer \"\" on a problem that is not about the whole document", code, p.toString());
            }
            String msg = p.message();
            if (msg == null || msg.isBlank()) {
                fail(c, "2 blank message", code, p.pointer());
                continue;
            }
            if (msg.length() >= MAX_MESSAGE_CHARS) {
                fail(c, "2 message of 1,000 or more characters", code + (echoesLongInput(msg) ? " echoes a long input value"
                        : " at " + pointerShape(p.pointer()) + " without echoing a long input value"),
                        msg.length() + " chars at " + abbreviate(p.pointer()) + ": " + msg);
            }
            String internal = internalTerm(msg);
            if (internal != null) {
                fail(c, "5 message names parser internals or Java classes", code + " mentions \"" + internal + "\"", msg);
            }
            for (String leak : leaks(c, msg)) {
                leakedInProblems.add(leak);
                fail(c, "5 personal data in a problem message", code + " echoes the " + leak, p.toString());
            }
            if (leaks(c, msg).isEmpty()) {
                for (String leak : leaks(c, p.toString())) {
                    leakedInProblems.add(leak);
                    fail(c, "5 personal data in Problem.toString() (the pointer)", code + " pointer holds the " + leak,
                            p.toString());
                }
            }
        }
        for (String where : List.of("getMessage()", "toString()")) {
            String s = where.equals("toString()") ? e.toString() : e.getMessage();
            for (String leak : leaks(c, s == null ? "" : s)) {
                if (!leakedInProblems.contains(leak)) {
                    fail(c, "5 personal data in InvalidSnapshotException." + where, "the " + leak
                            + " outside any problem (the summary line)", firstLine(s));
                }
            }
        }
        String id = e.snapshotId();
        if (id != null) {
            List<Problem> idProblems = e.problems().stream().filter(p -> p.pointer().equals("/id")).toList();
            if (!idProblems.isEmpty() || id.length() > 128 || !ID.matcher(id).matches()) {
                fail(c, "5 snapshotId of the exception is a rejected value",
                        idProblems.isEmpty() ? "not a pseudonymous id, and no /id problem listed (other problems "
                                + "stopped validation)" : "id rejected with " + codes(idProblems, 2),
                        entry + ": snapshotId \"" + abbreviate(id) + "\" (" + id.length() + " chars)");
            }
        }
    }

    private void duplicate(Ctx c, Outcome o) {
        String expected = c.m().expectDuplicateAt();
        if (o.snapshot() != null) {
            fail(c, "2 duplicate key accepted", o.entry(), "the member " + expected + " was given twice");
            return;
        }
        if (o.rejected() == null) {
            return;
        }
        List<Problem> dups = o.rejected().problems().stream().filter(p -> p.code().equals(ProblemCodes.DUPLICATE_FIELD))
                .toList();
        if (dups.isEmpty()) {
            fail(c, "2 duplicate key not reported as DUPLICATE_FIELD", o.entry(), "expected DUPLICATE_FIELD at "
                    + expected + ", got " + o.rejected().problems());
        } else if (dups.stream().noneMatch(p -> p.pointer().equals(expected))) {
            String got = dups.get(0).pointer();
            String how = got.isEmpty() ? "is \"\"" : expected.startsWith(got + "/") ? "names the enclosing object"
                    : "names another field";
            fail(c, "2 DUPLICATE_FIELD pointer does not name the duplicated field", "the pointer " + how,
                    "expected " + expected + ", got \"" + got + "\": " + dups.get(0).message());
        }
    }

    // ============================================================================================ agreement

    private void agreement(Ctx c, Outcome str, Outcome in) {
        if (str.threw() != null || in.threw() != null) {
            return; // reported already
        }
        boolean sa = str.snapshot() != null;
        boolean ia = in.snapshot() != null;
        if (sa != ia) {
            fail(c, "1 readSnapshot(String) and readSnapshot(InputStream) disagree on valid UTF-8",
                    "String " + (sa ? "accepts" : "rejects") + ", InputStream " + (ia ? "accepts" : "rejects"),
                    "String: " + str.state() + "; InputStream: " + in.state()
                            + (sa ? "" : "; String problems: " + abbreviate(str.rejected().problems().toString()))
                            + (ia ? "" : "; InputStream problems: " + abbreviate(in.rejected().problems().toString())));
        } else if (sa) {
            if (!str.snapshot().equals(in.snapshot())) {
                fail(c, "1 readSnapshot(String) and readSnapshot(InputStream) read different snapshots",
                        difference(str.snapshot(), in.snapshot()), "");
            }
        } else {
            List<String> a = str.rejected().problems().stream().map(p -> p.pointer() + " " + p.code()).toList();
            List<String> b = in.rejected().problems().stream().map(p -> p.pointer() + " " + p.code()).toList();
            if (!a.equals(b)) {
                fail(c, "1 readSnapshot(String) and readSnapshot(InputStream) report different problems",
                        "String " + problemKind(str.rejected()) + ", InputStream " + problemKind(in.rejected()),
                        "String: " + abbreviate(a.toString()) + "; InputStream: " + abbreviate(b.toString()));
            }
        }
    }

    // ============================================================================================ acceptance

    private void accepted(Ctx c, Outcome o, boolean checkInputSchema) {
        Snapshot s = o.snapshot();
        String tag = " (" + o.entry() + ")";
        long t0 = System.nanoTime();
        String decisionJson = decide(c, s, "1 evaluating an accepted snapshot", tag);
        long t1 = System.nanoTime();
        phaseNanos[1] += t1 - t0;
        if (decisionJson != null) {
            try {
                List<ValidationMessage> complaints = sorted(decisionSchema.validate(PLAIN.readTree(decisionJson)));
                if (!complaints.isEmpty()) {
                    fail(c, "3 decision does not validate against the decision schema", schemaSignature(complaints.get(0)),
                            complaints.stream().map(ValidationMessage::getMessage).limit(3).toList().toString());
                }
            } catch (IOException e) {
                fail(c, "3 decision JSON is not JSON", e.getClass().getSimpleName(), e.getMessage());
            }
            for (String leak : leaks(c, decisionJson)) {
                fail(c, "5 personal data in the decision JSON", "the " + leak, "");
            }
        }
        String input = c.text().startsWith("\uFEFF") ? c.text().substring(1) : c.text();
        try {
            if (!checkInputSchema) {
                throw new SkipSchema();
            }
            List<ValidationMessage> complaints = sorted(snapshotSchema.validate(PLAIN.readTree(input)));
            if (!complaints.isEmpty()) {
                fail(c, "3 accepted snapshot does not validate against the snapshot schema",
                        schemaSignature(complaints.get(0)),
                        o.entry() + ": " + complaints.stream().map(ValidationMessage::getMessage).limit(3).toList());
            }
        } catch (SkipSchema e) {
            // nothing to check
        } catch (IOException | RuntimeException e) {
            fail(c, "3 accepted document is not JSON (after one leading BOM)" + tag, e.getClass().getSimpleName(),
                    firstLine(e.getMessage()));
        }
        long t2 = System.nanoTime();
        phaseNanos[2] += t2 - t1;
        roundTrip(c, s, decisionJson, tag);
        phaseNanos[3] += System.nanoTime() - t2;
    }

    /** @return the decision JSON, or null after recording why there is none. */
    private String decide(Ctx c, Snapshot s, String what, String tag) {
        Decision d;
        try {
            d = engine.evaluate(s);
        } catch (InvalidSnapshotException e) {
            fail(c, what + ": the engine rejects what the reader accepted", codes(e.problems(), 2), e.getMessage());
            return null;
        } catch (Throwable t) { // anything else is a finding
            fail(c, what + ": engine.evaluate threw" + tag, signature(t), trace(t));
            return null;
        }
        try {
            return ThroughcareJson.writeDecision(d);
        } catch (Throwable t) { // anything else is a finding
            fail(c, what + ": writeDecision threw" + tag, signature(t), trace(t));
            return null;
        }
    }

    private void roundTrip(Ctx c, Snapshot s, String decisionJson, String tag) {
        String written;
        try {
            written = ThroughcareJson.writeSnapshot(s);
        } catch (Throwable t) { // anything else is a finding
            fail(c, "4 writeSnapshot threw" + tag, signature(t), trace(t));
            return;
        }
        Snapshot again;
        try {
            again = ThroughcareJson.readSnapshot(written);
        } catch (InvalidSnapshotException e) {
            fail(c, "4 the written snapshot is rejected when read back", codes(e.problems(), 2),
                    abbreviate(e.problems().toString()));
            return;
        } catch (Throwable t) { // anything else is a finding
            fail(c, "4 reading the written snapshot threw", signature(t), trace(t));
            return;
        }
        if (!s.equals(again)) {
            fail(c, "4 read, write, read changes the snapshot", difference(s, again), differenceDetail(s, again));
        }
        if (decisionJson != null) {
            String second = decide(c, again, "4 evaluating the re-read snapshot", tag);
            if (second != null && !second.equals(decisionJson)) {
                fail(c, "4 decision JSON changes after write and read", "decision JSON differs",
                        firstDifferentLine(decisionJson, second));
            }
        }
    }

    // ============================================================================================ personal data

    /** @return the date of birth of the mutant when it appears exactly once in the input text, else null. */
    private static String dateOfBirth(Mutant m, String text) {
        String dob = m.dateOfBirth();
        if (dob == null || dob.strip().length() < 6) {
            return null;
        }
        int first = text.indexOf(dob);
        return first >= 0 && text.indexOf(dob, first + 1) < 0 ? dob : null;
    }

    /** @return which personal values {@code s} contains: "personal marker" (Zebedee Quux...), "date of birth". */
    private static List<String> leaks(Ctx c, String s) {
        List<String> out = new ArrayList<>(2);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String marker : Mutations.PERSONAL_MARKERS) {
            if (lower.contains(marker)) {
                out.add("personal marker \"" + Mutations.NAME + "\"");
                break;
            }
        }
        if (c.dob() != null) {
            // The library's date range is a constant of the format: a date of birth on its first or last day is not
            // echoed by a message that states the range.
            s = s.replace(org.throughcare.core.Times.rangeText(), "");
            // An occurrence followed by "T" is an instant of some other field that falls on that day: not the DOB.
            for (int i = s.indexOf(c.dob()); i >= 0; i = s.indexOf(c.dob(), i + 1)) {
                int after = i + c.dob().length();
                if (after >= s.length() || s.charAt(after) != 'T') {
                    out.add("date of birth");
                    break;
                }
            }
        }
        return out;
    }

    // ============================================================================================ helpers

    private static final class SkipSchema extends Exception {
        private static final long serialVersionUID = 1L;

        SkipSchema() {
            super(null, null, false, false);
        }
    }

    private void fail(Ctx c, String check, String signature, String detail) {
        failures.add(check, signature, c.plan(), detail);
    }

    static boolean isUtf8(byte[] b) {
        try {
            UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** RFC 6901: "" or a sequence of "/" + reference tokens, where "~" appears only as "~0" or "~1". */
    static boolean isJsonPointer(String p) {
        if (p.isEmpty()) {
            return true;
        }
        if (p.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == '~' && (i + 1 >= p.length() || (p.charAt(i + 1) != '0' && p.charAt(i + 1) != '1'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean rootIsObject(String text) {
        try {
            return PLAIN.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).isObject();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String internalTerm(String msg) {
        for (String t : INTERNAL_TERMS) {
            if (msg.contains(t)) {
                return t;
            }
        }
        // Quoted text is the input echoed back (a field name such as "otherLawfulException" is no class name)
        String unquoted = (msg.length() > 5000 ? msg.substring(0, 5000) : msg).replaceAll("\"[^\"]*\"", "\"\"");
        Matcher m = CLASS_NAME.matcher(unquoted);
        return m.find() ? m.group() : null;
    }

    static String signature(Throwable t) {
        return t.getClass().getName() + " at " + topFrame(t);
    }

    private static String topFrame(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith("org.throughcare.") && !e.getClassName().startsWith("org.throughcare.kb.fuzz")) {
                return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return st.length == 0 ? "?" : st[0].getClassName() + "." + st[0].getMethodName();
    }

    static String trace(Throwable t) {
        StringBuilder sb = new StringBuilder(firstLine(String.valueOf(t)));
        StackTraceElement[] st = t.getStackTrace();
        int shown = 0;
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith("org.throughcare.kb.fuzz")) {
                break;
            }
            if (shown++ < 6) {
                sb.append("\n  at ").append(e);
            }
        }
        return sb.toString();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "null";
        }
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    static String abbreviate(String s) {
        return Failures.abbreviate(s, 300);
    }

    /** @return "MALFORMED_JSON" when the document could not be parsed, else "problems with fields". */
    private static String problemKind(InvalidSnapshotException e) {
        return e.problems().stream().anyMatch(p -> p.code().equals(ProblemCodes.MALFORMED_JSON)) ? "MALFORMED_JSON"
                : "problems with fields";
    }

    static String codes(Collection<Problem> problems, int max) {
        List<String> codes = problems.stream().map(Problem::code).distinct().toList();
        return codes.size() <= max ? codes.toString() : codes.subList(0, max) + "+" + (codes.size() - max);
    }

    private static List<ValidationMessage> sorted(Collection<ValidationMessage> m) {
        return m.stream().sorted(Comparator.comparing(v -> v.getInstanceLocation() + " " + v.getType())).toList();
    }

    private static String schemaSignature(ValidationMessage m) {
        String where = String.valueOf(m.getInstanceLocation()).replaceAll("\\[\\d+]", "[*]").replaceAll("/\\d+", "/*");
        return where + ": " + m.getType();
    }

    /** @return the path of the first record component where {@code a} and {@code b} differ, e.g. "events[*].at". */
    static String difference(Object a, Object b) {
        return differencePath(a, b, "");
    }

    private static String differencePath(Object a, Object b, String path) {
        if (Objects.equals(a, b)) {
            return null;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                try {
                    Object x = rc.getAccessor().invoke(a);
                    Object y = rc.getAccessor().invoke(b);
                    String p = differencePath(x, y, path.isEmpty() ? rc.getName() : path + "." + rc.getName());
                    if (p != null) {
                        return p;
                    }
                } catch (ReflectiveOperationException e) {
                    return path + "?";
                }
            }
        }
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                String p = differencePath(x.get(i), y.get(i), path + "[*]");
                if (p != null) {
                    return p;
                }
            }
        }
        return path;
    }

    private static String differenceDetail(Object a, Object b) {
        String p = difference(a, b);
        Object x = a;
        Object y = b;
        // walk down to the differing values for the detail
        for (String part : p.split("\\.")) {
            String name = part.replace("[*]", "");
            x = component(x, name);
            y = component(y, name);
            if (part.endsWith("[*]") && x instanceof List<?> lx && y instanceof List<?> ly) {
                for (int i = 0; i < lx.size(); i++) {
                    if (!Objects.equals(lx.get(i), ly.get(i))) {
                        x = lx.get(i);
                        y = ly.get(i);
                        break;
                    }
                }
            }
        }
        return "read: " + abbreviate(String.valueOf(x)) + ", after write and read: " + abbreviate(String.valueOf(y));
    }

    private static Object component(Object o, String name) {
        if (o == null || !o.getClass().isRecord()) {
            return o;
        }
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return rc.getAccessor().invoke(o);
                } catch (ReflectiveOperationException e) {
                    return o;
                }
            }
        }
        return o;
    }

    private static String firstDifferentLine(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "first difference at character " + i + ": ..." + a.substring(from, Math.min(a.length(), i + 60))
                + "... vs ..." + b.substring(from, Math.min(b.length(), i + 60)) + "...";
    }

    /** @return the pointer with array indices as "*" and long or unknown-looking tokens shortened. */
    static String pointerShape(String p) {
        StringBuilder sb = new StringBuilder();
        for (String t : p.split("/", -1)) {
            if (sb.length() > 0 || !t.isEmpty()) {
                sb.append('/');
            }
            sb.append(t.chars().allMatch(Character::isDigit) && !t.isEmpty() ? "*" : t.length() > 30 ? "<long name>" : t);
        }
        return p.isEmpty() ? "\"\"" : sb.toString();
    }

    /** @return whether the message holds a long run of one character or of the huge string's words. */
    static boolean echoesLongInput(String msg) {
        if (msg.toLowerCase(Locale.ROOT).contains("zebedee quux zebedee quux")) {
            return true;
        }
        int run = 1;
        for (int i = 1; i < msg.length(); i++) {
            run = msg.charAt(i) == msg.charAt(i - 1) ? run + 1 : 1;
            if (run >= 50) {
                return true;
            }
        }
        return false;
    }
}
