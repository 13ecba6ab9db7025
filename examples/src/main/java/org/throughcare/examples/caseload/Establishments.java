package org.throughcare.examples.caseload;

import java.util.List;
import org.throughcare.core.Jurisdiction;

/** The made-up prison names a generated caseload uses: no real establishment is named. */
final class Establishments {
    static final List<String> ENGLAND = List.of("HMP Example", "HMP Sample", "HMP Specimen", "HMP Placeholder",
            "HMP Exemplar", "HMP Prototype", "HMP Template", "HMP Fictional");
    static final List<String> SCOTLAND = List.of("HMP Example (Scotland)", "HMP Sample North");
    static final List<String> WALES = List.of("HMP Example (Wales)", "HMP Sample West");

    private Establishments() {
    }

    /** @return one of the made-up names for a prison in {@code jurisdiction} */
    static String pick(Jurisdiction jurisdiction, Dice dice) {
        return dice.pick(switch (jurisdiction) {
            case ENGLAND -> ENGLAND;
            case SCOTLAND -> SCOTLAND;
            case WALES -> WALES;
        });
    }
}
