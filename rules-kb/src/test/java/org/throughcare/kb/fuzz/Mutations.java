package org.throughcare.kb.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Times;
import org.throughcare.kb.fuzz.FuzzSeeds.Base;

/**
 * The mutation catalogue: named kinds of mutation, applied to the JSON tree of a seed and to its bytes, and the
 * seeded plan of every mutant of a run. A plan holds only parameters (no large payloads), so the whole list is cheap
 * to rebuild: mutant {@code i} of seed {@code s} is always the same document, which is what makes a failure
 * replayable ({@code -Dfuzz.seed=s -Dfuzz.only=i}).
 */
final class Mutations {

    /** A personal-looking value the mutations inject (a name typed where it does not belong). */
    static final String NAME = "Zebedee Quux";
    /** Lower-case fragments of every injected personal-looking value (checked case-insensitively). */
    static final List<String> PERSONAL_MARKERS = List.of("zebedee", "quux");
    /** The number of characters of the huge string (900 KB): the document stays under the 1 MiB limit. */
    static final int HUGE_STRING_CHARS = 900 * 1024;
    /** Placeholder inserted in the tree and replaced by bad bytes after serialisation. */
    static final String BAD = "%%BAD%%";
    /** Prefix of a placeholder key that becomes a duplicate key after serialisation. */
    static final String DUP = "@@DUP@@";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile String hugeString;

    private Mutations() {
    }

    // ============================================================================================ model

    /** A field of the snapshot format, derived from the published snapshot schema. */
    record Field(String pointer, String type, List<String> allowed) {
        boolean isObject() {
            return type.equals("object");
        }
    }

    /** The document being mutated. */
    static final class Doc {
        final Base base;
        JsonNode root;
        boolean fromOriginal;
        boolean pretty;
        byte[] bad;
        String badLabel;
        String expectDuplicateAt;
        final List<UnaryOperator<byte[]>> byteOps = new ArrayList<>();

        Doc(Base base, boolean pretty) {
            this.base = base;
            this.root = base.tree().deepCopy();
            this.pretty = pretty;
        }
    }

    /** One named mutation with its parameters. */
    record Op(String kind, String what, Consumer<Doc> apply) {
        @Override
        public String toString() {
            return kind + " " + what;
        }
    }

    /** One planned mutant. */
    record Plan(int index, String kind, Base base, boolean pretty, List<Op> ops) {
        String describe() {
            StringBuilder sb = new StringBuilder("seed file ").append(base).append(pretty ? " (pretty)" : "")
                    .append(": ");
            for (int i = 0; i < ops.size(); i++) {
                sb.append(i == 0 ? "" : " + ").append(ops.get(i));
            }
            return sb.toString();
        }
    }

    /** A mutant's bytes and what the checks need to know about it. */
    record Mutant(Plan plan, byte[] bytes, String dateOfBirth, String badLabel, String expectDuplicateAt) {
    }

    /** A named byte sequence that is not valid UTF-8. */
    record Seq(String label, byte[] bytes) {
    }

    // ============================================================================================ materialise

    /** @return the bytes of the planned mutant. */
    static Mutant materialise(Plan plan) {
        Doc d = new Doc(plan.base(), plan.pretty());
        for (Op op : plan.ops()) {
            op.apply().accept(d);
        }
        byte[] bytes;
        if (d.fromOriginal) {
            bytes = plan.base().original().clone();
        } else {
            String text;
            try {
                text = (d.pretty ? PRETTY : COMPACT).writeValueAsString(d.root);
            } catch (Exception e) {
                throw new IllegalStateException("cannot serialise the mutant", e);
            }
            if (text.contains(DUP)) {
                text = text.replace("\"" + DUP, "\"");
            }
            bytes = text.getBytes(UTF_8);
            if (d.bad != null) {
                bytes = replaceAll(bytes, BAD.getBytes(UTF_8), d.bad);
            }
        }
        for (UnaryOperator<byte[]> op : d.byteOps) {
            bytes = op.apply(bytes);
        }
        JsonNode dob = d.root.at("/person/dateOfBirth");
        return new Mutant(plan, bytes, dob.isTextual() ? dob.textValue() : null, d.badLabel, d.expectDuplicateAt);
    }

    private static byte[] replaceAll(byte[] in, byte[] what, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
        int i = 0;
        while (i < in.length) {
            if (i + what.length <= in.length && Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                out.writeBytes(with);
                i += what.length;
            } else {
                out.write(in[i++]);
            }
        }
        return out.toByteArray();
    }

    // ============================================================================================ tree editing

    static boolean set(Doc d, String ptr, JsonNode value) {
        if (ptr.isEmpty()) {
            d.root = value;
            return true;
        }
        JsonPointer jp = JsonPointer.compile(ptr);
        JsonNode parent = ensure(d, jp.head());
        String last = jp.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode a) {
            int i = jp.last().getMatchingIndex();
            if (i >= 0 && i < a.size()) {
                a.set(i, value);
            } else {
                a.add(value);
            }
            return true;
        }
        return false;
    }

    static boolean remove(Doc d, String ptr) {
        JsonPointer jp = JsonPointer.compile(ptr);
        JsonNode parent = d.root.at(jp.head());
        if (parent instanceof ObjectNode o) {
            return o.remove(jp.last().getMatchingProperty()) != null;
        }
        if (parent instanceof ArrayNode a) {
            int i = jp.last().getMatchingIndex();
            if (i >= 0 && i < a.size()) {
                a.remove(i);
                return true;
            }
        }
        return false;
    }

    /** @return the container at {@code jp}, creating it (and its parents) from a template when missing. */
    private static JsonNode ensure(Doc d, JsonPointer jp) {
        if (jp == null || jp.matches()) {
            return d.root;
        }
        JsonNode n = d.root.at(jp);
        if (!n.isMissingNode() && !n.isNull()) {
            return n;
        }
        JsonNode t = template(d, jp.toString());
        return set(d, jp.toString(), t) ? t : MissingNode.getInstance();
    }

    private static JsonNode template(Doc d, String ptr) {
        if (ptr.matches("/events/\\d+")) {
            ObjectNode e = F.objectNode();
            e.put("type", "CJIT_CASE_CLOSED");
            e.put("at", d.base.asOfText());
            return e;
        }
        if (ptr.equals("/events")) {
            return F.arrayNode();
        }
        if (ptr.matches("/determinations/[A-Za-z]+")) {
            ObjectNode e = F.objectNode();
            e.put("value", "YES");
            e.put("determinedAt", d.base.asOfText());
            return e;
        }
        if (ptr.equals("/consent")) {
            ObjectNode e = F.objectNode();
            e.put("status", "NOT_RECORDED");
            return e;
        }
        // A Going Straight Contract's lists, and an element of each that reads cleanly
        if (ptr.matches("/goingStraightContract/(parties|targets|amendments)")
                || ptr.matches("/goingStraightContract/(targets/\\d+/(responsible|endorsedBy)|amendments/\\d+/agreedBy)")) {
            return F.arrayNode();
        }
        if (ptr.matches("/goingStraightContract/parties/\\d+")) {
            return F.objectNode().put("role", "OTHER_AGENCY");
        }
        if (ptr.matches("/goingStraightContract/targets/\\d+")) {
            return F.objectNode().put("key", "T99").put("target", "A target");
        }
        if (ptr.matches("/goingStraightContract/amendments/\\d+")) {
            return F.objectNode().put("at", d.base.asOfText());
        }
        return F.objectNode();
    }

    static boolean rename(Doc d, String ptr, String newKey) {
        JsonPointer jp = JsonPointer.compile(ptr);
        if (!(d.root.at(jp.head()) instanceof ObjectNode o)) {
            return false;
        }
        String old = jp.last().getMatchingProperty();
        if (!o.has(old)) {
            return false;
        }
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            m.put(e.getKey().equals(old) ? newKey : e.getKey(), e.getValue());
        }
        o.removeAll();
        o.setAll(m);
        return true;
    }

    static Supplier<JsonNode> text(String v) {
        return () -> F.textNode(v);
    }

    static String q(String v) {
        return "\"" + v + "\"";
    }

    static JsonNode raw(String text) {
        return F.rawValueNode(new RawValue(text));
    }

    static String hugeString() {
        String s = hugeString;
        if (s == null) {
            StringBuilder sb = new StringBuilder(HUGE_STRING_CHARS);
            while (sb.length() < HUGE_STRING_CHARS) {
                sb.append(NAME).append(' ');
            }
            s = sb.substring(0, HUGE_STRING_CHARS);
            hugeString = s;
        }
        return s;
    }

    // ============================================================================================ ops

    static Op setOp(String kind, String ptr, String valueText, Supplier<JsonNode> value) {
        return new Op(kind, (ptr.isEmpty() ? "(root)" : ptr) + " = " + valueText, d -> set(d, ptr, value.get()));
    }

    static Op deleteOp(String ptr) {
        return new Op("field-delete", ptr, d -> remove(d, ptr));
    }

    static Op renameOp(String kind, String ptr, String newKey) {
        return new Op(kind, ptr + " renamed to \"" + abbreviate(newKey) + "\"", d -> rename(d, ptr, newKey));
    }

    static Op addFieldOp(String kind, String objectPtr, String key, JsonNode value) {
        String p = objectPtr + "/" + key.replace("~", "~0").replace("/", "~1");
        return new Op(kind, "add \"" + abbreviate(key) + "\": " + abbreviate(value.toString()) + " at "
                + (objectPtr.isEmpty() ? "(root)" : objectPtr), d -> {
                    JsonNode parent = ensure(d, objectPtr.isEmpty() ? null : JsonPointer.compile(objectPtr));
                    if (parent instanceof ObjectNode o) {
                        o.set(key, value.deepCopy());
                    }
                });
    }

    /** A duplicate of the member at {@code ptr}: the same value after the others, or another value before them. */
    static Op duplicateOp(String ptr, boolean otherValueFirst) {
        String how = otherValueFirst ? " (another value, placed first)" : " (same value, placed last)";
        return new Op("duplicate-key", ptr + how, d -> {
            JsonPointer jp = JsonPointer.compile(ptr);
            if (!(d.root.at(jp.head()) instanceof ObjectNode o)) {
                return;
            }
            String key = jp.last().getMatchingProperty();
            JsonNode v = o.get(key);
            if (v == null) {
                return;
            }
            d.expectDuplicateAt = ptr;
            if (!otherValueFirst) {
                o.set(DUP + key, v.deepCopy());
                return;
            }
            JsonNode other = v.isObject() ? F.objectNode() : v.isTextual() ? F.textNode("other") : F.nullNode();
            Map<String, JsonNode> m = new LinkedHashMap<>();
            m.put(DUP + key, other);
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                m.put(e.getKey(), e.getValue());
            }
            o.removeAll();
            o.setAll(m);
        });
    }

    static Op bytesOp(String kind, String what, UnaryOperator<byte[]> f) {
        return new Op(kind, what, d -> d.byteOps.add(f));
    }

    static Op originalOp() {
        return new Op("original", "the seed file's own bytes", d -> d.fromOriginal = true);
    }

    static Op truncateAtOp(int k) {
        return bytesOp("truncation", "keep the first " + k + " bytes", b -> Arrays.copyOf(b, Math.min(k, b.length)));
    }

    static Op truncateFractionOp(double f) {
        return bytesOp("truncation", String.format(Locale.ROOT, "keep the first %.4f of the bytes", f),
                b -> Arrays.copyOf(b, (int) (b.length * f)));
    }

    static Op badInValueOp(String ptr, Seq seq) {
        return new Op("bad-utf8-in-value", seq.label() + " inside the string at " + ptr, d -> {
            JsonNode n = d.root.at(ptr);
            String s = n.isTextual() && !n.textValue().isEmpty() ? n.textValue() : "x";
            int mid = (s.length() + 1) / 2;
            set(d, ptr, F.textNode(s.substring(0, mid) + BAD + s.substring(mid)));
            d.bad = seq.bytes();
            d.badLabel = seq.label();
        });
    }

    /**
     * Bad bytes in the name of the member at {@code ptr} (created with {@code valueIfMissing} when the seed lacks it),
     * at the start, in the middle or at the end of the name, or at the start of its last, partial group of four
     * bytes (where Jackson pads a name's last group with 0xFF bytes in its table of known names).
     */
    static Op badInNameOp(String ptr, Seq seq, String position, JsonNode valueIfMissing) {
        String key = JsonPointer.compile(ptr).last().getMatchingProperty();
        int at = switch (position) {
            case "start" -> 0;
            case "end" -> key.length();
            case "last-quad" -> 4 * ((key.length() - 1) / 4);
            default -> (key.length() + 1) / 2;
        };
        String where = position.equals("last-quad") ? "start of the last 4-byte group" : position;
        return new Op("bad-utf8-in-name", seq.label() + " at the " + where + " of the field name \"" + key + "\" at "
                + ptr, d -> {
                    if (d.root.at(ptr).isMissingNode() && valueIfMissing != null) {
                        set(d, ptr, valueIfMissing.deepCopy());
                    }
                    if (rename(d, ptr, key.substring(0, at) + BAD + key.substring(at))) {
                        d.bad = seq.bytes();
                        d.badLabel = seq.label();
                    }
                });
    }

    /** The last letter of a field name written as an overlong two-byte sequence ("d" as C1 A4). */
    static Op overlongLetterInNameOp(String ptr, JsonNode valueIfMissing) {
        String key = JsonPointer.compile(ptr).last().getMatchingProperty();
        char last = key.charAt(key.length() - 1);
        byte[] overlong = bytes(0xC0 | (last >> 6), 0x80 | (last & 0x3F));
        String label = "overlong 2-byte form of an ASCII letter (C1 xx)";
        String what = String.format("overlong %02X %02X for '%c'", overlong[0] & 0xFF, overlong[1] & 0xFF, last);
        return new Op("bad-utf8-in-name", what + " as the last letter of the field name \"" + key + "\" at " + ptr, d -> {
            if (d.root.at(ptr).isMissingNode() && valueIfMissing != null) {
                set(d, ptr, valueIfMissing.deepCopy());
            }
            if (rename(d, ptr, key.substring(0, key.length() - 1) + BAD)) {
                d.bad = overlong;
                d.badLabel = label;
            }
        });
    }

    static Op badBetweenTokensOp(Seq seq) {
        return new Op("bad-utf8-outside-string", seq.label() + " after the opening brace", d -> {
            d.byteOps.add(b -> insert(b, 1, seq.bytes()));
            d.badLabel = seq.label();
        });
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        int i = Math.min(at, b.length);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, i);
        System.arraycopy(what, 0, out, i, what.length);
        System.arraycopy(b, i, out, i + what.length, b.length - i);
        return out;
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    static byte[] repeat(byte[] b, int n) {
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 40) + "...(" + s.length() + " chars)";
    }

    // ============================================================================================ values

    static final List<Seq> BAD_SEQUENCES = List.of(
            new Seq("0xFF", bytes(0xFF)),
            new Seq("0xC3 (lead byte without continuation)", bytes(0xC3)),
            new Seq("overlong C0 AF", bytes(0xC0, 0xAF)),
            new Seq("overlong C1 BF", bytes(0xC1, 0xBF)),
            new Seq("overlong E0 80 AF", bytes(0xE0, 0x80, 0xAF)),
            new Seq("overlong F0 80 80 AF", bytes(0xF0, 0x80, 0x80, 0xAF)),
            new Seq("above U+10FFFF (F4 90 80 80)", bytes(0xF4, 0x90, 0x80, 0x80)),
            new Seq("encoded surrogate ED A0 80", bytes(0xED, 0xA0, 0x80)),
            new Seq("encoded surrogate ED B0 80", bytes(0xED, 0xB0, 0x80)),
            new Seq("lone continuation 0x80", bytes(0x80)),
            new Seq("truncated E2 82", bytes(0xE2, 0x82)),
            new Seq("5-byte form F8 88 80 80 80", bytes(0xF8, 0x88, 0x80, 0x80, 0x80)),
            new Seq("0xFE", bytes(0xFE)));

    static final List<String> EXTREME_DATES = List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01",
            "-0001-01-01", "0000-01-01", "0001-01-01", "1847-11-30", "1850-01-01", "1899-12-31", "1989-12-31",
            "2100-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-04-31",
            "2026-4-2", "20260402");

    static final List<String> EXTREME_DATE_TIMES;

    static {
        List<String> v = new ArrayList<>();
        List<String> bases = List.of("+999999999-12-31T23:59:59", "-999999999-01-01T00:00", "+10000-01-01T00:00",
                "0000-01-01T00:00", "0001-01-01T00:00", "1847-11-30T12:00", "1850-01-01T00:00", "1899-12-31T23:59:59",
                "2100-01-01T00:00", "2199-12-31T23:59", "2200-01-01T00:00", "9999-12-31T23:59:59");
        List<String> offsets = List.of("", "Z", "+18:00", "-18:00", "+14:00", "+01:00");
        for (String b : bases) {
            for (String o : offsets) {
                v.add(b + o);
                v.add((b.length() == 16 ? b + ":00" : b) + ".123456789" + o);
            }
        }
        v.addAll(List.of("2026-04-02T16:00:00.123456789", "2026-04-02T16:00:00.999999999+01:00",
                "2026-04-02T16:00:00.1234567891", "2026-04-02T24:00", "2026-04-02T16:00:60", "2026-04-02T16:00+18:01",
                "2026-04-02T16:00+01:00:30", "2026-04-02T16:00-00:00", "2026-04-02t16:00z", "2026-04-02T16:00+0100",
                "2026-04-02T16:00[Europe/London]", "2026-04-02 16:00", "2026-04-02", "16:00"));
        EXTREME_DATE_TIMES = List.copyOf(v);
    }

    static final List<String> CLOCK_CHANGE_TIMES = List.of("2026-03-29T01:30", "2026-03-29T01:00",
            "2026-03-29T01:59:59.999999999", "2026-03-29T00:59:59", "2026-03-29T02:00", "2026-03-29T01:30+00:00",
            "2026-03-29T01:30+01:00", "2026-03-29T01:30Z", "2026-10-25T01:30", "2026-10-25T01:00",
            "2026-10-25T00:59:59.999999999", "2026-10-25T02:00", "2026-10-25T01:30+01:00", "2026-10-25T01:30+00:00",
            "2025-10-26T01:30", "2025-10-26T01:30+01:00", "2025-10-26T01:30+00:00", "2025-10-26T01:00:00.000000001",
            "2025-03-30T01:30", "2025-03-30T01:30Z", "2025-03-30T01:30+02:00");

    static final List<String> UNKNOWN_ENUM_VALUES = List.of(NAME, "QUUX, Zebedee", "zebedee.quux@example.org",
            "MAYBE", "", " ", "null", "x".repeat(600), "\u0000", "\u00c9NGLAND");

    private static final Map<String, Supplier<JsonNode>> CHEAP_VALUES = new LinkedHashMap<>();
    private static final Map<String, String> CHEAP_VALUE_TEXT = new LinkedHashMap<>();

    static {
        cheap("field-null", "null", F::nullNode);
        cheap("field-wrong-type-number", "42", () -> F.numberNode(42));
        cheap("field-wrong-type-boolean", "true", () -> F.booleanNode(true));
        cheap("field-wrong-type-string", "\"some text\"", () -> F.textNode("some text"));
        cheap("field-wrong-type-array", "[1]", () -> F.arrayNode().add(1));
        cheap("field-wrong-type-object", "{\"a\":1}", () -> F.objectNode().put("a", 1));
        cheap("field-empty-string", "\"\"", () -> F.textNode(""));
        cheap("field-empty-array", "[]", F::arrayNode);
        cheap("field-empty-object", "{}", F::objectNode);
    }

    private static void cheap(String kind, String text, Supplier<JsonNode> v) {
        CHEAP_VALUES.put(kind, v);
        CHEAP_VALUE_TEXT.put(kind, text);
    }

    static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "99999999999999999999999", "1e-400",
            "9".repeat(1001), "2147483648", "-1", "1.5", "1e2", "-0");

    // ============================================================================================ fields

    /** @return every field of the snapshot format, read from the published snapshot schema. */
    static List<Field> fields(JsonNode schema) {
        List<Field> out = new ArrayList<>();
        walk(schema, schema.get("$defs"), "", null, out);
        return List.copyOf(out);
    }

    private static void walk(JsonNode node, JsonNode defs, String ptr, String refName, List<Field> out) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            walk(defs.get(name), defs, ptr, name, out);
            return;
        }
        String type;
        List<String> allowed = new ArrayList<>();
        if (node.has("enum")) {
            type = "enum";
            node.get("enum").forEach(v -> {
                if (v.isTextual()) {
                    allowed.add(v.textValue());
                }
            });
        } else if ("dateTime".equals(refName) || "optionalDateTime".equals(refName)) {
            type = "date-time";
        } else if ("optionalDate".equals(refName)) {
            type = "date";
        } else {
            JsonNode t = node.get("type");
            type = "any";
            if (t != null && t.isTextual()) {
                type = t.textValue();
            } else if (t != null) {
                for (JsonNode x : t) {
                    if (!x.asText().equals("null")) {
                        type = x.asText();
                        break;
                    }
                }
            }
        }
        if (!ptr.isEmpty()) {
            out.add(new Field(ptr, type, List.copyOf(allowed)));
        }
        if (node.has("properties")) {
            for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
                walk(e.getValue(), defs, ptr + "/" + e.getKey(), null, out);
            }
        }
        if (node.has("items")) {
            walk(node.get("items"), defs, ptr + "/0", null, out);
        }
    }

    // ============================================================================================ the plan

    /** Builds the plans of one run. */
    static final class Planner {
        final SplittableRandom rnd;
        final List<Base> bases;
        final List<Field> fields;
        final List<Plan> plans = new ArrayList<>();
        /** Cheap single mutations, reused by the combinations and the random fill. */
        final List<Op> pool = new ArrayList<>();

        Planner(long seed, List<Base> bases, List<Field> fields) {
            this.rnd = new SplittableRandom(seed);
            this.bases = bases;
            this.fields = fields;
        }

        Base anyBase() {
            return bases.get(rnd.nextInt(bases.size()));
        }

        Base personalBase() {
            List<Base> p = bases.stream().filter(Base::personal).toList();
            return p.get(rnd.nextInt(p.size()));
        }

        /** Rewrites /events/0 to a random existing event of the base. */
        String concrete(String ptr, Base b) {
            if (!ptr.startsWith("/events/0")) {
                return ptr;
            }
            JsonNode ev = b.tree().get("events");
            int n = ev != null && ev.isArray() ? ev.size() : 0;
            return n == 0 ? ptr : "/events/" + rnd.nextInt(n) + ptr.substring("/events/0".length());
        }

        void add(String kind, Base base, Op... ops) {
            plans.add(new Plan(plans.size(), kind, base, rnd.nextInt(4) == 0, List.of(ops)));
        }

        /** Adds a single tree mutation on a random base, and keeps it for the combinations. */
        void single(Base b, Op op) {
            add(op.kind(), b, op);
            pool.add(op);
        }

        List<Plan> build(int target, int combinations) {
            // First, while the shared parser has not yet seen every field name (see badUtf8Names)
            badUtf8Names();
            fieldValues();
            rootValues();
            extremeDates();
            clockChanges();
            enums();
            unknownFields();
            fieldNameCase();
            duplicates();
            deepNesting();
            truncations();
            badUtf8();
            boms();
            manyEvents();
            manyProblems();
            tooLarge();
            for (int i = 0; i < combinations; i++) {
                combination();
            }
            while (plans.size() < target) {
                Op op = pool.get(rnd.nextInt(pool.size()));
                add(op.kind(), anyBase(), op);
            }
            return List.copyOf(plans);
        }

        void fieldValues() {
            for (Field f : fields) {
                for (int rep = 0; rep < 2; rep++) {
                    Base b = anyBase();
                    single(b, deleteOp(concrete(f.pointer(), b)));
                    for (Map.Entry<String, Supplier<JsonNode>> e : CHEAP_VALUES.entrySet()) {
                        Base c = anyBase();
                        single(c, setOp(e.getKey(), concrete(f.pointer(), c), CHEAP_VALUE_TEXT.get(e.getKey()),
                                e.getValue()));
                    }
                }
                Base b = anyBase();
                add("field-huge-string", b, setOp("field-huge-string", concrete(f.pointer(), b),
                        "a 900 KB string (\"" + NAME + " " + NAME + " ...\")", () -> F.textNode(hugeString())));
                for (String n : HUGE_NUMBERS) {
                    b = anyBase();
                    single(b, setOp("field-huge-number", concrete(f.pointer(), b), abbreviate(n), () -> raw(n)));
                }
                b = anyBase();
                add("field-long-array", b, setOp("field-long-array", concrete(f.pointer(), b),
                        "an array of 100000 numbers", () -> raw("[" + "0,".repeat(99_999) + "0]")));
            }
        }

        void rootValues() {
            for (Map.Entry<String, Supplier<JsonNode>> e : CHEAP_VALUES.entrySet()) {
                single(anyBase(), setOp("root-wrong-type", "", CHEAP_VALUE_TEXT.get(e.getKey()), e.getValue()));
            }
            single(anyBase(), setOp("root-wrong-type", "", "1e400", () -> raw("1e400")));
            add("root-wrong-type", anyBase(), bytesOp("root-wrong-type", "the empty document", b -> new byte[0]));
            add("root-wrong-type", anyBase(), bytesOp("root-wrong-type", "a document of white space",
                    b -> " \n\t\r ".getBytes(UTF_8)));
            add("root-wrong-type", anyBase(), bytesOp("root-wrong-type", "two snapshots one after the other",
                    b -> concat(b, b)));
            add("root-wrong-type", anyBase(), bytesOp("root-wrong-type", "a trailing comma after the snapshot",
                    b -> concat(b, ",".getBytes(UTF_8))));
            add("root-wrong-type", anyBase(), bytesOp("root-wrong-type", "a comment before the snapshot",
                    b -> concat("/* Zebedee */ ".getBytes(UTF_8), b)));
        }

        void extremeDates() {
            for (Field f : fields) {
                if (f.type().equals("date-time")) {
                    for (String v : EXTREME_DATE_TIMES) {
                        Base b = anyBase();
                        single(b, setOp("extreme-date-time", concrete(f.pointer(), b), q(v), text(v)));
                    }
                    for (int i = 0; i < 5; i++) {
                        String v = EXTREME_DATES.get(rnd.nextInt(EXTREME_DATES.size()));
                        Base b = anyBase();
                        single(b, setOp("extreme-date-time", concrete(f.pointer(), b), q(v) + " (a date)", text(v)));
                    }
                } else if (f.type().equals("date")) {
                    for (String v : EXTREME_DATES) {
                        // on every seed (the consent date, say, reaches the decision only for a refusal)
                        for (Base b : bases) {
                            if (!b.personal() || rnd.nextInt(6) == 0) {
                                single(b, setOp("extreme-date", f.pointer(), q(v), text(v)));
                            }
                        }
                    }
                    for (int i = 0; i < 5; i++) {
                        String v = EXTREME_DATE_TIMES.get(rnd.nextInt(EXTREME_DATE_TIMES.size()));
                        Base b = anyBase();
                        single(b, setOp("extreme-date", concrete(f.pointer(), b), q(v) + " (a date-time)", text(v)));
                    }
                }
            }
            // The latest asOf the validator accepts, so that the extreme times above are also seen as accepted input
            for (Base b : bases) {
                single(b, setOp("extreme-date-time", "/asOf", "\"2099-12-31T23:59:59.999999999\"",
                        () -> F.textNode("2099-12-31T23:59:59.999999999")));
            }
        }

        void clockChanges() {
            for (Field f : fields) {
                if (f.type().equals("date-time")) {
                    for (String v : CLOCK_CHANGE_TIMES) {
                        Base b = anyBase();
                        single(b, setOp("clock-change", concrete(f.pointer(), b), q(v), text(v)));
                    }
                }
            }
        }

        void enums() {
            for (Field f : fields) {
                if (!f.type().equals("enum")) {
                    continue;
                }
                for (String v : UNKNOWN_ENUM_VALUES) {
                    Base b = anyBase();
                    single(b, setOp("unknown-enum-value", concrete(f.pointer(), b), q(abbreviate(v)), text(v)));
                }
                for (String a : f.allowed()) {
                    List<String> variants = List.of(a.toLowerCase(Locale.ROOT),
                            a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT), " " + a + " ", a.replace('_', '-'),
                            a + "\u200b");
                    for (String v : variants) {
                        if (v.equals(a)) {
                            continue;
                        }
                        Base b = anyBase();
                        single(b, setOp("enum-case-variant", concrete(f.pointer(), b), q(v), text(v)));
                    }
                }
            }
        }

        void unknownFields() {
            Map<String, JsonNode> names = new LinkedHashMap<>();
            names.put("recepionAt", F.textNode("2026-04-02T16:00"));
            names.put("unknownField", F.numberNode(1));
            names.put("", F.booleanNode(true));
            names.put("a~b/c", F.textNode("x"));
            names.put("z".repeat(10_000), F.numberNode(1));
            names.put("nickname", F.textNode(NAME));
            names.put("$schema", F.textNode("https://example.org/schema"));
            names.put("__proto__", F.objectNode());
            names.put("na\u00efve", F.numberNode(1));
            List<String> objects = new ArrayList<>();
            objects.add("");
            fields.stream().filter(Field::isObject).map(Field::pointer).forEach(objects::add);
            for (String o : objects) {
                for (Map.Entry<String, JsonNode> e : names.entrySet()) {
                    Base b = anyBase();
                    single(b, addFieldOp("unknown-field", concrete(o, b), e.getKey(), e.getValue()));
                }
            }
        }

        void fieldNameCase() {
            for (Field f : fields) {
                String key = f.pointer().substring(f.pointer().lastIndexOf('/') + 1);
                if (key.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                for (String v : List.of(key.toLowerCase(Locale.ROOT), key.toUpperCase(Locale.ROOT),
                        Character.toUpperCase(key.charAt(0)) + key.substring(1))) {
                    if (v.equals(key)) {
                        continue;
                    }
                    Base b = anyBase();
                    String p = concrete(f.pointer(), b);
                    if (b.tree().at(p).isMissingNode()) {
                        b = bases.stream().filter(x -> !x.tree().at(f.pointer()).isMissingNode()).findFirst().orElse(b);
                        p = concrete(f.pointer(), b);
                    }
                    single(b, renameOp("field-name-case-variant", p, v));
                }
            }
        }

        void duplicates() {
            for (Base b : bases) {
                List<String> members = new ArrayList<>();
                members(b.tree(), "", members);
                for (String m : members) {
                    single(b, duplicateOp(m, false));
                    single(b, duplicateOp(m, true));
                }
            }
        }

        private static void members(JsonNode n, String ptr, List<String> out) {
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    String p = ptr + "/" + e.getKey();
                    out.add(p);
                    members(e.getValue(), p, out);
                }
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    members(n.get(i), ptr + "/" + i, out);
                }
            }
        }

        void deepNesting() {
            for (Field f : fields) {
                Base b = anyBase();
                add("deep-nesting", b, setOp("deep-nesting", concrete(f.pointer(), b), "10000 nested arrays",
                        () -> raw("[".repeat(10_000) + "]".repeat(10_000))));
                b = anyBase();
                add("deep-nesting", b, setOp("deep-nesting", concrete(f.pointer(), b), "10000 nested objects",
                        () -> raw("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))));
            }
            for (int depth : new int[] {55, 60, 61, 62, 63, 64, 65, 66, 100}) {
                for (String p : List.of("/custody/establishment", "/events/0/at", "/zz")) {
                    Base b = anyBase();
                    single(b, setOp("deep-nesting", concrete(p, b), depth + " nested arrays",
                            () -> raw("[".repeat(depth) + "]".repeat(depth))));
                }
            }
            add("deep-nesting", anyBase(), bytesOp("deep-nesting", "the document is 10000 nested arrays",
                    b -> ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(UTF_8)));
            add("deep-nesting", anyBase(), bytesOp("deep-nesting", "the document is 10000 unclosed arrays",
                    b -> "[".repeat(10_000).getBytes(UTF_8)));
            add("deep-nesting", anyBase(), bytesOp("deep-nesting", "the document is 10000 unclosed objects",
                    b -> "{\"a\":".repeat(10_000).getBytes(UTF_8)));
        }

        void truncations() {
            for (Base b : bases) {
                if (b.personal()) {
                    continue;
                }
                for (int k = 0; k < b.original().length; k++) {
                    add("truncation", b, originalOp(), truncateAtOp(k));
                }
            }
            for (Base b : bases) {
                if (!b.personal()) {
                    continue;
                }
                // every position of the personal variant's serialised form (cuts multi-byte characters too)
                for (int k = 0; k < b.original().length; k += 3) {
                    add("truncation", b, originalOp(), truncateAtOp(k));
                }
            }
        }

        void badUtf8() {
            List<String> values = List.of("/id", "/jurisdiction", "/asOf", "/custody/status", "/custody/establishment",
                    "/person/sex", "/person/dateOfBirth", "/consent/exceptions/otherLawfulException", "/events/0/type",
                    "/goingStraightContract/targets/0/target");
            for (Seq s : BAD_SEQUENCES) {
                for (String p : values) {
                    Base b = anyBase();
                    single(b, badInValueOp(concrete(p, b), s));
                }
                single(anyBase(), badBetweenTokensOp(s));
            }
        }

        /**
         * Bad UTF-8 in field names. These come first in the run: Jackson's shared symbol table of field names can
         * make the outcome depend on which names earlier documents held, and "endOfCustodyLicence" is in no example
         * snapshot, so it is first seen here (the run re-reads these mutants at the end and compares).
         */
        void badUtf8Names() {
            Map<String, JsonNode> names = new LinkedHashMap<>();
            names.put("/custody/planned/endOfCustodyLicence", F.textNode("2099-12-31"));
            names.put("/id", null);
            names.put("/asOf", null);
            names.put("/jurisdiction", null);
            names.put("/custody", null);
            names.put("/custody/status", null);
            names.put("/custody/establishment", F.textNode("HMP Example"));
            names.put("/events/0/type", null);
            names.put("/person/sex", F.textNode("MALE"));
            // The first mutant of the run: a name no example holds, so the parser has not seen it yet
            Base first = anyBase();
            single(first, badInNameOp("/custody/planned/endOfCustodyLicence", BAD_SEQUENCES.get(0), "last-quad",
                    F.textNode("2099-12-31")));
            for (Map.Entry<String, JsonNode> e : names.entrySet()) {
                String key = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
                if (key.length() % 4 != 0 && key.length() > 4) {
                    Base b = anyBase();
                    while (e.getValue() == null && b.tree().at(concrete(e.getKey(), b)).isMissingNode()) {
                        b = anyBase();
                    }
                    single(b, badInNameOp(concrete(e.getKey(), b), BAD_SEQUENCES.get(0), "last-quad", e.getValue()));
                }
            }
            for (String position : List.of("start", "middle", "end")) {
                for (Seq s : BAD_SEQUENCES) {
                    for (Map.Entry<String, JsonNode> e : names.entrySet()) {
                        Base b = anyBase();
                        while (e.getValue() == null && b.tree().at(concrete(e.getKey(), b)).isMissingNode()) {
                            b = anyBase();
                        }
                        single(b, badInNameOp(concrete(e.getKey(), b), s, position, e.getValue()));
                    }
                }
            }
            for (Map.Entry<String, JsonNode> e : names.entrySet()) {
                Base b = anyBase();
                while (e.getValue() == null && b.tree().at(concrete(e.getKey(), b)).isMissingNode()) {
                    b = anyBase();
                }
                single(b, overlongLetterInNameOp(concrete(e.getKey(), b), e.getValue()));
            }
        }

        void boms() {
            for (Base b : bases) {
                single(b, bytesOp("bom", "one leading BOM", x -> concat(BOM, x)));
                single(b, bytesOp("bom", "two leading BOMs", x -> concat(repeat(BOM, 2), x)));
                single(b, bytesOp("bom", "three leading BOMs", x -> concat(repeat(BOM, 3), x)));
                single(b, bytesOp("bom", "a BOM then a space", x -> concat(concat(BOM, bytes(' ')), x)));
                single(b, bytesOp("bom", "a space then a BOM", x -> concat(concat(bytes(' '), BOM), x)));
                single(b, bytesOp("bom", "a BOM after the opening brace", x -> insert(x, 1, BOM)));
                single(b, bytesOp("bom", "a BOM at the end", x -> concat(x, BOM)));
                add("utf16-or-32-encoding", b, bytesOp("utf16-or-32-encoding", "encoded as UTF-16LE (no BOM)",
                        x -> new String(x, UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
                add("utf16-or-32-encoding", b, bytesOp("utf16-or-32-encoding", "encoded as UTF-16 with BOM FE FF",
                        x -> new String(x, UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_16)));
                add("utf16-or-32-encoding", b, bytesOp("utf16-or-32-encoding", "encoded as UTF-32BE (no BOM)",
                        x -> new String(x, UTF_8).getBytes(Charset.forName("UTF-32BE"))));
            }
        }

        /**
         * Valid events of every type, each with the attributes its type requires (from the declaration). A reception
         * event is left out when the base states custody.receptionAt: a reception event after it would contradict it.
         * Every type comes once; after that only the types that need no attribute, so that the snapshot written back
         * from the limit's 10,000 events stays under the 1 MiB a document may hold (the writer's indented events with
         * attributes would not).
         */
        ArrayNode validEvents(Base b, int n) {
            LocalDateTime asOf = LocalDateTime.parse(b.asOfText());
            boolean statedReception = b.tree().at("/custody/receptionAt").isTextual();
            EventType[] types = Arrays.stream(EventType.values())
                    .filter(t -> !(statedReception && t == EventType.RECEIVED_INTO_PRISON)).toArray(EventType[]::new);
            EventType[] bare = Arrays.stream(types).filter(t -> t.attributes().stream()
                    .noneMatch(EventAttribute.Use::required)).toArray(EventType[]::new);
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < n; i++) {
                ObjectNode e = a.addObject();
                EventType type = i < types.length ? types[i] : bare[i % bare.length];
                e.put("type", type.name());
                e.put("at", asOf.atZone(Times.LONDON).minusMinutes(i + 1L).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                for (EventAttribute.Use u : type.attributes()) {
                    if (u.required()) {
                        ObjectNode attributes = e.has("attributes") ? (ObjectNode) e.get("attributes")
                                : e.putObject("attributes");
                        EventAttribute x = u.attribute();
                        switch (x.valueType()) {
                            case CODE -> attributes.put(x.jsonName(), x.codeNames().get(0));
                            case PLACE -> attributes.put(x.jsonName(), "HMP Example");
                            case BOOLEAN -> attributes.put(x.jsonName(), true);
                        }
                    }
                }
            }
            return a;
        }

        void manyEvents() {
            Base b1 = anyBase();
            add("many-events", b1, setOp("many-events", "/events", "5000 valid events", () -> validEvents(b1, 5000)));
            Base b2 = personalBase();
            add("many-events", b2, setOp("many-events", "/events", "5000 valid events", () -> validEvents(b2, 5000)));
            Base b3 = anyBase();
            add("many-events", b3, setOp("many-events", "/events", "10000 valid events (the limit)",
                    () -> validEvents(b3, 10_000)));
            Base b4 = anyBase();
            add("many-events", b4, setOp("many-events", "/events", "10001 valid events", () -> validEvents(b4, 10_001)));
            add("many-events", anyBase(), setOp("many-events", "/events", "10001 numbers",
                    () -> raw("[" + "1,".repeat(10_000) + "1]")));
            add("many-events", anyBase(), setOp("many-events", "/events", "3000 events of an unknown type", () -> {
                ArrayNode a = F.arrayNode();
                for (int i = 0; i < 3000; i++) {
                    a.addObject().put("type", "MAYBE").put("at", "2026-01-01T10:00");
                }
                return a;
            }));
            Base b5 = personalBase();
            add("many-events", b5, setOp("many-events", "/events", "5000 valid events and one before birth", () -> {
                ArrayNode a = validEvents(b5, 5000);
                a.addObject().put("type", "DIP_REFERRAL").put("at", "1850-01-01T10:00");
                return a;
            }));
        }

        void manyProblems() {
            for (int n : new int[] {999, 1000, 1001, 2000}) {
                for (String tail : List.of("{}", "{\"type\":\"DIP_REFERRAL\"}", "{\"at\":\"2026-01-01T10:00\"}")) {
                    Base b = n == 1001 ? personalBase() : anyBase();
                    add("over-1000-problems", b, setOp("over-1000-problems", "/events", n + " numbers then " + tail,
                            () -> raw("[" + "1,".repeat(n) + tail + "]")));
                }
            }
            Base b = personalBase();
            add("over-1000-problems", b, new Op("over-1000-problems", "1001 unknown fields in the root", d -> {
                if (d.root instanceof ObjectNode o) {
                    for (int i = 0; i < 1001; i++) {
                        o.put("unknown" + i, i);
                    }
                }
            }), setOp("over-1000-problems", "/events", "[{}]", () -> raw("[{}]")),
                    setOp("over-1000-problems", "/consent/date", "\"2200-01-01\"", () -> F.textNode("2200-01-01")));
            Base c = personalBase();
            add("over-1000-problems", c, setOp("over-1000-problems", "/events", "1001 events before the date of birth",
                    () -> {
                        ArrayNode a = F.arrayNode();
                        for (int i = 0; i < 1001; i++) {
                            a.addObject().put("type", "DIP_REFERRAL").put("at", "1950-01-01T10:00");
                        }
                        return a;
                    }));
        }

        void tooLarge() {
            int max = org.throughcare.core.json.ThroughcareJson.MAX_DOCUMENT_BYTES;
            for (int size : new int[] {max, max + 1, 2 * max}) {
                add("too-large", anyBase(), bytesOp("too-large", "padded with spaces to " + size + " bytes",
                        x -> concat(x, " ".repeat(Math.max(0, size - x.length)).getBytes(UTF_8))));
            }
            add("too-large", anyBase(), setOp("too-large", "/unknown", "600000 two-byte characters (1.2 MB, 600000 chars)",
                    () -> F.textNode("\u00e9".repeat(600_000))));
        }

        void combination() {
            Base b = anyBase();
            int n = 2 + rnd.nextInt(2);
            Op[] ops = new Op[n + (rnd.nextInt(10) == 0 ? 1 : 0)];
            for (int i = 0; i < n; i++) {
                ops[i] = pool.get(rnd.nextInt(pool.size()));
            }
            if (ops.length > n) {
                ops[n] = truncateFractionOp(rnd.nextDouble());
            }
            add("combination", b, ops);
        }
    }
}
