package org.vocdesk.survey.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The bands of a total score, by their lower bounds (default 95 / 90 / 80, below 80 not satisfied).
 * <p>Rounding between bands: a score is kept with two decimals, and its band is decided on the score rounded
 * half up to a whole point, the way the paper summary tables count (89.5 is 90, satisfied; 89.49 is 89,
 * basically satisfied). The follow-up rule "under 90" uses the same rounded score, so a response is never
 * "satisfied" and at the same time "under 90".
 */
public record ScoreBands(int verySatisfiedFrom, int satisfiedFrom, int basicallySatisfiedFrom) {

    public static final ScoreBands DEFAULT = new ScoreBands(95, 90, 80);

    public ScoreBands {
        if (!(100 >= verySatisfiedFrom && verySatisfiedFrom > satisfiedFrom && satisfiedFrom > basicallySatisfiedFrom
                && basicallySatisfiedFrom > 0)) {
            throw BusinessException.invalid("survey.bands.invalid", verySatisfiedFrom, satisfiedFrom, basicallySatisfiedFrom);
        }
    }

    /** "95,90,80" as configured. */
    public static ScoreBands parse(String bounds) {
        String[] parts = bounds.split(",");
        if (parts.length != 3) {
            throw BusinessException.invalid("survey.bands.invalid", bounds, "", "");
        }
        return new ScoreBands(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()));
    }

    public static int rounded(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public Satisfaction bandOf(BigDecimal score) {
        int points = rounded(score);
        if (points >= verySatisfiedFrom) {
            return Satisfaction.VERY_SATISFIED;
        }
        if (points >= satisfiedFrom) {
            return Satisfaction.SATISFIED;
        }
        return points >= basicallySatisfiedFrom ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.NOT_SATISFIED;
    }

    /** Under "satisfied" (90 by default), or any item rated not satisfied: the cause is analysed and the customer answered. */
    public boolean needsFollowUp(BigDecimal score, boolean anyItemNotSatisfied) {
        return anyItemNotSatisfied || rounded(score) < satisfiedFrom;
    }
}
