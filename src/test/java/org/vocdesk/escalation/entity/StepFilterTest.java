package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepFilterTest {

    static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> StepFilter.checked(null, null, MONDAY, MONDAY))
                .extracting("key").isEqualTo("escalation.steps.period");
        assertThat(StepFilter.checked(StepStatus.SENT, " ", MONDAY, null)).isEqualTo(new StepFilter(StepStatus.SENT, null, MONDAY, null));
    }
}
