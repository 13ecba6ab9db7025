package org.throughcare.examples.caseload;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices made for one line: a thin wrapper over a seeded {@link SplittableRandom}. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return true with probability {@code p} */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return a number uniformly in [0, 1) */
    double unit() {
        return random.nextDouble();
    }

    /** @return a whole number from {@code low} to {@code high}, both included */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    /** @return a whole number from {@code low} to {@code high}, both included */
    long between(long low, long high) {
        return random.nextLong(low, high + 1);
    }

    /** @return one of the options, each equally likely */
    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** @return one of the options, each equally likely */
    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** @return the index of the weight chosen, each with probability proportional to its weight */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
