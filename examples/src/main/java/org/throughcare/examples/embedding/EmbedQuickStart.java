package org.throughcare.examples.embedding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.throughcare.core.Consent;
import org.throughcare.core.Custody;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Decision;
import org.throughcare.core.Determinations;
import org.throughcare.core.Dir;
import org.throughcare.core.EventType;
import org.throughcare.core.Jurisdiction;
import org.throughcare.core.Person;
import org.throughcare.core.RequiredAction;
import org.throughcare.core.Sex;
import org.throughcare.core.Snapshot;
import org.throughcare.core.TriState;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.Times;

/**
 * The smallest useful program: build the engine once, describe one person's situation in Java, evaluate it and
 * print each required action.
 *
 * <p>The situation: a CJIT client was remanded to custody on Maundy Thursday, 2 April 2026, and the CJIT learned at
 * 16:00 which prison they were going to. England 2009 Part 1 gives the CJIT 24 hours to send the DIR to the prison,
 * or until 09:00 on the next working day when a weekend or bank holiday falls within them (catalogue TC-10), so
 * with Good Friday, the weekend and Easter Monday in the way the DIR is due at 09:00 on Tuesday 7 April.
 *
 * <pre>
 * mvn -q -B install -DskipTests -pl rules-core,rules-kb
 * mvn -q -B compile exec:java -pl examples -Dexec.mainClass=org.throughcare.examples.embedding.EmbedQuickStart
 * </pre>
 * or, with the CLI jar built: {@code java -cp examples/target/throughcare.jar org.throughcare.examples.embedding.EmbedQuickStart}.
 */
public final class EmbedQuickStart {

    private EmbedQuickStart() {
    }

    public static void main(String[] args) {
        // 1. Build the engine once: it loads the rule sets and calendars and checks them (about a second). It is
        //    immutable and thread-safe; keep it for the life of the application.
        ThroughcareEngine engine = ThroughcareEngine.builder().build();

        // 2. Describe the situation. Every instant is Europe/London. The id is pseudonymous: never a name or a
        //    prison number (it is the only thing the engine logs).
        //    Each part is named (builders), so no two arguments of one type can swap.
        Snapshot snapshot = Snapshot.builder("quickstart-0001", Jurisdiction.ENGLAND,
                        london(2026, 4, 3, 12, 0))                           // asOf: Good Friday, noon
                .person(Person.of(Sex.MALE, null))                           // no date of birth needed
                .custody(Custody.builder(CustodyStatus.REMAND).establishment("HMP Example")) // not received yet
                .determinations(Determinations.builder()
                        .set("problematicDrugUse", TriState.YES, london(2026, 3, 10, 11, 30))
                        .set("inContactWithCjit", TriState.YES, london(2026, 3, 10, 11, 0)))
                .consent(Consent.given(LocalDate.of(2026, 3, 10)))
                .dir(new Dir(LocalDate.of(2026, 3, 10)))
                .event(EventType.DIP_REFERRAL, london(2026, 3, 10, 11, 0))
                .event(EventType.DIR_COMPLETED, london(2026, 3, 10, 15, 0))
                .event(EventType.COURT_REMAND_OR_SENTENCE, london(2026, 4, 2, 14, 30))
                .event(EventType.CJIT_AWARE_OF_DESTINATION, london(2026, 4, 2, 16, 0))
                .build();

        // 3. Evaluate. An invalid snapshot would throw InvalidSnapshotException listing every problem.
        Decision decision = engine.evaluate(snapshot);

        // 4. Use the answer.
        System.out.println("Snapshot " + decision.snapshotId() + " as of " + decision.asOf());
        System.out.println(decision.routing().statement());
        for (RequiredAction a : decision.requiredActions()) {
            String due = a.due().at() == null ? "no time set (" + a.due().text() + ")" : a.due().at().toString();
            System.out.println("- " + a.code() + " [" + a.status() + "] owner: " + a.owner().agency()
                    + " / " + a.owner().role());
            System.out.println("    " + a.action());
            System.out.println("    due: " + due);
            System.out.println("    why: " + a.statusReason());
            System.out.println("    authority: " + String.join(" ", a.ruleIds()) + "; " + a.citation().section());
        }
    }

    /** A London wall-clock time, read strictly: a time in a clock change's gap or overlap would be refused. */
    private static ZonedDateTime london(int y, int mo, int d, int h, int mi) {
        return Times.strictLondon(LocalDateTime.of(y, mo, d, h, mi));
    }
}
