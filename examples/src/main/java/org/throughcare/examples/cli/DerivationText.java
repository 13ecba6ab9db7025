package org.throughcare.examples.cli;

import java.util.List;
import org.throughcare.core.calendar.Derivation;
import org.throughcare.core.calendar.Relief;
import org.throughcare.core.calendar.SkippedDay;

/** Renders how a due time was derived: trigger, amount and unit, basis, skipped days, relief, calendar. */
final class DerivationText {
    private static final int LABEL = 14;

    private DerivationText() {
    }

    /** Appends the derivation, each line starting with {@code indent}. */
    static void render(StringBuilder sb, Derivation d, String indent) {
        int width = DecisionText.WIDTH - indent.length();
        StringBuilder body = new StringBuilder();
        Texts.labelled(body, "Due", Texts.instant(d.dueAt()), LABEL, width);
        Texts.labelled(body, "Trigger", Texts.instant(d.triggerAt()), LABEL, width);
        Texts.labelled(body, "Amount", d.amount() + " " + unit(d), LABEL, width);
        Texts.labelled(body, "Basis", d.basis(), LABEL, width);
        List<SkippedDay> skipped = d.skippedDays();
        if (skipped.isEmpty()) {
            Texts.labelled(body, "Skipped days", "none", LABEL, width);
        }
        for (int i = 0; i < skipped.size(); i++) {
            SkippedDay s = skipped.get(i);
            Texts.labelled(body, i == 0 ? "Skipped days" : "", Texts.day(s.date()) + "  " + s.reason(), LABEL, width);
        }
        Texts.labelled(body, "Relief", relief(d.relief()), LABEL, width);
        Texts.labelled(body, "Calendar", d.calendar().code() + " (holiday data " + d.calendarDataVersion() + ")",
                LABEL, width);
        for (String line : body.toString().split("\n")) {
            sb.append(indent).append(line).append('\n');
        }
    }

    private static String unit(Derivation d) {
        return switch (d.unit()) {
            case HOURS -> d.amount() == 1 ? "hour (elapsed, TC-02)" : "hours (elapsed, TC-02)";
            case CALENDAR_DAYS -> "calendar days, the trigger day being day 0 (TC-03)";
            case WORKING_DAYS -> "working days, the trigger day being day 0 (TC-04)";
            case DAY_N -> "day number, the entry date being day 1 (TC-05)";
            case DAYS_BEFORE -> "calendar days before the anchor date (TC-06)";
            case GIVEN -> "a time the case's data or the rule gives";
        };
    }

    /** @return the TC-10 relief in one sentence */
    static String relief(Relief r) {
        if (!r.considered()) {
            return "not part of this rule (no TC-10 relief)";
        }
        if (!r.applied()) {
            return "considered (" + r.mode() + ", TC-10) but not applied: the hours cover no weekend day or bank"
                    + " holiday, so the plain deadline " + Texts.instant(r.strictDueAt()) + " stands";
        }
        return "applied (" + r.mode() + ", TC-10): the hours cover a non-working day; next working day "
                + Texts.day(r.nextWorkingDay()) + "; plain deadline " + Texts.instant(r.strictDueAt())
                + ", 09:00 on the next working day " + Texts.instant(r.literalDueAt());
    }
}
