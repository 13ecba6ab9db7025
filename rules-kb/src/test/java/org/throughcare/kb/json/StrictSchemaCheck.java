package org.throughcare.kb.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the published schemas use, for this module's tests.
 * rules-kb's test class path has no full validator (the networknt one is a test dependency of rules-core only), so
 * the engine-backed schema tests use this instead. It is strict: a keyword it does not implement fails the check
 * rather than being ignored, so a schema change cannot silently weaken the test. Annotations ({@code description},
 * {@code title}, {@code format}, {@code $schema}, {@code $id}) are ignored, as a 2020-12 validator does by default.
 */
final class StrictSchemaCheck {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "format");

    private final JsonNode root;

    StrictSchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** @return every complaint as "pointer: reason"; empty when {@code instance} is valid. */
    List<String> check(JsonNode instance) {
        List<String> out = new ArrayList<>();
        check(root, instance, "", out);
        return out;
    }

    private boolean valid(JsonNode schema, JsonNode instance, String at) {
        List<String> scratch = new ArrayList<>();
        check(schema, instance, at, scratch);
        return scratch.isEmpty();
    }

    private void check(JsonNode schema, JsonNode v, String at, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> kw = it.next();
            JsonNode s = kw.getValue();
            switch (kw.getKey()) {
                case "$ref" -> check(resolve(s.asText()), v, at, out);
                case "type" -> {
                    boolean ok = false;
                    for (JsonNode t : s.isArray() ? s : List.of(s)) {
                        ok |= hasType(v, t.asText());
                    }
                    if (!ok) {
                        out.add(at + ": expected type " + s + ", got " + v.getNodeType());
                    }
                }
                case "enum" -> {
                    boolean ok = false;
                    for (JsonNode e : s) {
                        ok |= e.equals(v);
                    }
                    if (!ok) {
                        out.add(at + ": " + v + " not in " + s);
                    }
                }
                case "const" -> {
                    if (!s.equals(v)) {
                        out.add(at + ": expected " + s + ", got " + v);
                    }
                }
                case "properties" -> {
                    if (v.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> p = s.fields(); p.hasNext();) {
                            Map.Entry<String, JsonNode> e = p.next();
                            if (v.has(e.getKey())) {
                                check(e.getValue(), v.get(e.getKey()), at + "/" + e.getKey(), out);
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (v.isObject()) {
                        JsonNode props = schema.path("properties");
                        for (Iterator<Map.Entry<String, JsonNode>> f = v.fields(); f.hasNext();) {
                            Map.Entry<String, JsonNode> e = f.next();
                            if (!props.has(e.getKey())) {
                                if (s.isBoolean() && !s.booleanValue()) {
                                    out.add(at + ": unknown property " + e.getKey());
                                } else if (s.isObject()) {
                                    check(s, e.getValue(), at + "/" + e.getKey(), out);
                                }
                            }
                        }
                    }
                }
                case "required" -> {
                    if (v.isObject()) {
                        for (JsonNode r : s) {
                            if (!v.has(r.asText())) {
                                out.add(at + ": missing required " + r.asText());
                            }
                        }
                    }
                }
                case "dependentRequired" -> {
                    if (v.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> d = s.fields(); d.hasNext();) {
                            Map.Entry<String, JsonNode> e = d.next();
                            if (v.has(e.getKey())) {
                                for (JsonNode r : e.getValue()) {
                                    if (!v.has(r.asText())) {
                                        out.add(at + ": " + e.getKey() + " needs " + r.asText());
                                    }
                                }
                            }
                        }
                    }
                }
                case "items" -> {
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            check(s, v.get(i), at + "/" + i, out);
                        }
                    }
                }
                case "minItems" -> {
                    if (v.isArray() && v.size() < s.asInt()) {
                        out.add(at + ": fewer than " + s + " items");
                    }
                }
                case "maxItems" -> {
                    if (v.isArray() && v.size() > s.asInt()) {
                        out.add(at + ": more than " + s + " items");
                    }
                }
                case "minLength" -> {
                    if (v.isTextual() && v.textValue().codePointCount(0, v.textValue().length()) < s.asInt()) {
                        out.add(at + ": shorter than " + s);
                    }
                }
                case "maxLength" -> {
                    if (v.isTextual() && v.textValue().codePointCount(0, v.textValue().length()) > s.asInt()) {
                        out.add(at + ": longer than " + s);
                    }
                }
                case "pattern" -> {
                    if (v.isTextual() && !Pattern.compile(s.asText()).matcher(v.textValue()).find()) {
                        out.add(at + ": " + v + " does not match " + s.asText());
                    }
                }
                case "minimum" -> {
                    if (v.isNumber() && v.decimalValue().compareTo(s.decimalValue()) < 0) {
                        out.add(at + ": below " + s);
                    }
                }
                case "maximum" -> {
                    if (v.isNumber() && v.decimalValue().compareTo(s.decimalValue()) > 0) {
                        out.add(at + ": above " + s);
                    }
                }
                case "allOf" -> s.forEach(sub -> check(sub, v, at, out));
                case "anyOf" -> {
                    boolean ok = false;
                    for (JsonNode sub : s) {
                        ok |= valid(sub, v, at);
                    }
                    if (!ok) {
                        out.add(at + ": matches none of anyOf");
                    }
                }
                case "not" -> {
                    if (valid(s, v, at)) {
                        out.add(at + ": must not match " + s);
                    }
                }
                case "if" -> {
                    JsonNode branch = valid(s, v, at) ? schema.get("then") : schema.get("else");
                    if (branch != null) {
                        check(branch, v, at, out);
                    }
                }
                case "then", "else" -> {
                    // applied with "if"
                }
                default -> {
                    if (!ANNOTATIONS.contains(kw.getKey())) {
                        throw new IllegalStateException("StrictSchemaCheck does not implement keyword '" + kw.getKey()
                                + "': extend it, or test with a full validator");
                    }
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("unresolved reference " + ref);
        }
        return target;
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> v.isNumber();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
