package org.throughcare.bench;

import java.util.List;
import org.throughcare.core.Assessment;
import org.throughcare.core.Decision;
import org.throughcare.core.RequiredAction;

/** The engine's decision reduced to the fields {@link HandWrittenThread.Result} holds, for comparison. */
final class EngineOutput {
    private EngineOutput() {
    }

    static HandWrittenThread.Result of(Decision d) {
        // Every action the engine lists, in its order (which is the baseline's ORDER: due time, first rule ID, code,
        // trigger time): the baseline reproduces the duties of the points a reception routes into too.
        List<HandWrittenThread.Action> actions = d.requiredActions().stream().map(EngineOutput::action).toList();
        String priority = d.priorities().stream().filter(p -> p.code().equals("ENG_COC_TREATMENT_PRIORITY"))
                .map(Assessment::result).findFirst().orElse(null);
        return new HandWrittenThread.Result(d.snapshotId(), actions, priority, d.routing().currentPoint(),
                d.routing().nextPoint());
    }

    private static HandWrittenThread.Action action(RequiredAction a) {
        return new HandWrittenThread.Action(a.code(), a.trigger().event(), a.trigger().at(), a.due().at(),
                a.due().kind(), a.due().derivation(), a.status(), a.completedAt(), a.completedBy(), a.consentBasis());
    }
}
