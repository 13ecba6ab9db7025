package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * The tokens of the action table's {@code completed_by} column: an event type, an event type with one attribute's
 * value ({@code RELEASE_PLAN_MEETING(planAgreed=true)}), {@code origin}, {@code determined:<name>}, or
 * {@code target-achieved} (a Going Straight Contract target's achieved answer, for actions whose instances are
 * targets). Checked when the table loads; matched against events by {@link Completions}.
 */
final class CompletionTokens {
    private CompletionTokens() {
    }

    /** The completion that a Going Straight Contract target's achieved answer gives (column instances = target). */
    static final String TARGET_ACHIEVED = "target-achieved";

    /**
     * A completion that needs the values of one or more of an event's attributes, all of them:
     * {@code RELEASE_PLAN_MEETING(planAgreed=true)}, {@code CONTACT(faceToFace=true,purpose=CIP_AGREEMENT)}.
     */
    static final Pattern QUALIFIED = Pattern.compile("([A-Z][A-Z0-9_]*)\\(([A-Za-z]+=[A-Za-z0-9_]+(?:,[A-Za-z]+=[A-Za-z0-9_]+)*)\\)");
    private static final Pattern PAIR = Pattern.compile("([A-Za-z]+)=([A-Za-z0-9_]+)");

    /** @return the event type a completion token names ("RELEASE_PLAN_MEETING(planAgreed=true)" names the first) */
    static String eventName(String token) {
        int paren = token.indexOf('(');
        return paren < 0 ? token : token.substring(0, paren);
    }

    /** @return what is wrong with a completion token, or null */
    static String problem(String token, Vocabulary vocabulary, ActionRow.Instances instances) {
        if (token.equals(TARGET_ACHIEVED)) {
            return instances.kind() == ActionRow.Instances.Kind.TARGET ? null
                    : "'" + TARGET_ACHIEVED + "' completes only an action whose instances are contract targets"
                    + " (column instances = target)";
        }
        Matcher q = QUALIFIED.matcher(token);
        if (q.matches()) {
            EventType type;
            try {
                type = EventType.valueOf(q.group(1));
            } catch (IllegalArgumentException e) {
                return "'" + q.group(1) + "' is not an event type";
            }
            java.util.Set<EventAttribute> named = new java.util.HashSet<>();
            for (String pair : q.group(2).split(",")) {
                Matcher m = PAIR.matcher(pair);
                m.matches();
                EventAttribute a = org.throughcare.core.EventAttribute.byJsonName(m.group(1));
                if (a == null || !type.takes(a)) {
                    return "event type " + type + " has no attribute '" + m.group(1) + "'";
                }
                if (!named.add(a)) {
                    return "attribute '" + a.jsonName() + "' is named twice";
                }
                if (!accepts(a, m.group(2))) {
                    return "'" + m.group(2) + "' is not a value of attribute " + a.jsonName() + " (" + a.valueName()
                            + ")";
                }
            }
            return null;
        }
        if (instances.kind() == ActionRow.Instances.Kind.ATTRIBUTE && !token.startsWith("determined:")
                && !token.equals("origin") && validCompletion(token, vocabulary)
                && !EventType.valueOf(token).takes(instances.attribute())) {
            return "event type " + token + " has no attribute '" + instances.attribute().jsonName()
                    + "' to name its instance by";
        }
        return validCompletion(token, vocabulary) ? null
                : "'" + token + "' is not an event type (optionally with one attribute's value, as"
                + " TYPE(attribute=value)), 'origin' or 'determined:<name>' with a determination the vocabulary"
                + " declares (determinations.csv)";
    }

    private static boolean validCompletion(String token, Vocabulary vocabulary) {
        if (token.equals("origin")) {
            return true;
        }
        if (token.startsWith("determined:")) {
            return vocabulary.isDetermination(token.substring("determined:".length()));
        }
        try {
            EventType.valueOf(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }


    /**
     * @return true when {@code text} is a value of the attribute as the table writes it: a code's constant, "true" or
     *         "false" for a yes-or-no attribute; establishment codes are not matched
     */
    static boolean accepts(EventAttribute a, String text) {
        return switch (a.valueType()) {
            case BOOLEAN -> text.equals("true") || text.equals("false");
            case CODE -> a.codeNames().contains(text);
            default -> false;
        };
    }

    /** @return the text of an attribute's value as the table writes it, or null when the event does not carry it */
    static String valueText(Event e, EventAttribute a) {
        Object v = e.attribute(a);
        if (v == null) {
            return null;
        }
        return v instanceof Enum<?> en ? en.name() : String.valueOf(v);
    }

    /** @return true when the event is of the token's type and carries every value the token asks for, if any */
    static boolean matches(String token, Event e) {
        return EventToken.of(token).matches(e);
    }

    /** @return the token, parsed once, as a test of events: for matching one token against many events */
    static java.util.function.Predicate<Event> matcher(String token) {
        return EventToken.of(token)::matches;
    }

    /**
     * A completion token naming an event, parsed once: the event type's name and the attribute values it asks for
     * (none for a bare type). Matching an event then needs no regular expression.
     *
     * @param type       the event type's name ({@code token} itself for an unqualified token)
     * @param attributes the attributes named, in the token's order (null where a name is no attribute)
     * @param values     the value asked of each, as the table writes it
     */
    private record EventToken(String type, EventAttribute[] attributes, String[] values) {
        /** Tokens come from the action tables only, so this holds a few dozen entries at most. */
        private static final java.util.concurrent.ConcurrentMap<String, EventToken> PARSED =
                new java.util.concurrent.ConcurrentHashMap<>();

        static EventToken of(String token) {
            EventToken t = PARSED.get(token);
            return t != null ? t : PARSED.computeIfAbsent(token, EventToken::parse);
        }

        private static EventToken parse(String token) {
            Matcher q = QUALIFIED.matcher(token);
            if (!q.matches()) {
                return new EventToken(token, new EventAttribute[0], new String[0]);
            }
            String[] pairs = q.group(2).split(",");
            EventAttribute[] attributes = new EventAttribute[pairs.length];
            String[] values = new String[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                Matcher m = PAIR.matcher(pairs[i]);
                m.matches(); // QUALIFIED admits only well-formed pairs
                attributes[i] = EventAttribute.byJsonName(m.group(1));
                values[i] = m.group(2);
            }
            return new EventToken(q.group(1), attributes, values);
        }

        boolean matches(Event e) {
            if (!e.type().name().equals(type)) {
                return false;
            }
            for (int i = 0; i < attributes.length; i++) {
                if (!values[i].equals(valueText(e, attributes[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return true for a token naming an event (with or without an attribute value) */
    static boolean isEvent(String token) {
        return !token.equals("origin") && !token.startsWith("determined:") && !token.equals(TARGET_ACHIEVED);
    }

    /** @return the later of two instants, either of which may be null */
    static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
    }
}
