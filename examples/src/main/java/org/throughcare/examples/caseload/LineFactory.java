package org.throughcare.examples.caseload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.throughcare.core.Snapshot;

/**
 * Makes line {@code index} of a caseload from nothing but the seed and the index: the story, the snapshot at its
 * {@code asOf}, its JSON and, for the chosen fraction of lines, the deliberate fault. Three independent random
 * streams (story, style, fault) keep the parts apart, so that, for example, the invalid rate changes which lines are
 * broken but not what the valid lines say. Immutable and thread-safe.
 */
final class LineFactory {
    private static final Corruption[] CORRUPTIONS = Corruption.values();

    private final long seed;
    private final double invalidRate;

    LineFactory(long seed, double invalidRate) {
        this.seed = seed;
        this.invalidRate = invalidRate;
    }

    /** @return the line's text: one line of compact JSON, no line break */
    String line(long index) {
        Snapshot snapshot = snapshot(index);
        ObjectNode tree = SnapshotJson.tree(snapshot, JsonStyle.pick(new Dice(Seeds.of(seed, index, Seeds.STYLE))));
        Dice faults = new Dice(Seeds.of(seed, index, Seeds.INVALID));
        Optional<Corruption> fault = fault(faults);
        return fault.isEmpty() ? SnapshotJson.text(tree) : Corruptor.corrupt(fault.get(), snapshot, tree, faults);
    }

    /** @return the valid snapshot line {@code index} describes (before any deliberate fault) */
    Snapshot snapshot(long index) {
        Dice d = new Dice(Seeds.of(seed, index, Seeds.STORY));
        Story story = StoryTeller.tell(d);
        ZonedDateTime asOf = AsOfChooser.choose(story, d, new Moments(d));
        Snapshot s = SnapshotAssembler.assemble(story, "gen-" + seed + "-" + index, asOf, d);
        return MovementRecord.add(s, story, new Dice(Seeds.of(seed, index, Seeds.MOVEMENTS)));
    }

    /** @return how line {@code index} is deliberately wrong, or empty when it is valid */
    Optional<Corruption> fault(long index) {
        return fault(new Dice(Seeds.of(seed, index, Seeds.INVALID)));
    }

    private Optional<Corruption> fault(Dice faults) {
        if (!faults.chance(invalidRate)) {
            return Optional.empty();
        }
        return Optional.of(CORRUPTIONS[faults.between(0, CORRUPTIONS.length - 1)]);
    }
}
