package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Amendment;
import org.throughcare.core.GoingStraightContract.Party;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.GoingStraightContract.Target;
import org.throughcare.core.validation.ProblemCodes;

/**
 * Reads a snapshot's {@code goingStraightContract}, reporting problems of form through the document's reader (its
 * meaning is checked with the snapshot's, by the validator). The target texts ({@code target}, {@code how}) are free
 * text: read, never repeated in a message.
 */
final class GscReader {
    static final List<String> CONTRACT_FIELDS = List.of("parties", "startsOn", "endsOn", "needsAssessedAt", "targets",
            "amendments");
    static final List<String> PARTY_FIELDS = List.of("role", "signedAt");
    static final List<String> TARGET_FIELDS = List.of("key", "target", "responsible", "how", "whenBy", "achieved",
            "reviewedAt", "endorsedBy");
    static final List<String> AMENDMENT_FIELDS = List.of("at", "agreedBy");

    private final DocumentReader r;

    GscReader(DocumentReader r) {
        this.r = r;
    }

    /** @return the contract, or null when absent or with a problem */
    GoingStraightContract contract(JsonNode n, String ptr) {
        if (!r.object(n, ptr)) {
            return null;
        }
        int before = r.problems.mark();
        List<Party> parties = null;
        LocalDate startsOn = null;
        LocalDate endsOn = null;
        ZonedDateTime needsAssessedAt = null;
        List<Target> targets = null;
        List<Amendment> amendments = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "parties" -> parties = list(v, p, "parties", Integer.MAX_VALUE, this::party);
                // A contract's dates and a target's "when by" may lie after asOf: they say what is planned.
                case "startsOn" -> startsOn = r.futureDate(v, p);
                case "endsOn" -> endsOn = r.futureDate(v, p);
                case "needsAssessedAt" -> needsAssessedAt = r.time(v, p);
                case "targets" -> targets = list(v, p, "targets", GoingStraightContract.MAX_TARGETS, this::target);
                case "amendments" -> amendments = list(v, p, "amendments", GoingStraightContract.MAX_AMENDMENTS,
                        this::amendment);
                default -> r.unknown(f.getKey(), p, CONTRACT_FIELDS, "a Going Straight Contract");
            }
        }
        return r.problems.since(before) ? null
                : new GoingStraightContract(parties, startsOn, endsOn, needsAssessedAt, targets, amendments);
    }

    /** Reads a list of objects, each with {@code one}; a list longer than {@code max} is not read. */
    private <T> List<T> list(JsonNode n, String ptr, String what, int max, BiFunction<JsonNode, String, T> one) {
        if (n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected a list of " + what + ", got " + DocumentReader.type(n));
            return null;
        }
        if (n.size() > max) {
            r.add(ptr, ProblemCodes.TOO_MANY, "at most " + max + " " + what + " are accepted in a contract, got "
                    + n.size() + "; the " + what + " were not read");
            return null;
        }
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            String p = ptr + "/" + i;
            if (!n.get(i).isObject()) {
                r.add(p, ProblemCodes.WRONG_TYPE, "expected an object (one of the " + what + "), got "
                        + DocumentReader.type(n.get(i)));
                continue;
            }
            T t = one.apply(n.get(i), p);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Party party(JsonNode n, String ptr) {
        int before = r.problems.mark();
        Role role = null;
        ZonedDateTime signedAt = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            switch (f.getKey()) {
                case "role" -> role = r.enumValue(f.getValue(), p, Role.class, "party to the contract");
                case "signedAt" -> signedAt = r.time(f.getValue(), p);
                default -> r.unknown(f.getKey(), p, PARTY_FIELDS, "a party to the contract");
            }
        }
        r.required(n, ptr, "role", "who the party is (PRISONER, SUPERVISOR or a partner agency)");
        return r.problems.since(before) ? null : new Party(role, signedAt);
    }

    private Target target(JsonNode n, String ptr) {
        int before = r.problems.mark();
        String key = null;
        String target = null;
        List<Role> responsible = null;
        String how = null;
        LocalDate whenBy = null;
        Achieved achieved = null;
        ZonedDateTime reviewedAt = null;
        List<Role> endorsedBy = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "key" -> key = r.string(v, p);
                case "target" -> target = r.string(v, p);
                case "responsible" -> responsible = roles(v, p);
                case "how" -> how = r.string(v, p);
                case "whenBy" -> whenBy = r.futureDate(v, p);
                case "achieved" -> achieved = r.enumValue(v, p, Achieved.class, "answer to \"has it been achieved?\"");
                case "reviewedAt" -> reviewedAt = r.time(v, p);
                case "endorsedBy" -> endorsedBy = roles(v, p);
                default -> r.unknown(f.getKey(), p, TARGET_FIELDS, "a target");
            }
        }
        r.required(n, ptr, "key", "a short pseudonymous code for the target, such as \"T1\"");
        r.required(n, ptr, "target", "the target (aim) as written in the contract");
        return r.problems.since(before) ? null
                : new Target(key, target, responsible, how, whenBy, achieved, reviewedAt, endorsedBy);
    }

    private Amendment amendment(JsonNode n, String ptr) {
        int before = r.problems.mark();
        ZonedDateTime at = null;
        List<Role> agreedBy = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = DocumentReader.child(ptr, f.getKey());
            switch (f.getKey()) {
                case "at" -> at = r.time(f.getValue(), p);
                case "agreedBy" -> agreedBy = roles(f.getValue(), p);
                default -> r.unknown(f.getKey(), p, AMENDMENT_FIELDS, "an amendment");
            }
        }
        r.required(n, ptr, "at", "when the amendment was agreed");
        return r.problems.since(before) ? null : new Amendment(at, agreedBy);
    }

    private List<Role> roles(JsonNode n, String ptr) {
        if (n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            r.add(ptr, ProblemCodes.WRONG_TYPE, "expected a list of roles, got " + DocumentReader.type(n));
            return null;
        }
        List<Role> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i).isNull()) {
                r.add(ptr + "/" + i, ProblemCodes.WRONG_TYPE, "expected a role, got null");
                continue;
            }
            Role role = r.enumValue(n.get(i), ptr + "/" + i, Role.class, "role");
            if (role != null) {
                out.add(role);
            }
        }
        return out;
    }
}
