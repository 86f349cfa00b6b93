package org.vocdesk.survey.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The total of a response: the weighted mean of the rated items' points, 0-100 with two decimals. */
public final class Scoring {

    public record Rated(int weight, Satisfaction level) {
    }

    private Scoring() {
    }

    public static BigDecimal score(List<Rated> items) {
        long weights = items.stream().mapToLong(Rated::weight).sum();
        if (weights <= 0) {
            throw new IllegalArgumentException("nothing rated");
        }
        long points = items.stream().mapToLong(i -> (long) i.weight() * i.level().points()).sum();
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }
}
