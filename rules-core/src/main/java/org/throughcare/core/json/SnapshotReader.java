package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.throughcare.core.Consent;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDate;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;
import org.throughcare.core.vocabulary.Vocabulary;

/**
 * Walks a parsed snapshot document, collecting every problem of form with its JSON Pointer, and builds the
 * {@link Snapshot} only when there are none. One instance reads one document (it holds the problem list).
 *
 * <p>Order of problems: the document's own order; a missing required field is reported after the other fields of
 * the object that should hold it. A JSON {@code null} counts as absent.
 */
final class SnapshotReader extends DocumentReader {

    static final List<String> ROOT_FIELDS = List.of("schemaVersion", "id", "jurisdiction", "asOf", "person", "custody",
            "determinations", "consent", "dir", "events", "goingStraightContract");
    static final List<String> PERSON_FIELDS = List.of("sex", "dateOfBirth");
    static final List<String> CUSTODY_FIELDS = List.of("status", "establishment", "origin", "originEstablishedAt",
            "receptionAt", "sentence", "planned");
    static final List<String> SENTENCE_FIELDS = List.of("imposedOn", "days", "months");
    static final List<String> DIR_FIELDS = List.of("completedOn");

    private final Vocabulary vocabulary;
    private final ConsentReader consentReader = new ConsentReader(this);
    private final EventReader eventReader = new EventReader(this);
    private final DeterminationsReader determinationsReader;
    private final GscReader gscReader = new GscReader(this);
    private String id;

    /** @param vocabulary the declared vocabulary: which determinations a snapshot may state */
    SnapshotReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.determinationsReader = new DeterminationsReader(this, vocabulary);
    }

    /**
     * @return the snapshot's id when it could be read and is a valid pseudonymous id, else null (for the exception:
     *         a rejected id is never echoed, as it may be a name)
     */
    String id() {
        return SnapshotValidator.isPseudonymousId(id) ? id : null;
    }

    /** @return every problem listed so far. */
    List<Problem> problems() {
        return problems.list();
    }

    /**
     * Reads the whole document.
     *
     * @return the snapshot, or null when there is any problem (see {@link #problems()})
     */
    Snapshot read(JsonNode root) {
        if (!root.isObject()) {
            add("", ProblemCodes.WRONG_TYPE, "expected a JSON object (one snapshot), got " + type(root));
            return null;
        }
        Jurisdiction jurisdiction = null;
        ZonedDateTime asOf = null;
        Person person = null;
        Custody custody = null;
        Determinations determinations = null;
        Consent consent = null;
        Dir dir = null;
        List<Event> events = null;
        GoingStraightContract contract = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child("", f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "schemaVersion" -> schemaVersion(v, p);
                case "id" -> id = string(v, p);
                case "jurisdiction" -> jurisdiction = enumValue(v, p, Jurisdiction.class, "jurisdiction");
                case "asOf" -> asOf = time(v, p);
                case "person" -> person = person(v, p);
                case "custody" -> custody = custody(v, p);
                case "determinations" -> determinations = determinationsReader.determinations(v, p);
                case "consent" -> consent = consentReader.consent(v, p);
                case "dir" -> dir = dir(v, p);
                case "events" -> events = eventReader.events(v, p);
                case "goingStraightContract" -> contract = gscReader.contract(v, p);
                default -> unknown(f.getKey(), p, ROOT_FIELDS, "a snapshot");
            }
        }
        required(root, "", "id", "the snapshot's pseudonymous id");
        required(root, "", "jurisdiction", "the jurisdiction of the prison");
        required(root, "", "asOf", "the moment the snapshot describes");
        required(root, "", "custody", "the custody facts");
        if (!problems.none()) {
            consentReader.meaning.forEach(p -> add(p.pointer(), p.code(), p.message()));
            // The meaning checks need a well-formed snapshot; the one that needs only asOf still runs, so that a
            // time after asOf is reported in the same report as the form errors.
            afterAsOf(asOf);
            return null;
        }
        Snapshot s = new Snapshot(id, jurisdiction, asOf, person, custody, determinations, consent, dir, events,
                contract);
        List<Problem> meaning = new ArrayList<>(SnapshotValidator.validate(s, vocabulary));
        // The one-decision consent form's own meaning problems go where the validator would put consent's.
        int at = 0;
        while (at < meaning.size() && ROOT_FIELDS.indexOf(topField(meaning.get(at).pointer()))
                < ROOT_FIELDS.indexOf("consent")) {
            at++;
        }
        meaning.addAll(at, consentReader.meaning);
        for (Problem p : meaning) {
            add(p.pointer(), p.code(), p.message());
        }
        return problems.none() ? s : null;
    }

    /** @return the snapshot field a pointer lies in ("custody" for "/custody/origin"; "" for the root) */
    private static String topField(String pointer) {
        int end = pointer.indexOf('/', 1);
        return pointer.isEmpty() ? "" : pointer.substring(1, end < 0 ? pointer.length() : end);
    }

    // ------------------------------------------------------------------------------------------------ objects

    private void schemaVersion(JsonNode v, String p) {
        if (v.isNull()) {
            return;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected the string \"" + ThroughcareJson.SCHEMA_VERSION + "\" (or \"1.0\"), got "
                    + type(v));
            return;
        }
        if (!ThroughcareJson.READABLE_SCHEMA_VERSIONS.contains(v.textValue())) {
            add(p, ProblemCodes.UNSUPPORTED_SCHEMA_VERSION, "this schemaVersion is not supported: this library reads "
                    + "snapshot schemas " + String.join(" and ", ThroughcareJson.READABLE_SCHEMA_VERSIONS)
                    + " (or a snapshot with no schemaVersion)");
        }
    }

    private Person person(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.mark();
        Sex sex = null;
        LocalDate dateOfBirth = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "sex" -> sex = enumValue(v, p, Sex.class, "sex");
                case "dateOfBirth" -> dateOfBirth = date(v, p);
                default -> unknown(f.getKey(), p, PERSON_FIELDS, "person");
            }
        }
        return problems.since(before) ? null : new Person(sex == null ? Sex.NOT_RECORDED : sex, dateOfBirth);
    }

    private Custody custody(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.mark();
        CustodyStatus status = null;
        String establishment = null;
        Origin origin = null;
        ZonedDateTime originEstablishedAt = null;
        ZonedDateTime receptionAt = null;
        Sentence sentence = null;
        PlannedDates planned = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "status" -> status = enumValue(v, p, CustodyStatus.class, "custody status");
                case "establishment" -> establishment = string(v, p);
                case "origin" -> origin = enumValue(v, p, Origin.class, "origin");
                case "originEstablishedAt" -> originEstablishedAt = time(v, p);
                case "receptionAt" -> receptionAt = time(v, p);
                case "sentence" -> sentence = sentence(v, p);
                case "planned" -> planned = planned(v, p);
                default -> unknown(f.getKey(), p, CUSTODY_FIELDS, "custody");
            }
        }
        required(n, ptr, "status", "the custody status");
        if (problems.since(before)) {
            return null;
        }
        return new Custody(status, establishment, origin, originEstablishedAt, receptionAt, sentence, planned);
    }

    private Sentence sentence(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.mark();
        LocalDate imposedOn = null;
        Integer days = null;
        Integer months = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "imposedOn" -> imposedOn = date(v, p);
                case "days" -> days = count(v, p, "days");
                case "months" -> months = count(v, p, "months");
                default -> unknown(f.getKey(), p, SENTENCE_FIELDS, "sentence");
            }
        }
        return problems.since(before) ? null : new Sentence(imposedOn, days, months);
    }

    private PlannedDates planned(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.mark();
        PlannedDates planned = PlannedDates.none();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            PlannedDate which = PlannedDate.byJsonName(f.getKey());
            if (which == null) {
                unknown(f.getKey(), p, PlannedDate.jsonNames(), "planned");
            } else {
                planned = planned.with(which, date(f.getValue(), p));
            }
        }
        return problems.since(before) ? null : planned;
    }

    private Dir dir(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.mark();
        LocalDate completedOn = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            if (f.getKey().equals("completedOn")) {
                completedOn = date(f.getValue(), p);
            } else {
                unknown(f.getKey(), p, DIR_FIELDS, "dir");
            }
        }
        return problems.since(before) ? null : new Dir(completedOn);
    }
}
