package org.throughcare.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.throughcare.core.Assessment;
import org.throughcare.core.Decision;
import org.throughcare.core.DueKind;
import org.throughcare.core.Notice;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Advice;
import org.throughcare.core.NextPoint;
import org.throughcare.core.Routing;
import org.throughcare.core.RuleSetRouting;
import org.throughcare.core.RuleSetInfo;

/** Renders a decision as text: a header of labelled lines, then one table row per required action. */
final class DecisionText {
    static final int WIDTH = 110;
    private static final int LABEL = 13;

    private DecisionText() {
    }

    /**
     * @param decision    the decision (all its actions)
     * @param shown       the actions to list (the decision's, or a filtered subset)
     * @param filterNote  a description of the filters applied, or null when none
     */
    static String render(Decision decision, List<RequiredAction> shown, String filterNote) {
        StringBuilder sb = new StringBuilder();
        header(sb, decision);
        int total = decision.requiredActions().size();
        String count = filterNote == null
                ? total + (total == 1 ? " required action" : " required actions")
                : shown.size() + " of " + total + " required actions (" + filterNote + ")";
        Texts.labelled(sb, "Actions", count, LABEL, WIDTH);
        if (!shown.isEmpty()) {
            sb.append('\n').append(actionTable(shown));
        }
        return Texts.stripTrailing(sb.toString());
    }

    /** The header: who, when, which rules, where in the journey, priorities, eligibility, notices. */
    static void header(StringBuilder sb, Decision d) {
        Texts.labelled(sb, "Snapshot", d.snapshotId(), LABEL, WIDTH);
        Texts.labelled(sb, "As of", Texts.instant(d.asOf()), LABEL, WIDTH);
        List<RuleSetInfo> ruleSets = d.provenance().ruleSets();
        if (ruleSets.isEmpty()) {
            Texts.labelled(sb, "Rule sets", "none loaded", LABEL, WIDTH);
        }
        for (int i = 0; i < ruleSets.size(); i++) {
            RuleSetInfo rs = ruleSets.get(i);
            if ("CROSS_DOCUMENT".equals(rs.standing())) {
                Texts.labelled(sb, i == 0 ? "Rule sets" : "", rs.id() + " " + rs.version() + " (the step after the"
                        + " rule sets: precedence and ordering between the documents that apply)", LABEL, WIDTH);
                continue;
            }
            String standing = rs.standing() == null || "BINDING".equals(rs.standing()) ? ""
                    : "; " + rs.standing().toLowerCase(java.util.Locale.ROOT)
                    + (rs.contract() == null ? "" : ", where a " + rs.contract() + " contract is in force");
            Texts.labelled(sb, i == 0 ? "Rule sets" : "", rs.id() + " " + rs.version() + " (in force from "
                    + Texts.day(rs.effectiveFrom()) + "; calendar " + rs.calendar() + standing + ")", LABEL, WIDTH);
        }
        Texts.labelled(sb, "Engine", d.provenance().engineVersion() + "; calendar data "
                + d.provenance().calendarDataVersion(), LABEL, WIDTH);
        Routing r = d.routing();
        if (r != null) {
            Texts.labelled(sb, "Now", point(r.currentPoint(), r.currentPointName()), LABEL, WIDTH);
            String next = point(r.nextPoint(), r.nextPointName());
            if (r.nextPoint() != null && !r.nextPointEncoded()) {
                next += " (not encoded yet)";
            }
            Texts.labelled(sb, "Next", next, LABEL, WIDTH);
            for (int i = 1; i < r.nextPoints().size(); i++) {
                NextPoint n = r.nextPoints().get(i);
                Texts.labelled(sb, "", "or " + point(n.point(), n.name()) + (n.encoded() ? "" : " (not encoded yet)"),
                        LABEL, WIDTH);
            }
            Texts.labelled(sb, "Routing", r.statement(), LABEL, WIDTH);
            if (r.journey() != null) {
                Texts.labelled(sb, "Custody", r.journey().statement(), LABEL, WIDTH);
            }
        }
        // Routing belongs to each rule set: when more than one applies, each says its own (or why it has none).
        if (d.routings().size() > 1 || d.routings().stream().anyMatch(x -> x.routing() == null)) {
            for (int i = 0; i < d.routings().size(); i++) {
                RuleSetRouting rr = d.routings().get(i);
                Texts.labelled(sb, i == 0 ? "Routings" : "", rr.ruleSet() + ": " + rr.statement(), LABEL, WIDTH);
            }
        }
        if (d.evaluationDate() != null) {
            Texts.labelled(sb, "Rules of", Texts.day(d.evaluationDate()) + " (the evaluation date asked for; statuses"
                    + " as of " + Texts.instant(d.asOf()) + ")", LABEL, WIDTH);
        }
        assessments(sb, "Priority", d.priorities());
        if (d.priorityOrder() != null) {
            Texts.labelled(sb, "Order", d.priorityOrder().explanation() + " [" + String.join(" ",
                    d.priorityOrder().ruleIds()) + "]", LABEL, WIDTH);
        }
        assessments(sb, "Eligibility", d.eligibility());
        for (int i = 0; i < d.advice().size(); i++) {
            Advice a = d.advice().get(i);
            Texts.labelled(sb, i == 0 ? "Advice" : "", "(advice only, not a required action) " + a.advice() + " When: "
                    + a.when() + ". Who: " + a.owner().role() + ". [" + String.join(" ", a.ruleIds()) + "]", LABEL,
                    WIDTH);
        }
        List<Notice> notices = d.notices();
        for (int i = 0; i < notices.size(); i++) {
            Notice n = notices.get(i);
            String ids = n.ruleIds().isEmpty() ? "" : " [" + String.join(" ", n.ruleIds()) + "]";
            Texts.labelled(sb, i == 0 ? "Notices" : "", n.code() + ": " + n.message() + ids, LABEL, WIDTH);
        }
    }

    private static void assessments(StringBuilder sb, String label, List<Assessment> list) {
        if (list.isEmpty()) {
            Texts.labelled(sb, label, "none", LABEL, WIDTH);
        }
        for (int i = 0; i < list.size(); i++) {
            Assessment a = list.get(i);
            Texts.labelled(sb, i == 0 ? label : "", a.code() + " = " + a.result() + ": " + a.explanation(), LABEL, WIDTH);
        }
    }

    private static String point(String code, String name) {
        if (code == null) {
            return "-";
        }
        return name == null ? code : code + " " + name;
    }

    /** The action table: OWNER, ACTION (code + short text), DUE, STATUS, CITATION (rule IDs + section). */
    static String actionTable(List<RequiredAction> actions) {
        TextTable t = new TextTable(List.of("OWNER", "ACTION", "DUE", "STATUS", "CITATION"), 18, 40, 28, 18, 34);
        for (RequiredAction a : actions) {
            String code = a.instance() == null ? a.code() : a.code() + "\ninstance " + a.instance();
            t.row(List.of(owner(a), code + "\n" + Texts.firstSentence(a.action()), due(a), status(a),
                    String.join(" ", a.ruleIds()) + "\n" + (a.citation() == null ? "" : a.citation().section())));
        }
        return t.render();
    }

    /** @return the status, and for a blocked action why (e.g. "BLOCKED" then "CONSENT_REFUSED") */
    static String status(RequiredAction a) {
        return a.blockedBy() == null ? a.status().name() : a.status().name() + "\n" + a.blockedBy().reason();
    }

    static String owner(RequiredAction a) {
        if (a.owner() == null) {
            return "-";
        }
        return a.owner().role() == null || a.owner().role().isBlank() ? a.owner().agency() : a.owner().role();
    }

    /** @return the due time ("Tue 07 Apr 2026 09:00 BST") with its kind, or "no time set" */
    static String due(RequiredAction a) {
        if (a.due() == null || a.due().at() == null) {
            return "no time set";
        }
        DueKind kind = a.due().kind();
        return Texts.instant(a.due().at()) + (kind == null ? "" : "\n" + kind.name().replace('_', ' ').toLowerCase());
    }

    /** @return e.g. "2 OPEN, 1 OVERDUE" */
    static String statusCounts(List<RequiredAction> actions) {
        List<String> parts = new ArrayList<>();
        actions.stream().collect(Collectors.groupingBy(RequiredAction::status, java.util.TreeMap::new,
                Collectors.counting())).forEach((s, n) -> parts.add(n + " " + s));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
