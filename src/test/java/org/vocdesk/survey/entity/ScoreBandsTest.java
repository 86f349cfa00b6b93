package org.vocdesk.survey.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.survey.entity.Satisfaction.*;

class ScoreBandsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100, VERY_SATISFIED", "95, VERY_SATISFIED", "94.5, VERY_SATISFIED", "94.49, SATISFIED", "90, SATISFIED",
            "89.5, SATISFIED", "89.49, BASICALLY_SATISFIED", "80, BASICALLY_SATISFIED", "79.5, BASICALLY_SATISFIED",
            "79.49, NOT_SATISFIED", "0, NOT_SATISFIED"})
    void bandsRoundHalfUpToWholePointsAtEveryEdge(String score, Satisfaction band) {
        assertThat(ScoreBands.DEFAULT.bandOf(new BigDecimal(score))).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} follow-up {1}")
    @CsvSource({"89.49, true", "89.5, false", "90, false", "100, false"})
    void underNinetyNeedsFollowUpOnTheSameRoundedScore(String score, boolean followUp) {
        assertThat(ScoreBands.DEFAULT.needsFollowUp(new BigDecimal(score), false)).isEqualTo(followUp);
    }

    @Test
    void anItemNotSatisfiedNeedsFollowUpWhateverTheTotal() {
        assertThat(ScoreBands.DEFAULT.needsFollowUp(new BigDecimal("97"), true)).isTrue();
    }

    @Test
    void configuredBandsAreUsedAndNonsenseRefused() {
        ScoreBands strict = ScoreBands.parse("98, 92, 85");
        assertThat(strict.bandOf(new BigDecimal("96"))).isEqualTo(SATISFIED);
        assertThat(strict.bandOf(new BigDecimal("84.4"))).isEqualTo(NOT_SATISFIED);
        assertThatThrownBy(() -> ScoreBands.parse("80,90,95")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ScoreBands.parse("95,90")).isInstanceOf(BusinessException.class);
    }

    @Test
    void scoreIsTheWeightedMeanOfItemPoints() {
        assertThat(Scoring.score(List.of(new Scoring.Rated(30, VERY_SATISFIED), new Scoring.Rated(70, SATISFIED))))
                .isEqualByComparingTo("94.40");
        assertThat(Scoring.score(List.of(new Scoring.Rated(1, VERY_SATISFIED), new Scoring.Rated(2, BASICALLY_SATISFIED))))
                .isEqualByComparingTo("90.00");
    }

    @Test
    void answeringEveryItemWithOneLevelLandsInThatLevelsBand() {
        for (Satisfaction level : Satisfaction.values()) {
            var score = Scoring.score(List.of(new Scoring.Rated(20, level), new Scoring.Rated(80, level)));
            assertThat(ScoreBands.DEFAULT.bandOf(score)).isEqualTo(level);
        }
    }
}
