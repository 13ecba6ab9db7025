package org.throughcare.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The attributes an event may carry, declared once. Each has its JSON name (the key inside the event's
 * {@code attributes} object), its value type, what one of its values is called in a problem message, its meaning and
 * the catalogue IDs it serves (of any of the five documents). Which attributes an event
 * of a given type takes, and which of them it needs, is declared by each {@link EventType} constant
 * ({@link EventType#attributes()}); the JSON reader, the writer, the validator and the snapshot JSON Schema all
 * follow these two declarations.
 *
 * <p>Attribute values are operational, never free text: a code from a closed list, an establishment or court code,
 * or a yes/no. They are not personal data (see {@link PersonalData}); still, no message ever repeats a rejected value,
 * and {@link Event#toString()} prints no establishment or court code.
 */
public enum EventAttribute {
    // ------------------------------------------------------------------------------- movements (England 2009)

    /** How the person came to be received into prison ({@link ReceptionKind}); it says the arrival's origin. */
    KIND("kind", ValueType.CODE, ReceptionKind.class, "kind of reception",
            "How the person came to be received into prison; the kind says the arrival's origin (process point 1) when"
                    + " custody.origin is not stated",
            List.of("ENG-COC-PP1-01", "ENG-COC-RT-02", "ENG-COC-RT-03", "AMB-44", "AMB-45")),
    /** The prison or court the person left. */
    FROM("from", ValueType.PLACE, null, "establishment or court code",
            "The prison or court the person left (its establishment or court code)",
            List.of("ENG-COC-PP1-01", "ENG-COC-PP8-08", "ENG-COC-PP10-03")),
    /** The prison or court the person was taken to. */
    TO("to", ValueType.PLACE, null, "establishment or court code",
            "The prison or court the person was taken to (its establishment or court code)",
            List.of("ENG-COC-PP8-08", "ENG-COC-PP10-03", "ENG-COC-PP11-01", "ENG-COC-PP12-01", "ENG-COC-PP14-01")),
    /** Where the person was released ({@link ReleasePlace}). */
    PLACE("place", ValueType.CODE, ReleasePlace.class, "place of release",
            "Where the person was released: at the prison gate (process point 9) or by the court (process points 13"
                    + " and 14)",
            List.of("ENG-COC-RT-10", "ENG-COC-RT-16", "ENG-COC-RT-17", "ENG-COC-RT-20")),
    /** For a release by the court: whether a CJIT court worker was present there. */
    CJIT_COURT_WORKER_PRESENT("cjitCourtWorkerPresent", ValueType.BOOLEAN, null, "yes or no",
            "For a release by the court only (place COURT): whether a CJIT court worker was present at the court"
                    + " (process point 13) or not (process point 14)",
            List.of("ENG-COC-RT-16", "ENG-COC-RT-17")),

    // ------------------------------------------------------------ later process points of England 2009

    /** How a release-plan meeting was held ({@link MeetingMeans}). */
    MEANS("means", ValueType.CODE, MeetingMeans.class, "means of meeting",
            "How the release-plan meeting was held: ideally face to face or by video link, by telephone only in"
                    + " exceptional circumstances (process point 7)",
            List.of("ENG-COC-PP7-06", "ENG-COC-PP7-08", "ENG-COC-PP7-13", "AMB-68")),
    /** Whether the release plan was agreed at the meeting. */
    PLAN_AGREED("planAgreed", ValueType.BOOLEAN, null, "yes or no",
            "Whether the release plan was agreed at the meeting, as it must be (process point 7)",
            List.of("ENG-COC-PP7-09", "AMB-68")),
    /** The side that acted ({@link Side}): changed the release plan, or sent the form. */
    BY("by", ValueType.CODE, Side.class, "side",
            "The side that acted: for a release-plan change, the side that changed the plan (process point 7: the"
                    + " Substance Misuse Team must tell the CJIT, the CJIT should tell the Substance Misuse Team); for"
                    + " an Alert Form or an Activity Form, the side that sent it",
            List.of("ENG-COC-PP7-10", "ENG-COC-PP7-16", "ENG-COC-ALERT-03", "ENG-COC-ALERT-04", "ENG-COC-ALERT-05",
                    "ENG-COC-MON-04", "AMB-50")),
    /** The change of circumstance an Alert Form reports ({@link AlertChange}): one tick box. */
    CHANGE("change", ValueType.CODE, AlertChange.class, "change of circumstance",
            "The change of circumstance the Alert Form reports: one of its tick boxes (a form with several boxes"
                    + " ticked is one event per box)",
            List.of("ENG-COC-ALERT-08", "ENG-COC-ALERT-11", "ENG-COC-PP6-02", "AMB-56")),
    /** What an Activity Form records ({@link CaseloadChange}). */
    CASELOAD("caseload", ValueType.CODE, CaseloadChange.class, "caseload change",
            "What the Activity Form records: the sender took the person onto its active caseload, or closed its case",
            List.of("ENG-COC-PP4-19", "ENG-COC-PP8-10", "ENG-COC-PP8-12", "ENG-COC-PP9-05", "ENG-COC-PP9-06",
                    "ENG-COC-PP11-02", "ENG-COC-PP13-09", "ENG-COC-PP13-11", "ENG-COC-PP14-04", "ENG-COC-PP14-08")),
    /** For a court production: whether CJIT court workers are present at the court. */
    COURT_HAS_CJIT_WORKERS("courtHasCjitWorkers", ValueType.BOOLEAN, null, "yes or no",
            "Whether CJIT court workers are present at the court the prisoner is due at (process point 13) or not"
                    + " (process point 14: the Substance Misuse Team must encourage the prisoner to contact their CJIT"
                    + " if released)",
            List.of("ENG-COC-PP13-01", "ENG-COC-PP14-01")),
    /** Whether the CJIT met the person on release, after a requested pick-up. */
    MET("met", ValueType.BOOLEAN, null, "yes or no",
            "Whether the CJIT met the person on release, at the prison gate (process point 9) or at court (process"
                    + " point 13), after a requested pick-up",
            List.of("ENG-COC-PP9-04", "ENG-COC-PP9-05", "ENG-COC-PP13-05", "ENG-COC-PRI-02", "AMB-53")),
    /** Where evidence of PPO or problematic drug misuse came from ({@link EvidenceSource}). */
    EVIDENCE("evidence", ValueType.CODE, EvidenceSource.class, "source of evidence",
            "Where the evidence came from, at reception, of whether the prisoner is a PPO or a problematic drug"
                    + " misuser (process points 2 and 3); the LIDS flag and the prisoner's own word that they are a PPO"
                    + " are the determinations ppoFlaggedOnLids and ppoSelfIdentified",
            List.of("ENG-COC-PP2-02", "ENG-COC-PP3-01", "ENG-COC-PP3-02", "ENG-COC-PP3-03", "AMB-58")),

    // ------------------------------------------------------------ Scottish TAS and voluntary assistance

    /** The Scottish service a person asked for help ({@link ThroughcareService}). */
    SERVICE("service", ValueType.CODE, ThroughcareService.class, "service",
            "The service the person asked for help: the Throughcare Addiction Service or voluntary assistance",
            List.of("SCOT-TAS-ELIG-07", "SCOT-TAS-ELIG-11", "SCOT-TAS-ELIG-12")),
    /** Whether a contact was face to face. */
    FACE_TO_FACE("faceToFace", ValueType.BOOLEAN, null, "yes or no",
            "Whether the contact was face to face",
            List.of("SCOT-TAS-OBL-11", "SCOT-TAS-OBL-13", "SCOT-TAS-DATA-02", "SCOT-TAS-DATA-03")),
    /** What a contact was for, where the guidance gives a purpose ({@link ContactPurpose}). */
    PURPOSE("purpose", ValueType.CODE, ContactPurpose.class, "purpose of contact",
            "What the contact was for, where the guidance gives a purpose: to discuss, or to agree, the community"
                    + " integration plan",
            List.of("SCOT-TAS-OBL-11", "SCOT-TAS-DATA-02")),
    /** The party whose agreement to the community integration plan an event records ({@link PlanParty}). */
    PARTY("party", ValueType.CODE, PlanParty.class, "party to the plan",
            "The party whose agreement to the community integration plan the event records; the plan is agreed when"
                    + " every party has agreed",
            List.of("SCOT-TAS-OBL-03", "SCOT-TAS-OBL-04", "SCOT-TAS-DATA-01")),

    // ------------------------------------------------------------ Service 4

    /** How a referral reached the Service 4 substance use service ({@link ReferralRoute}). */
    ROUTE("route", ValueType.CODE, ReferralRoute.class, "referral route",
            "How the referral reached the substance use service; it says when the five-working-day clock starts",
            List.of("SPEC4-REF-01", "SPEC4-REF-02", "SPEC4-REF-03", "SPEC4-REF-05", "SPEC4-ASM-04", "SPEC4-ASM-05",
                    "AMB-76", "AMB-77", "AMB-82"));

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
    private final String valueName;
    private final String meaning;
    private final List<String> catalogueIds;

    EventAttribute(String jsonName, ValueType valueType, Class<? extends Enum<?>> codes, String valueName,
                   String meaning, List<String> catalogueIds) {
        this.jsonName = jsonName;
        this.valueType = valueType;
        this.codes = codes;
        this.valueName = valueName;
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

    /**
     * @return what one of its values is called where a problem message names what was expected ("not a known kind of
     *         reception; allowed values: ...")
     */
    public String valueName() {
        return valueName;
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
