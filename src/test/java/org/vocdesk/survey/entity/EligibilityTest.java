package org.vocdesk.survey.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    @Test
    void activeCustomersWithAtLeastTheMinimumOfTransactionsAreEligible() {
        assertThat(Eligibility.eligible(true, 3, 3)).isTrue();
        assertThat(Eligibility.eligible(true, 2, 3)).isFalse();
        assertThat(Eligibility.eligible(false, 10, 3)).isFalse();
        assertThat(Eligibility.eligible(true, 0, 0)).isTrue();
    }

    @Test
    void percentagesHaveOneDecimalAndAnEmptyWholeIsZero() {
        assertThat(Eligibility.percent(2, 3)).isEqualTo(66.7);
        assertThat(Eligibility.percent(4, 5)).isEqualTo(80.0);
        assertThat(Eligibility.percent(1, 0)).isEqualTo(0.0);
    }
}
