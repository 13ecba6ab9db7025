package org.throughcare.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The attributes an event may carry, declared once. Each has its JSON name (the key inside the event's
 * {@code attributes} object), its value type, its meaning and the catalogue IDs it serves. Which attributes an event
 * of a given type takes, and which of them it needs, is declared by each {@link EventType} constant
 * ({@link EventType#attributes()}); the JSON reader, the writer, the validator and the snapshot JSON Schema all
 * follow these two declarations.
 *
 * <p>Attribute values are operational, never free text: a code from a closed list, an establishment or court code,
 * or a yes/no. They are not personal data (see {@link PersonalData}); still, no message ever repeats a rejected value,
 * and {@link Event#toString()} prints no establishment or court code.
 */
public enum EventAttribute {
    /** How the person came to be received into prison ({@link ReceptionKind}); it says the arrival's origin. */
    KIND("kind", ValueType.CODE, ReceptionKind.class,
            "How the person came to be received into prison; the kind says the arrival's origin (process point 1) when"
                    + " custody.origin is not stated",
            List.of("ENG-COC-PP1-01", "ENG-COC-RT-02", "ENG-COC-RT-03", "AMB-44", "AMB-45")),
    /** The prison or court the person left. */
    FROM("from", ValueType.PLACE, null,
            "The prison or court the person left (its establishment or court code)",
            List.of("ENG-COC-PP1-01", "ENG-COC-PP8-08", "ENG-COC-PP10-03")),
    /** The prison or court the person was taken to. */
    TO("to", ValueType.PLACE, null,
            "The prison or court the person was taken to (its establishment or court code)",
            List.of("ENG-COC-PP8-08", "ENG-COC-PP10-03", "ENG-COC-PP11-01", "ENG-COC-PP12-01", "ENG-COC-PP14-01")),
    /** Where the person was released ({@link ReleasePlace}). */
    PLACE("place", ValueType.CODE, ReleasePlace.class,
            "Where the person was released: at the prison gate (process point 9) or by the court (process points 13"
                    + " and 14)",
            List.of("ENG-COC-RT-10", "ENG-COC-RT-16", "ENG-COC-RT-17", "ENG-COC-RT-20")),
    /** For a release by the court: whether a CJIT court worker was present there. */
    CJIT_COURT_WORKER_PRESENT("cjitCourtWorkerPresent", ValueType.BOOLEAN, null,
            "For a release by the court only (place COURT): whether a CJIT court worker was present at the court"
                    + " (process point 13) or not (process point 14)",
            List.of("ENG-COC-RT-16", "ENG-COC-RT-17"));

    /** The kinds of value an attribute may hold. */
    public enum ValueType {
        /** A code from a closed list (a Java enum): written as its name, read exactly as written. */
        CODE,
        /** An establishment or court code: a non-blank string of at most {@value EventAttribute#MAX_PLACE_LENGTH} characters. */
        PLACE,
        /** Yes or no: a JSON boolean. */
        BOOLEAN
    }

    /** The longest establishment or court code an attribute may hold (as long as custody.establishment). */
    public static final int MAX_PLACE_LENGTH = 200;

    private final String jsonName;
    private final ValueType valueType;
    private final Class<? extends Enum<?>> codes;
    private final String meaning;
    private final List<String> catalogueIds;

    EventAttribute(String jsonName, ValueType valueType, Class<? extends Enum<?>> codes, String meaning,
                   List<String> catalogueIds) {
        this.jsonName = jsonName;
        this.valueType = valueType;
        this.codes = codes;
        this.meaning = meaning;
        this.catalogueIds = catalogueIds;
    }

    /** @return the key of the attribute in an event's {@code attributes} object */
    public String jsonName() {
        return jsonName;
    }

    /** @return the kind of value it holds */
    public ValueType valueType() {
        return valueType;
    }

    /** @return the closed list of codes of a {@link ValueType#CODE} attribute, or null for other value types */
    public Class<? extends Enum<?>> codes() {
        return codes;
    }

    /** @return the code names of a {@link ValueType#CODE} attribute, in declaration order; empty for other types */
    public List<String> codeNames() {
        return codes == null ? List.of() : Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    /** @return the Java class of its values: the code enum, {@link String} or {@link Boolean} */
    public Class<?> valueClass() {
        return switch (valueType) {
            case CODE -> codes;
            case PLACE -> String.class;
            case BOOLEAN -> Boolean.class;
        };
    }

    /** @return what the attribute means, in plain words */
    public String meaning() {
        return meaning;
    }

    /** @return the catalogue IDs (rules, interpretations) the attribute serves */
    public List<String> catalogueIds() {
        return catalogueIds;
    }

    /**
     * The one condition between attributes: {@link #CJIT_COURT_WORKER_PRESENT} qualifies a release by the court, so
     * it may be given only with {@link #PLACE} {@link ReleasePlace#COURT}.
     *
     * @return the attribute and value this one needs beside it, or null when it stands alone
     */
    public Qualifies qualifies() {
        return this == CJIT_COURT_WORKER_PRESENT ? new Qualifies(PLACE, ReleasePlace.COURT) : null;
    }

    /** An attribute's companion: this attribute may be given only when {@code attribute} holds {@code value}. */
    public record Qualifies(EventAttribute attribute, Object value) {
    }

    /** @return this attribute as one an event type takes but does not need */
    public Use optional() {
        return new Use(this, false);
    }

    /** @return this attribute as one an event type needs */
    public Use required() {
        return new Use(this, true);
    }

    /** @return the attribute with this JSON name, or null */
    public static EventAttribute byJsonName(String name) {
        for (EventAttribute a : values()) {
            if (a.jsonName.equals(name)) {
                return a;
            }
        }
        return null;
    }

    /**
     * One attribute as an event type takes it.
     *
     * @param attribute the attribute
     * @param required  whether an event of the type needs it
     */
    public record Use(EventAttribute attribute, boolean required) {
        public Use {
            Objects.requireNonNull(attribute, "attribute");
        }
    }
}
