package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintNumbersTest {

    @Test
    void prefixYearMonthAndFourDigitSequence() {
        assertThat(ComplaintNumbers.format("CF202505", 1)).isEqualTo("CF2025050001");
        assertThat(ComplaintNumbers.format("CF202505", 42)).isEqualTo("CF2025050042");
        assertThat(ComplaintNumbers.format("CF202505", 123)).isEqualTo("CF2025050123");
        assertThat(ComplaintNumbers.format("CF202412", 9999)).isEqualTo("CF2024129999");
    }

    @Test
    void aBusyMonthWidensTheSequenceInsteadOfWrapping() {
        assertThat(ComplaintNumbers.format("CF202505", 10000)).isEqualTo("CF20250510000");
    }
}
