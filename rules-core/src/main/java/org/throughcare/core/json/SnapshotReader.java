package org.throughcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.Event;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Origin;
import org.throughcare.core.Person;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.Times;
import org.throughcare.core.TriState;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;
import org.throughcare.core.validation.SnapshotValidator;

/**
 * Walks a parsed snapshot document, collecting every problem of form with its JSON Pointer, and builds the
 * {@link Snapshot} only when there are none. One instance reads one document (it holds the problem list).
 *
 * <p>Order of problems: the document's own order; a missing required field is reported after the other fields of
 * the object that should hold it. A JSON {@code null} counts as absent.
 */
final class SnapshotReader {

    static final List<String> ROOT_FIELDS = List.of("schemaVersion", "id", "jurisdiction", "asOf", "person", "custody",
            "determinations", "consent", "dir", "events");
    static final List<String> PERSON_FIELDS = List.of("sex", "dateOfBirth");
    static final List<String> CUSTODY_FIELDS = List.of("status", "establishment", "origin", "originEstablishedAt",
            "receptionAt", "sentence", "planned");
    static final List<String> SENTENCE_FIELDS = List.of("imposedOn", "days", "months");
    static final List<String> PLANNED_FIELDS = List.of("expectedRelease", "hdcEligibility", "endOfCustodyLicence");
    static final List<String> DETERMINATIONS_FIELDS = List.of("ppo", "problematicDrugUse", "stableAtReceptionScreen",
            "inContactWithPreviousPrisonTeam", "inContactWithCjit", "substanceMisuseNeed");
    static final List<String> DETERMINATION_FIELDS = List.of("value", "determinedAt");
    static final List<String> CONSENT_FIELDS = List.of("status", "date", "exceptions");
    static final List<String> EXCEPTIONS_FIELDS = List.of("riskOfHarm", "requiredAssessment", "restrictionOnBail",
            "otherLawfulException");
    static final List<String> DIR_FIELDS = List.of("completedOn");
    static final List<String> EVENT_FIELDS = List.of("type", "at");

    private static final ZoneRules LONDON = Times.LONDON.getRules();

    private final List<Problem> problems = new ArrayList<>();
    /** Every date-time and (non-planned) date read, by pointer, in document order. */
    private final Map<String, ZonedDateTime> readTimes = new java.util.LinkedHashMap<>();
    private final Map<String, LocalDate> readDates = new java.util.LinkedHashMap<>();
    private boolean truncated;
    private String id;

    /** @return the snapshot's id when it could be read as a string, else null (for the exception). */
    String id() {
        return id;
    }

    /** @return every problem found so far. */
    List<Problem> problems() {
        return List.copyOf(problems);
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
                case "determinations" -> determinations = determinations(v, p);
                case "consent" -> consent = consent(v, p);
                case "dir" -> dir = dir(v, p);
                case "events" -> events = events(v, p);
                default -> unknown(f.getKey(), p, ROOT_FIELDS, "a snapshot");
            }
        }
        required(root, "", "id", "the snapshot's pseudonymous id");
        required(root, "", "jurisdiction", "the jurisdiction of the prison");
        required(root, "", "asOf", "the moment the snapshot describes");
        required(root, "", "custody", "the custody facts");
        if (!problems.isEmpty()) {
            // The meaning checks need a well-formed snapshot; the one that needs only asOf still runs, so that a
            // time after asOf is reported in the same report as the form errors.
            afterAsOf(asOf);
            return null;
        }
        Snapshot s = new Snapshot(id, jurisdiction, asOf, person, custody, determinations, consent, dir, events);
        for (Problem p : SnapshotValidator.validate(s)) {
            add(p.pointer(), p.code(), p.message());
        }
        return problems.isEmpty() ? s : null;
    }

    /** Reports every date-time or date read that lies after {@code asOf} (nothing when asOf itself is unreadable). */
    private void afterAsOf(ZonedDateTime asOf) {
        if (asOf == null) {
            return;
        }
        readTimes.forEach((p, t) -> {
            if (t.isAfter(asOf)) {
                add(p, ProblemCodes.AFTER_AS_OF, Times.format(t) + " is after asOf (" + Times.format(asOf)
                        + "); a snapshot cannot record what has not happened yet");
            }
        });
        readDates.forEach((p, d) -> {
            if (d.isAfter(asOf.toLocalDate())) {
                add(p, ProblemCodes.AFTER_AS_OF, d + " is after asOf (" + asOf.toLocalDate()
                        + "); a snapshot cannot record what has not happened yet");
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ objects

    private void schemaVersion(JsonNode v, String p) {
        if (v.isNull()) {
            return;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected the string \"" + ThroughcareJson.SCHEMA_VERSION + "\", got "
                    + type(v));
            return;
        }
        if (!v.textValue().equals(ThroughcareJson.SCHEMA_VERSION)) {
            add(p, ProblemCodes.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion \"" + v.textValue()
                    + "\" is not supported: this library reads snapshot schema \"" + ThroughcareJson.SCHEMA_VERSION
                    + "\" (or a snapshot with no schemaVersion)");
        }
    }

    private Person person(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
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
        return problems.size() > before ? null : new Person(sex == null ? Sex.NOT_RECORDED : sex, dateOfBirth);
    }

    private Custody custody(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
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
        if (problems.size() > before) {
            return null;
        }
        return new Custody(status, establishment, origin, originEstablishedAt, receptionAt, sentence, planned);
    }

    private Sentence sentence(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
        LocalDate imposedOn = null;
        Integer days = null;
        Integer months = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "imposedOn" -> imposedOn = date(v, p);
                case "days" -> days = count(v, p, "sentence days");
                case "months" -> months = count(v, p, "sentence months");
                default -> unknown(f.getKey(), p, SENTENCE_FIELDS, "sentence");
            }
        }
        return problems.size() > before ? null : new Sentence(imposedOn, days, months);
    }

    private PlannedDates planned(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
        LocalDate expectedRelease = null;
        LocalDate hdcEligibility = null;
        LocalDate endOfCustodyLicence = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "expectedRelease" -> expectedRelease = date(v, p);
                case "hdcEligibility" -> hdcEligibility = date(v, p);
                case "endOfCustodyLicence" -> endOfCustodyLicence = date(v, p);
                default -> unknown(f.getKey(), p, PLANNED_FIELDS, "planned");
            }
        }
        return problems.size() > before ? null : new PlannedDates(expectedRelease, hdcEligibility, endOfCustodyLicence);
    }

    private Determinations determinations(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
        Determination[] d = new Determination[DETERMINATIONS_FIELDS.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            int i = DETERMINATIONS_FIELDS.indexOf(f.getKey());
            if (i < 0) {
                unknown(f.getKey(), p, DETERMINATIONS_FIELDS, "determinations");
            } else {
                d[i] = determination(f.getValue(), p);
            }
        }
        return problems.size() > before ? null : new Determinations(d[0], d[1], d[2], d[3], d[4], d[5]);
    }

    private Determination determination(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
        TriState value = null;
        ZonedDateTime determinedAt = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "value" -> value = enumValue(v, p, TriState.class, "determination value");
                case "determinedAt" -> determinedAt = time(v, p);
                default -> unknown(f.getKey(), p, DETERMINATION_FIELDS, "a determination");
            }
        }
        required(n, ptr, "value", "the determination's value (YES, NO or NOT_DETERMINED)");
        if (value == TriState.NOT_DETERMINED && determinedAt != null) {
            add(child(ptr, "determinedAt"), ProblemCodes.WITHOUT_VALUE, "a determination that is NOT_DETERMINED "
                    + "has no determinedAt time: leave determinedAt out, or give the value YES or NO");
        }
        return problems.size() > before ? null : new Determination(value, determinedAt);
    }

    private Consent consent(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
        ConsentStatus status = null;
        LocalDate date = null;
        boolean[] flags = new boolean[3];
        String[] other = new String[1];
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "status" -> status = enumValue(v, p, ConsentStatus.class, "consent status");
                case "date" -> date = date(v, p);
                case "exceptions" -> exceptions(v, p, flags, other);
                default -> unknown(f.getKey(), p, CONSENT_FIELDS, "consent");
            }
        }
        required(n, ptr, "status", "the consent status (GIVEN, REFUSED, WITHDRAWN or NOT_RECORDED)");
        return problems.size() > before ? null : new Consent(status, date, flags[0], flags[1], flags[2], other[0]);
    }

    private void exceptions(JsonNode n, String ptr, boolean[] flags, String[] other) {
        if (!object(n, ptr)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "riskOfHarm" -> flags[0] = bool(v, p);
                case "requiredAssessment" -> flags[1] = bool(v, p);
                case "restrictionOnBail" -> flags[2] = bool(v, p);
                case "otherLawfulException" -> other[0] = string(v, p);
                default -> unknown(f.getKey(), p, EXCEPTIONS_FIELDS, "consent exceptions");
            }
        }
    }

    private Dir dir(JsonNode n, String ptr) {
        if (!object(n, ptr)) {
            return null;
        }
        int before = problems.size();
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
        return problems.size() > before ? null : new Dir(completedOn);
    }

    private List<Event> events(JsonNode n, String ptr) {
        if (n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            add(ptr, ProblemCodes.WRONG_TYPE, "expected an array of events, got " + type(n));
            return null;
        }
        if (n.size() > SnapshotValidator.MAX_EVENTS) {
            add(ptr, ProblemCodes.TOO_MANY, "at most " + SnapshotValidator.MAX_EVENTS + " events are accepted, got "
                    + n.size() + "; the events were not read");
            return null;
        }
        int before = problems.size();
        List<Event> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            Event e = event(n.get(i), ptr + "/" + i);
            if (e != null) {
                out.add(e);
            }
        }
        return problems.size() > before ? null : out;
    }

    private Event event(JsonNode n, String ptr) {
        if (n.isNull() || !n.isObject()) {
            add(ptr, ProblemCodes.WRONG_TYPE, "expected an event object {\"type\": ..., \"at\": ...}, got " + type(n));
            return null;
        }
        int before = problems.size();
        EventType type = null;
        ZonedDateTime at = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = child(ptr, f.getKey());
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "type" -> type = enumValue(v, p, EventType.class, "event type");
                case "at" -> at = time(v, p);
                default -> unknown(f.getKey(), p, EVENT_FIELDS, "an event");
            }
        }
        required(n, ptr, "type", "the event type");
        required(n, ptr, "at", "when the event happened");
        return problems.size() > before ? null : new Event(type, at);
    }

    // ------------------------------------------------------------------------------------------------ values

    /** @return false (and nothing reported) for null; false with a problem for a non-object. */
    private boolean object(JsonNode n, String ptr) {
        if (n.isNull()) {
            return false;
        }
        if (!n.isObject()) {
            add(ptr, ProblemCodes.WRONG_TYPE, "expected an object, got " + type(n));
            return false;
        }
        return true;
    }

    private String string(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected a string, got " + type(v));
            return null;
        }
        return v.textValue();
    }

    private boolean bool(JsonNode v, String p) {
        if (v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected true or false, got " + type(v));
            return false;
        }
        return v.booleanValue();
    }

    private Integer count(JsonNode v, String p, String what) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected a whole number of " + what.substring(what.indexOf(' ') + 1)
                    + ", got " + type(v));
            return null;
        }
        if (!v.canConvertToInt() || v.intValue() < 0) {
            add(p, ProblemCodes.OUT_OF_RANGE, what + " must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", got " + v.asText());
            return null;
        }
        return v.intValue();
    }

    private <E extends Enum<E>> E enumValue(JsonNode v, String p, Class<E> type, String what) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected a string (one of " + allowed(type) + "), got " + type(v));
            return null;
        }
        String s = v.textValue();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        String hint = "";
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.trim().replace('-', '_').replace(' ', '_'))) {
                hint = " (values are written exactly as listed: did you mean \"" + e.name() + "\"?)";
            }
        }
        add(p, ProblemCodes.UNKNOWN_VALUE, "\"" + s + "\" is not a known " + what + "; allowed values: " + allowed(type)
                + hint);
        return null;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Reads a date and remembers it (planned dates excepted: they may lie after asOf). */
    private LocalDate date(JsonNode v, String p) {
        LocalDate d = parseDate(v, p);
        if (d != null && !p.startsWith("/custody/planned/")) {
            readDates.put(p, d);
        }
        return d;
    }

    private LocalDate parseDate(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected a date string such as \"2026-04-02\", got " + type(v));
            return null;
        }
        String s = v.textValue();
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            String hint = s.contains("T") ? " (a date has no time: give only the date part)" : "";
            add(p, ProblemCodes.MALFORMED_DATE, "\"" + s + "\" is not a date: expected an ISO 8601 calendar date "
                    + "such as \"2026-04-02\"" + hint + noSuch(e));
            return null;
        }
    }

    /** Reads a date-time and remembers it, so that it can still be checked against asOf when the form is wrong. */
    private ZonedDateTime time(JsonNode v, String p) {
        ZonedDateTime t = parseTime(v, p);
        if (t != null && !p.equals("/asOf")) {
            readTimes.put(p, t);
        }
        return t;
    }

    private ZonedDateTime parseTime(JsonNode v, String p) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            add(p, ProblemCodes.WRONG_TYPE, "expected a date-time string such as \"2026-04-02T16:00\", got " + type(v));
            return null;
        }
        String s = v.textValue();
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).atZoneSameInstant(Times.LONDON);
        } catch (DateTimeParseException offsetFailed) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                String hint = !s.contains("T") && s.contains(" ") ? " (put a \"T\" between the date and the time)"
                        : !s.contains("T") ? " (a date-time needs a time as well as a date)" : "";
                add(p, ProblemCodes.MALFORMED_TIME, "\"" + s + "\" is not a date-time: expected ISO 8601 local "
                        + "Europe/London time such as \"2026-04-02T16:00\" (seconds optional) or a time with its offset "
                        + "such as \"2026-04-02T16:00+01:00\"" + hint + noSuch(e));
                return null;
            }
            List<ZoneOffset> offsets = LONDON.getValidOffsets(local);
            if (offsets.size() == 1) {
                return ZonedDateTime.ofLocal(local, Times.LONDON, null);
            }
            ZoneOffsetTransition t = LONDON.getTransition(local);
            if (offsets.isEmpty()) {
                add(p, ProblemCodes.NONEXISTENT_LOCAL_TIME, "\"" + s + "\" does not exist in Europe/London: the clocks "
                        + "went forward from " + t.getDateTimeBefore().toLocalTime() + " to "
                        + t.getDateTimeAfter().toLocalTime() + " that night; give the time with its offset");
            } else {
                add(p, ProblemCodes.AMBIGUOUS_LOCAL_TIME, "\"" + s + "\" happens twice in Europe/London: the clocks "
                        + "went back from " + t.getDateTimeBefore().toLocalTime() + " to "
                        + t.getDateTimeAfter().toLocalTime() + " that night; add the offset, \"" + s
                        + t.getOffsetBefore() + "\" for the first (BST) or \"" + s + offsetText(t.getOffsetAfter())
                        + "\" for the second (GMT)");
            }
            return null;
        }
    }

    private static String offsetText(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    /** @return a clause naming an impossible field value ("no such date"), or "". */
    private static String noSuch(DateTimeParseException e) {
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && (c.getMessage().startsWith("Invalid date")
                || c.getMessage().startsWith("Invalid value"))) {
            return "; there is no such date or time";
        }
        return "";
    }

    // ------------------------------------------------------------------------------------------------ problems

    private void required(JsonNode parent, String ptr, String field, String what) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            add(child(ptr, field), ProblemCodes.REQUIRED, field + " is required: " + what);
        }
    }

    private void unknown(String field, String p, List<String> known, String where) {
        String nearest = nearest(field, known);
        add(p, ProblemCodes.UNKNOWN_FIELD, "unknown field \"" + field + "\" in " + where + "; "
                + (nearest != null ? "did you mean \"" + nearest + "\"?" : "known fields: " + String.join(", ", known)));
    }

    /** @return the known field closest to {@code field}, or null when none is close. */
    static String nearest(String field, List<String> known) {
        Function<String, String> norm = s -> s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        String f = norm.apply(field);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(f, norm.apply(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, f.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private void add(String pointer, String code, String message) {
        if (truncated) {
            return;
        }
        if (problems.size() >= ThroughcareJson.MAX_PROBLEMS) {
            truncated = true;
            problems.add(new Problem("", ProblemCodes.TOO_MANY_PROBLEMS, "more than " + ThroughcareJson.MAX_PROBLEMS
                    + " problems; only the first " + ThroughcareJson.MAX_PROBLEMS + " are listed"));
            return;
        }
        problems.add(new Problem(pointer, code, message));
    }

    /** @return the JSON Pointer (RFC 6901) of {@code field} in the object at {@code parent}. */
    static String child(String parent, String field) {
        return parent + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    private static String type(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
