package org.vocdesk.demo.control;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Random choices from one seeded {@link Random}, so the demo data is the same on every start. */
final class Picker {

    private final Random random;

    Picker(Random random) {
        this.random = random;
    }

    boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    /** Inclusive bounds. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T weighted(T[] items, int... weights) {
        if (items.length != weights.length) {
            throw new IllegalArgumentException("one weight per item");
        }
        return items[index(weights)];
    }

    int index(int... weights) {
        int r = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
