package org.throughcare.examples.cli;

import java.util.List;
import org.throughcare.core.Decision;
import org.throughcare.core.Explanation;
import org.throughcare.core.FiredRule;
import org.throughcare.core.RequiredAction;

/** Renders an explanation: the rules that fired, in order, then how each action's due time was derived. */
final class ExplanationText {
    private static final int LABEL = 10;

    private ExplanationText() {
    }

    static String render(Explanation e) {
        Decision d = e.decision();
        StringBuilder sb = new StringBuilder();
        Texts.labelled(sb, "Snapshot", d.snapshotId(), 13, DecisionText.WIDTH);
        Texts.labelled(sb, "As of", Texts.instant(d.asOf()), 13, DecisionText.WIDTH);
        sb.append('\n');
        List<FiredRule> fired = e.fired();
        sb.append("Rules fired, in order (").append(fired.size()).append("):\n");
        if (fired.isEmpty()) {
            sb.append("  none\n");
        }
        int width = DecisionText.WIDTH - 6;
        for (int i = 0; i < fired.size(); i++) {
            FiredRule r = fired.get(i);
            sb.append(String.format("%3d. %s", i + 1, r.rule())).append('\n');
            StringBuilder body = new StringBuilder();
            Texts.labelled(body, "Rule set", r.ruleSet(), LABEL, width);
            Texts.labelled(body, "IDs", r.ruleIds().isEmpty() ? "-" : String.join(" ", r.ruleIds()), LABEL, width);
            Texts.labelled(body, "Section", r.section() == null ? "-" : r.section(), LABEL, width);
            list(body, "Matched", r.matched(), width);
            list(body, "Produced", r.produced(), width);
            indent(sb, body, "     ");
        }
        sb.append('\n');
        List<RequiredAction> actions = d.requiredActions();
        sb.append("Due dates (").append(actions.size()).append(actions.size() == 1 ? " action" : " actions").append("):\n");
        if (actions.isEmpty()) {
            sb.append("  none\n");
        }
        for (RequiredAction a : actions) {
            sb.append("  ").append(a.code()).append(" [").append(String.join(" ", a.ruleIds())).append("] ")
                    .append(a.status()).append('\n');
            StringBuilder body = new StringBuilder();
            if (a.trigger() != null) {
                String trig = a.trigger().event() + (a.trigger().at() == null ? "" : " at " + Texts.instant(a.trigger().at()))
                        + (a.trigger().description() == null ? "" : ": " + a.trigger().description());
                Texts.labelled(body, "Triggered", trig, 14, width);
            }
            if (a.due() != null) {
                Texts.labelled(body, "Time phrase", a.due().text() == null ? "-" : a.due().text(), 14, width);
                Texts.labelled(body, "Kind", a.due().kind() == null ? "-" : a.due().kind().name(), 14, width);
            }
            indent(sb, body, "    ");
            if (a.due() != null && a.due().derivation() != null) {
                DerivationText.render(sb, a.due().derivation(), "    ");
            } else {
                sb.append("    No time set: the guidance gives no timescale, so this action is never overdue.\n");
            }
            if (!a.interpretations().isEmpty()) {
                StringBuilder i = new StringBuilder();
                Texts.labelled(i, "Readings", String.join("; ", a.interpretations()), 14, width);
                indent(sb, i, "    ");
            }
        }
        return Texts.stripTrailing(sb.toString());
    }

    private static void list(StringBuilder sb, String label, List<String> items, int width) {
        if (items.isEmpty()) {
            Texts.labelled(sb, label, "-", LABEL, width);
        }
        for (int i = 0; i < items.size(); i++) {
            Texts.labelled(sb, i == 0 ? label : "", items.get(i), LABEL, width);
        }
    }

    private static void indent(StringBuilder sb, StringBuilder body, String indent) {
        for (String line : body.toString().split("\n")) {
            if (!line.isEmpty()) {
                sb.append(indent).append(line).append('\n');
            }
        }
    }
}
