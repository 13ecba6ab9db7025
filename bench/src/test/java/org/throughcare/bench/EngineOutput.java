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
        // The baseline writes by hand the thread of Part 1, process points 1 and 2, consent and priority: the actions
        // of the later process points (3 to 7, the DIR) and of Annex A's consent duties are compared by the features,
        // not here.
        java.util.Set<String> thread = java.util.Arrays.stream(HandWrittenThread.Row.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        List<HandWrittenThread.Action> actions = d.requiredActions().stream().filter(a -> thread.contains(a.code()))
                .map(EngineOutput::action).toList();
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
