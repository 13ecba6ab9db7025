package org.throughcare.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Consent;
import org.throughcare.core.ConsentDecision;
import org.throughcare.core.ConsentStatus;
import org.throughcare.core.ExceptionToConsent;
import org.throughcare.core.Custody;
import org.throughcare.core.Determination;
import org.throughcare.core.Determinations;
import org.throughcare.core.Event;
import org.throughcare.core.GoingStraightContract;
import org.throughcare.core.PlannedDates;
import org.throughcare.core.Sentence;
import org.throughcare.core.Snapshot;

/**
 * Builds the snapshot JSON tree in the input format (so that {@link ThroughcareJson#readSnapshot(String)} reads it
 * back to an equal snapshot). Defaults are left out: determinations not determined, a consent with nothing recorded,
 * exceptions that do not apply, a missing DIR, empty planned dates. Instants carry their offset, so the text never
 * depends on the reader's handling of local times.
 */
final class SnapshotWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SnapshotWriter() {
    }

    static ObjectNode tree(Snapshot s) {
        ObjectNode root = F.objectNode();
        root.put("schemaVersion", ThroughcareJson.SCHEMA_VERSION);
        root.put("id", s.id());
        root.put("jurisdiction", s.jurisdiction().name());
        root.put("asOf", JsonFormat.instant(s.asOf()));
        ObjectNode person = root.putObject("person");
        person.put("sex", s.person().sex().name());
        date(person, "dateOfBirth", s.person().dateOfBirth());
        root.set("custody", custody(s.custody()));
        ObjectNode determinations = determinations(s.determinations());
        if (!determinations.isEmpty()) {
            root.set("determinations", determinations);
        }
        if (!s.consent().equals(Consent.notRecorded())) {
            root.set("consent", consent(s.consent()));
        }
        if (s.dir().completedOn() != null) {
            root.putObject("dir").put("completedOn", s.dir().completedOn().toString());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : s.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type().name());
            n.put("at", JsonFormat.instant(e.at()));
            if (!e.attributes().isEmpty()) {
                ObjectNode a = n.putObject("attributes");
                e.attributes().forEach((attribute, value) -> {
                    switch (attribute.valueType()) {
                        case CODE -> a.put(attribute.jsonName(), ((Enum<?>) value).name());
                        case PLACE -> a.put(attribute.jsonName(), (String) value);
                        case BOOLEAN -> a.put(attribute.jsonName(), (Boolean) value);
                    }
                });
            }
        }
        if (s.goingStraightContract() != null) {
            root.set("goingStraightContract", contract(s.goingStraightContract()));
        }
        return root;
    }

    private static ObjectNode custody(Custody c) {
        ObjectNode n = F.objectNode();
        n.put("status", c.status().name());
        if (c.establishment() != null) {
            n.put("establishment", c.establishment());
        }
        if (c.origin() != null) {
            n.put("origin", c.origin().name());
        }
        time(n, "originEstablishedAt", c.originEstablishedAt());
        time(n, "receptionAt", c.receptionAt());
        Sentence sentence = c.sentence();
        if (sentence != null) {
            ObjectNode sn = n.putObject("sentence");
            date(sn, "imposedOn", sentence.imposedOn());
            if (sentence.days() != null) {
                sn.put("days", sentence.days());
            }
            if (sentence.months() != null) {
                sn.put("months", sentence.months());
            }
        }
        PlannedDates planned = c.planned();
        if (!planned.equals(PlannedDates.none())) {
            ObjectNode pn = n.putObject("planned");
            planned.all().forEach((which, d) -> date(pn, which.jsonName(), d));
        }
        return n;
    }

    private static ObjectNode determinations(Determinations d) {
        ObjectNode n = F.objectNode();
        d.made().forEach((name, one) -> determination(n, name, one));
        return n;
    }

    private static void determination(ObjectNode parent, String name, Determination d) {
        if (d.value().isDetermined()) {
            ObjectNode n = parent.putObject(name);
            n.put("value", d.value().name());
            time(n, "determinedAt", d.determinedAt());
        }
    }

    /** Writes consent in the one-decision form of schema 1.0 when it fits, else as the timeline. */
    private static ObjectNode consent(Consent c) {
        ObjectNode n = F.objectNode();
        if (c.fitsOneDecisionForm()) {
            n.put("status", c.status().name());
            date(n, "date", c.date());
            if (!c.exceptions().isEmpty() || c.status() != ConsentStatus.NOT_RECORDED) {
                ObjectNode e = n.putObject("exceptions");
                List<String> kinds = c.exceptionKinds();
                e.put("riskOfHarm", kinds.contains("RISK_OF_HARM"));
                e.put("requiredAssessment", kinds.contains("REQUIRED_ASSESSMENT"));
                e.put("restrictionOnBail", kinds.contains("RESTRICTION_ON_BAIL"));
                c.exceptions().stream().filter(x -> x.kind() == ExceptionToConsent.Kind.OTHER_LAWFUL_EXCEPTION)
                        .findFirst().ifPresent(x -> e.put("otherLawfulException", x.reason()));
            }
            return n;
        }
        ArrayNode decisions = n.putArray("decisions");
        for (ConsentDecision d : c.decisions()) {
            ObjectNode o = decisions.addObject();
            o.put("status", d.status().name());
            time(o, "at", d.at());
            if (!d.purposes().isEmpty()) {
                ArrayNode purposes = o.putArray("purposes");
                d.purposes().forEach(p -> purposes.add(p.name()));
            }
        }
        if (!c.exceptions().isEmpty()) {
            ArrayNode exceptions = n.putArray("exceptions");
            for (ExceptionToConsent x : c.exceptions()) {
                ObjectNode o = exceptions.addObject();
                o.put("kind", x.kind().name());
                time(o, "from", x.from());
                time(o, "until", x.until());
                if (x.reason() != null) {
                    o.put("reason", x.reason());
                }
            }
        }
        return n;
    }

    /** Writes the contract whole (an empty contract is a contract: {}); empty lists and unrecorded answers left out. */
    private static ObjectNode contract(GoingStraightContract c) {
        ObjectNode n = F.objectNode();
        if (!c.parties().isEmpty()) {
            ArrayNode parties = n.putArray("parties");
            for (GoingStraightContract.Party p : c.parties()) {
                ObjectNode o = parties.addObject();
                o.put("role", p.role().name());
                time(o, "signedAt", p.signedAt());
            }
        }
        date(n, "startsOn", c.startsOn());
        date(n, "endsOn", c.endsOn());
        time(n, "needsAssessedAt", c.needsAssessedAt());
        if (!c.targets().isEmpty()) {
            ArrayNode targets = n.putArray("targets");
            for (GoingStraightContract.Target t : c.targets()) {
                ObjectNode o = targets.addObject();
                o.put("key", t.key());
                o.put("target", t.target());
                roles(o, "responsible", t.responsible());
                if (t.how() != null) {
                    o.put("how", t.how());
                }
                date(o, "whenBy", t.whenBy());
                if (t.achieved() != GoingStraightContract.Achieved.NOT_RECORDED) {
                    o.put("achieved", t.achieved().name());
                }
                time(o, "reviewedAt", t.reviewedAt());
                roles(o, "endorsedBy", t.endorsedBy());
            }
        }
        if (!c.amendments().isEmpty()) {
            ArrayNode amendments = n.putArray("amendments");
            for (GoingStraightContract.Amendment a : c.amendments()) {
                ObjectNode o = amendments.addObject();
                time(o, "at", a.at());
                roles(o, "agreedBy", a.agreedBy());
            }
        }
        return n;
    }

    private static void roles(ObjectNode n, String name, List<GoingStraightContract.Role> roles) {
        if (!roles.isEmpty()) {
            ArrayNode a = n.putArray(name);
            roles.forEach(r -> a.add(r.name()));
        }
    }

    private static void time(ObjectNode n, String name, ZonedDateTime t) {
        if (t != null) {
            n.put(name, JsonFormat.instant(t));
        }
    }

    private static void date(ObjectNode n, String name, LocalDate d) {
        if (d != null) {
            n.put(name, JsonFormat.date(d));
        }
    }
}
