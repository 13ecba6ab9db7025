package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.throughcare.core.Assessment;
import org.throughcare.core.Citation;
import org.throughcare.core.Criterion;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Notice;
import org.throughcare.core.ServiceContract;
import org.throughcare.core.Snapshot;
import org.throughcare.core.calendar.CalendarId;
import org.throughcare.core.calendar.Calendars;

/**
 * Whether a rule set applies to a person, decided once for every rule set: its jurisdictions, its dates
 * (effectiveFrom, effectiveTo) and, for a rule set bound to a service contract (Service 4), a contract the engine
 * was given for the person's prison, running on the day judged, whose calendar the rule set's deadlines then use
 * (XDOC-01, AMB-75).
 *
 * @param rs       the rule set, on the contract's calendar when it has one
 * @param inForce  whether it is in force on the day judged
 * @param day      the day judged: the evaluation date if the caller gave one; else, for guidance, the custody
 *                 period's reception (before reception, asOf) and, for a contract, asOf
 * @param contract the contract it applies under, or null
 * @param guidance the GUIDANCE_APPLIES assessment
 * @param notice   a NOT_IN_FORCE notice, or null
 */
record Applicability(LoadedRuleSet rs, boolean inForce, LocalDate day, ServiceContract contract, Assessment guidance,
                     Notice notice) {

    /** @return how the rule set stands for this person, or empty when it does not concern them at all */
    static Optional<Applicability> of(LoadedRuleSet rs, Snapshot s, LocalDate evaluationDate,
                                      List<ServiceContract> contracts, Calendars calendars) {
        if (!rs.appliesTo(s.jurisdiction())) {
            return Optional.empty();
        }
        RuleSetDescriptor d = rs.descriptor();
        if (d.contract() == null) {
            ZonedDateTime reference = s.custody().received() ? s.custody().receptionAt() : s.asOf();
            LocalDate day = evaluationDate != null ? evaluationDate : reference.toLocalDate();
            boolean inForce = inWindow(d, day);
            String what = evaluationDate != null ? "evaluation date" : s.custody().received() ? "reception" : "snapshot date";
            Notice notice = inForce ? null : new Notice("NOT_IN_FORCE", "The " + rs.info().title() + " applies "
                    + window(d) + "; this snapshot's " + what + " (" + day + ") is outside it, so none of its process"
                    + " points or priorities apply" + (evaluationDate == null && s.custody().received()
                    ? ", nor any action arising in this custody period, even one triggered after that date."
                    : ". Any action whose trigger falls within those dates is still listed."), List.of());
            return Optional.of(new Applicability(rs, inForce, day, null, guidanceApplies(rs, s, day, what, inForce),
                    notice));
        }
        String prison = s.custody().establishment();
        LocalDate day = evaluationDate != null ? evaluationDate : s.asOf().toLocalDate();
        List<ServiceContract> held = contracts.stream()
                .filter(c -> c.contract().equals(d.contract()) && c.establishment().equals(prison)).toList();
        if (prison == null || held.isEmpty()) {
            return Optional.empty();
        }
        ServiceContract contract = held.stream().filter(c -> c.runsOn(day)).findFirst()
                .orElse(held.stream().max(Comparator.comparing(ServiceContract::from)).orElseThrow());
        boolean inForce = contract.runsOn(day) && inWindow(d, day);
        String calendarCode = contract.calendar() != null ? contract.calendar()
                : s.jurisdiction() == Jurisdiction.SCOTLAND ? "scotland" : "england-and-wales";
        LoadedRuleSet onCalendar = rs.withCalendar(calendars.get(CalendarId.fromCode(calendarCode)));
        String runs = "from " + contract.from() + (contract.to() == null ? "" : " until " + contract.to());
        Criterion held1 = new Criterion("CONTRACT", prison + " holds a " + d.contract() + " contract, running " + runs
                + ", on the " + calendarCode + " calendar" + (contract.calendar() == null
                ? " (the calendar of the prison's location, AMB-75)" : " (set by the contract)"));
        Criterion dated = new Criterion("IN_FORCE", "The contract runs on " + day + " ("
                + (evaluationDate != null ? "evaluation date" : "snapshot date") + ")");
        Assessment a = new Assessment("GUIDANCE_APPLIES:" + rs.info().id(), inForce ? "APPLIES" : "NOT_IN_FORCE",
                inForce ? "The " + rs.info().id() + " rule set applies to this person under the contract at " + prison + "."
                        : "The " + d.contract() + " contract at " + prison + " does not run on " + day + ".",
                List.of(), inForce ? List.of(held1, dated) : List.of(held1), inForce ? List.of() : List.of(dated),
                List.of(), new Citation(rs.info().title(), "service contract (XDOC-01, AMB-75)"));
        Notice notice = inForce ? null : new Notice("NOT_IN_FORCE", "The " + d.contract() + " contract at " + prison
                + " runs " + runs + "; " + day + " is outside it, so the " + rs.info().title() + " does not apply"
                + " on that day.", List.of());
        return Optional.of(new Applicability(onCalendar, inForce, day, contract, a, notice));
    }

    /**
     * @return whether an obligation triggered on this day falls inside the rule set's end and its contract's dates
     *         (the rule set's start is the action table's: its rows default to it)
     */
    boolean coversTrigger(LocalDate trigger) {
        LocalDate to = rs.descriptor().effectiveTo();
        return (to == null || trigger.isBefore(to)) && (contract == null || contract.runsOn(trigger));
    }

    /** @return the rule set's and its contract's dates, in words */
    String datesInWords() {
        return contract == null ? window(rs.descriptor())
                : "under the contract running from " + contract.from()
                + (contract.to() == null ? "" : " until " + contract.to());
    }

    private static boolean inWindow(RuleSetDescriptor d, LocalDate day) {
        return !day.isBefore(d.effectiveFrom()) && (d.effectiveTo() == null || day.isBefore(d.effectiveTo()));
    }

    private static String window(RuleSetDescriptor d) {
        return "from " + d.effectiveFrom() + (d.effectiveTo() == null ? "" : " until " + d.effectiveTo());
    }

    private static String names(java.util.Collection<Jurisdiction> jurisdictions) {
        StringBuilder b = new StringBuilder();
        for (Jurisdiction j : jurisdictions) {
            b.append(b.length() == 0 ? "" : ", ").append(j.name());
        }
        return b.toString();
    }

    private static Assessment guidanceApplies(LoadedRuleSet rs, Snapshot s, LocalDate day, String what, boolean inForce) {
        Criterion jurisdiction = new Criterion("JURISDICTION_" + s.jurisdiction(),
                "The prison is in a jurisdiction the rule set covers: " + names(rs.info().jurisdictions()));
        Criterion dated = new Criterion("IN_FORCE", "The guidance was in force on " + day + " (" + what
                + "); it applies " + window(rs.descriptor()));
        return new Assessment("GUIDANCE_APPLIES:" + rs.info().id(), inForce ? "APPLIES" : "NOT_IN_FORCE",
                inForce ? "The " + rs.info().id() + " rule set applies to this person."
                        : "The " + rs.info().id() + " rule set was not in force for this custody period.",
                List.of(), inForce ? List.of(jurisdiction, dated) : List.of(jurisdiction),
                inForce ? List.of() : List.of(dated), List.of(), new Citation(rs.info().title(), "effective date"));
    }
}
