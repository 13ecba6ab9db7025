package org.throughcare.examples.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.throughcare.core.Snapshot;

/**
 * Makes a valid line invalid in one of the ways of {@link Corruption}, choosing among the variants the snapshot
 * allows (an event's time can be broken only when there is an event). Works on the JSON tree, so that the rest of
 * the line stays well formed; only a truncation or a duplicated field is made on the text. The result is always a
 * single, non-blank line that {@code ThroughcareJson.readSnapshot} rejects.
 */
final class Corruptor {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Snapshot snapshot;
    private final ObjectNode root;
    private final Dice dice;

    private Corruptor(Snapshot snapshot, ObjectNode root, Dice dice) {
        this.snapshot = snapshot;
        this.root = root;
        this.dice = dice;
    }

    /**
     * @param snapshot the valid snapshot the tree was written from
     * @param root     its JSON tree (changed in place)
     * @return the invalid line
     */
    static String corrupt(Corruption kind, Snapshot snapshot, ObjectNode root, Dice dice) {
        Corruptor c = new Corruptor(snapshot, root, dice);
        return switch (kind) {
            case TRUNCATED -> c.truncated();
            case DUPLICATE_FIELD -> c.duplicated();
            default -> {
                c.change(kind);
                yield SnapshotJson.text(root);
            }
        };
    }

    private String truncated() {
        String text = SnapshotJson.text(root);
        return text.substring(0, dice.between(1, text.length() - 1));
    }

    private String duplicated() {
        String field = dice.pick("id", "jurisdiction", "asOf");
        ObjectNode copy = NODES.objectNode();
        copy.set(field, root.get(field));
        String pair = SnapshotJson.text(copy);
        return "{" + pair.substring(1, pair.length() - 1) + "," + SnapshotJson.text(root).substring(1);
    }

    private void change(Corruption kind) {
        List<Runnable> variants = new ArrayList<>();
        switch (kind) {
            case MALFORMED_TIME -> malformedTime(variants);
            case UNKNOWN_FIELD -> unknownField(variants);
            case UNKNOWN_VALUE -> unknownValue(variants);
            case AFTER_AS_OF -> afterAsOf(variants);
            case WRONG_TYPE -> wrongType(variants);
            case MISSING_REQUIRED -> missingRequired(variants);
            case INCONSISTENT -> inconsistent(variants);
            default -> throw new IllegalArgumentException("not a tree change: " + kind);
        }
        dice.pick(variants).run();
    }

    // ------------------------------------------------------------------------------------------------ variants

    private void malformedTime(List<Runnable> v) {
        String asOf = root.get("asOf").asText();
        int year = snapshot.asOf().getYear();
        v.add(() -> root.put("asOf", asOf.replace('T', ' ')));
        v.add(() -> root.put("asOf", snapshot.asOf().toLocalDate().toString()));
        v.add(() -> custody().put("receptionAt", snapshot.asOf().toLocalDate() + "T25:10"));
        v.add(() -> addEvent("CLINICAL_ASSESSMENT_COMPLETED", year + "-02-30T10:00"));
        v.add(() -> addEvent("CARAT_FILE_FORWARDED", SpecialDays.clockChange(year, true) + "T01:30"));
        v.add(() -> addEvent("CARAT_FILE_FORWARDED", SpecialDays.clockChange(year, false) + "T01:30"));
        ArrayNode events = events();
        if (!events.isEmpty()) {
            v.add(() -> {
                ObjectNode e = (ObjectNode) events.get(dice.between(0, events.size() - 1));
                e.put("at", e.get("at").asText().substring(0, 10));
            });
        }
        ObjectNode d = anyDetermination();
        if (d != null) {
            v.add(() -> d.put("determinedAt", "yesterday"));
        }
    }

    private void unknownField(List<Runnable> v) {
        v.add(() -> custody().put("recepionAt", root.get("asOf").asText()));
        v.add(() -> root.put("jurisdicton", snapshot.jurisdiction().name()));
        v.add(() -> root.withObjectProperty("determinations").putObject("ppoStatus").put("value", "YES"));
        v.add(() -> root.withObjectProperty("person").put("dob",
                snapshot.asOf().toLocalDate().minusYears(30).toString()));
        ArrayNode events = events();
        if (!events.isEmpty()) {
            v.add(() -> {
                ObjectNode e = (ObjectNode) events.get(dice.between(0, events.size() - 1));
                e.put("time", e.get("at").asText());
            });
        }
    }

    private void unknownValue(List<Runnable> v) {
        v.add(() -> root.put("jurisdiction", dice.pick("england", "Scotland", "NORTHERN_IRELAND", "ENG")));
        v.add(() -> custody().put("status", dice.pick("ON_REMAND", "CONVICTED", "released")));
        v.add(() -> root.putObject("consent").put("status", dice.pick("YES", "AGREED", "given")));
        ArrayNode events = events();
        if (!events.isEmpty()) {
            v.add(() -> ((ObjectNode) events.get(dice.between(0, events.size() - 1)))
                    .put("type", dice.pick("DIR_FAXED", "ARRIVED", "dip_referral")));
        }
        if (custody().has("origin")) {
            v.add(() -> custody().put("origin", dice.pick("COURT", "PRISON", "community_via_court")));
        }
        ObjectNode d = anyDetermination();
        if (d != null) {
            v.add(() -> d.put("value", dice.pick("MAYBE", "yes", "UNKNOWN")));
        }
    }

    private void afterAsOf(List<Runnable> v) {
        ZonedDateTime later = snapshot.asOf().plusMinutes(dice.between(1, 72 * 60));
        LocalDate laterDay = snapshot.asOf().toLocalDate().plusDays(dice.between(1, 30));
        String laterText = TimeText.write(later, JsonStyle.TimeForm.OFFSET);
        v.add(() -> addEvent(dice.pick("CARATS_FIRST_CONTACT", "DIR_SENT_TO_PRISON", "CJIT_CASE_CLOSED"), laterText));
        v.add(() -> root.putObject("consent").put("status", "GIVEN").put("date", laterDay.toString()));
        v.add(() -> root.putObject("dir").put("completedOn", laterDay.toString()));
        v.add(() -> root.withObjectProperty("determinations").putObject("ppo").put("value", "NO")
                .put("determinedAt", laterText));
        v.add(() -> {
            ObjectNode c = custody();
            c.remove("origin");
            c.remove("originEstablishedAt");
            c.put("receptionAt", laterText);
        });
    }

    private void wrongType(List<Runnable> v) {
        v.add(() -> root.putObject("events").put("type", "RELEASED").put("at", root.get("asOf").asText()));
        v.add(() -> root.put("id", dice.between(1, 99999)));
        v.add(() -> root.put("person", "not recorded"));
        v.add(() -> root.put("custody", snapshot.custody().status().name()));
        v.add(() -> custody().putObject("sentence").put("days", "120"));
        ObjectNode determinations = root.has("determinations") ? (ObjectNode) root.get("determinations") : null;
        if (determinations != null && !determinations.isEmpty()) {
            v.add(() -> determinations.put(determinations.properties().iterator().next().getKey(), "YES"));
        }
    }

    private void missingRequired(List<Runnable> v) {
        v.add(() -> root.remove("id"));
        v.add(() -> root.remove("jurisdiction"));
        v.add(() -> root.remove("asOf"));
        v.add(() -> root.remove("custody"));
        v.add(() -> custody().remove("status"));
        ArrayNode events = events();
        if (!events.isEmpty()) {
            v.add(() -> ((ObjectNode) events.get(dice.between(0, events.size() - 1))).remove(dice.pick("at", "type")));
        }
        ObjectNode d = anyDetermination();
        if (d != null) {
            v.add(() -> d.remove("value"));
        }
    }

    private void inconsistent(List<Runnable> v) {
        LocalDate today = snapshot.asOf().toLocalDate();
        v.add(() -> root.putObject("consent").put("status", dice.pick("GIVEN", "REFUSED", "WITHDRAWN")));
        v.add(() -> root.putObject("consent").put("status", "NOT_RECORDED").put("date", today.toString()));
        v.add(() -> root.withObjectProperty("consent").put("status", "GIVEN").put("date", today.toString())
                .putObject("exceptions").put("otherLawfulException", " "));
        v.add(() -> custody().putObject("sentence").put("imposedOn", today.toString()).put("days", 90)
                .put("months", 3));
        v.add(() -> {
            ObjectNode c = custody();
            c.putObject("sentence").put("imposedOn", today.toString()).put("months", 6);
            c.putObject("planned").put("expectedRelease", today.minusDays(dice.between(1, 30)).toString());
        });
        v.add(() -> root.withObjectProperty("person")
                .put("dateOfBirth", today.plusDays(dice.between(1, 400)).toString()));
        v.add(() -> root.withObjectProperty("determinations").putObject("ppo").put("value", "NOT_DETERMINED")
                .put("determinedAt", root.get("asOf").asText()));
        v.add(() -> root.put("id", snapshot.id().replace('-', '/')));
        ObjectNode c = custody();
        if (c.has("receptionAt")) {
            ZonedDateTime before = snapshot.custody().receptionAt().minusMinutes(dice.between(5, 60));
            v.add(() -> c.put("origin", c.path("origin").asText("OTHER_PRISON"))
                    .put("originEstablishedAt", TimeText.write(before, JsonStyle.TimeForm.OFFSET)));
        } else {
            v.add(() -> c.put("origin", dice.pick("OTHER_PRISON", "COMMUNITY_VIA_COURT")));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ObjectNode custody() {
        return (ObjectNode) root.get("custody");
    }

    private ArrayNode events() {
        JsonNode e = root.get("events");
        return e instanceof ArrayNode a ? a : NODES.arrayNode();
    }

    private void addEvent(String type, String at) {
        JsonNode e = root.get("events");
        ArrayNode events = e instanceof ArrayNode a ? a : root.putArray("events");
        events.addObject().put("type", type).put("at", at);
    }

    /** @return one of the determinations written (the first), or null when none is */
    private ObjectNode anyDetermination() {
        JsonNode d = root.get("determinations");
        if (d == null) {
            return null;
        }
        Iterator<JsonNode> it = d.elements();
        return it.hasNext() ? (ObjectNode) it.next() : null;
    }
}
