package org.throughcare.core.validation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Amendment;
import org.throughcare.core.GoingStraightContract.Party;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.GoingStraightContract.Target;
import org.throughcare.core.Times;

/**
 * The meaning checks of a snapshot's Going Straight Contract: only what cannot be (a signature after {@code asOf}, a
 * contract that ends before it starts, two targets with one key, an endorsement by someone who is not a party),
 * never the guidance's duties (SMART targets, signing after the assessment, amendments agreed by every signatory),
 * which are for the rules to judge. Messages never repeat a target's free text, nor a key that is not a valid key.
 */
final class GscChecks {
    private static final String AT = "/goingStraightContract";

    private GscChecks() {
    }

    static void check(List<Problem> p, GoingStraightContract c, ZonedDateTime asOf, LocalDate born) {
        if (c == null) {
            return;
        }
        List<Party> parties = c.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            for (int j = 0; j < i; j++) {
                if (parties.get(j).role() == party.role()) {
                    p.add(new Problem(AT + "/parties/" + i + "/role", ProblemCodes.AMBIGUOUS, "party " + j + " has the"
                            + " same role, " + party.role() + ": targets and amendments name parties by role, so each"
                            + " role is a party at most once"));
                    break;
                }
            }
            recorded(p, AT + "/parties/" + i + "/signedAt", party.signedAt(), asOf, born, "the signature");
        }
        if (c.startsOn() != null && c.endsOn() != null && !c.endsOn().isAfter(c.startsOn())) {
            p.add(new Problem(AT + "/endsOn", ProblemCodes.ENDS_BEFORE_START, "the contract ends (" + c.endsOn()
                    + ") on or before the day it starts (" + c.startsOn() + ")"));
        }
        recorded(p, AT + "/needsAssessedAt", c.needsAssessedAt(), asOf, born, "the assessment of needs");
        if (c.targets().size() > GoingStraightContract.MAX_TARGETS) {
            p.add(new Problem(AT + "/targets", ProblemCodes.TOO_MANY, "at most " + GoingStraightContract.MAX_TARGETS
                    + " targets are accepted in a contract, got " + c.targets().size()));
        }
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < c.targets().size(); i++) {
            target(p, c, i, keys, asOf, born);
        }
        if (c.amendments().size() > GoingStraightContract.MAX_AMENDMENTS) {
            p.add(new Problem(AT + "/amendments", ProblemCodes.TOO_MANY, "at most "
                    + GoingStraightContract.MAX_AMENDMENTS + " amendments are accepted in a contract, got "
                    + c.amendments().size()));
        }
        for (int i = 0; i < c.amendments().size(); i++) {
            Amendment a = c.amendments().get(i);
            String base = AT + "/amendments/" + i;
            recorded(p, base + "/at", a.at(), asOf, born, "the amendment");
            parties(p, c, base + "/agreedBy", a.agreedBy(), "agreed an amendment");
        }
    }

    private static void target(List<Problem> p, GoingStraightContract c, int i, Map<String, Integer> keys,
                               ZonedDateTime asOf, LocalDate born) {
        Target t = c.targets().get(i);
        String base = AT + "/targets/" + i;
        if (t.key().isBlank()) {
            p.add(new Problem(base + "/key", ProblemCodes.REQUIRED, "the target's key must not be blank: give a short"
                    + " code such as \"T1\""));
        } else if (t.key().length() > GoingStraightContract.MAX_KEY_LENGTH) {
            p.add(new Problem(base + "/key", ProblemCodes.TOO_LONG, "the target's key must be at most "
                    + GoingStraightContract.MAX_KEY_LENGTH + " characters (a short code such as \"T1\")"));
        } else if (!GoingStraightContract.isValidKey(t.key())) {
            p.add(new Problem(base + "/key", ProblemCodes.INVALID_ID, "the target's key must be a short pseudonymous"
                    + " code of letters and digits, such as \"T1\" (never the target's text)"));
        } else {
            Integer first = keys.putIfAbsent(t.key(), i);
            if (first != null) {
                p.add(new Problem(base + "/key", ProblemCodes.AMBIGUOUS, "target " + first + " has the same key: a"
                        + " target is named by its key, so each key is used once in a contract"));
            }
        }
        text(p, base + "/target", t.target(), "the target (aim)");
        if (t.how() != null) {
            text(p, base + "/how", t.how(), "how it will be done");
        }
        if (t.reviewedAt() != null && t.achieved() == Achieved.NOT_RECORDED) {
            p.add(new Problem(base + "/reviewedAt", ProblemCodes.WITHOUT_VALUE, "reviewedAt is when the answer to"
                    + " \"has it been achieved?\" was recorded, and none is: give achieved, or leave reviewedAt out"));
        }
        recorded(p, base + "/reviewedAt", t.reviewedAt(), asOf, born, "the review of the target");
        parties(p, c, base + "/endorsedBy", t.endorsedBy(), "endorsed a target");
    }

    /** A free text: not blank, not too long, never repeated. */
    private static void text(List<Problem> p, String pointer, String text, String what) {
        if (text.isBlank()) {
            p.add(new Problem(pointer, ProblemCodes.REQUIRED, what + " must not be blank"
                    + (pointer.endsWith("/how") ? ": give it, or leave it out" : "")));
        } else if (text.length() > GoingStraightContract.MAX_TEXT_LENGTH) {
            p.add(new Problem(pointer, ProblemCodes.TOO_LONG, what + " must be at most "
                    + GoingStraightContract.MAX_TEXT_LENGTH + " characters"));
        }
    }

    /** Each role must be a party: only parties endorse a target or agree an amendment. */
    private static void parties(List<Problem> p, GoingStraightContract c, String pointer, List<Role> roles,
                                String did) {
        for (int j = 0; j < roles.size(); j++) {
            if (!c.isParty(roles.get(j))) {
                p.add(new Problem(pointer + "/" + j, ProblemCodes.CONTRADICTION, roles.get(j) + " " + did + " but is"
                        + " not a party to the contract (" + AT + "/parties lists " + c.partyRoles() + "): add it to"
                        + " the parties, or leave it out here"));
            }
        }
    }

    /** Something that has happened: not after asOf, not before the date of birth. */
    private static void recorded(List<Problem> p, String pointer, ZonedDateTime at, ZonedDateTime asOf,
                                 LocalDate born, String what) {
        if (at == null) {
            return;
        }
        if (at.isAfter(asOf)) {
            p.add(new Problem(pointer, ProblemCodes.AFTER_AS_OF, what + " (" + Times.format(at) + ") is after asOf ("
                    + Times.format(asOf) + "); a snapshot cannot record what has not happened yet"));
        }
        if (born != null && at.toLocalDate().isBefore(born)) {
            // The date of birth is personal: the message gives the fact's date, never the date of birth.
            p.add(new Problem(pointer, ProblemCodes.BEFORE_BIRTH, what + " (" + at.toLocalDate()
                    + ") is dated before the date of birth"));
        }
    }

    /** The date range every date and instant must lie in. */
    static void range(List<Problem> p, GoingStraightContract c) {
        if (c == null) {
            return;
        }
        for (int i = 0; i < c.parties().size(); i++) {
            instant(p, AT + "/parties/" + i + "/signedAt", c.parties().get(i).signedAt());
        }
        date(p, AT + "/startsOn", c.startsOn());
        date(p, AT + "/endsOn", c.endsOn());
        instant(p, AT + "/needsAssessedAt", c.needsAssessedAt());
        for (int i = 0; i < c.targets().size(); i++) {
            date(p, AT + "/targets/" + i + "/whenBy", c.targets().get(i).whenBy());
            instant(p, AT + "/targets/" + i + "/reviewedAt", c.targets().get(i).reviewedAt());
        }
        for (int i = 0; i < c.amendments().size(); i++) {
            instant(p, AT + "/amendments/" + i + "/at", c.amendments().get(i).at());
        }
    }

    private static void instant(List<Problem> p, String pointer, ZonedDateTime t) {
        if (t != null && !Times.inRange(t)) {
            p.add(new Problem(pointer, ProblemCodes.OUT_OF_RANGE, "the date-time must lie " + Times.rangeText()
                    + " (Europe/London)"));
        }
    }

    private static void date(List<Problem> p, String pointer, LocalDate d) {
        if (d != null && !Times.inRange(d)) {
            p.add(new Problem(pointer, ProblemCodes.OUT_OF_RANGE, "the date must lie " + Times.rangeText()));
        }
    }
}
