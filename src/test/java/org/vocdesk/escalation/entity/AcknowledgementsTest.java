package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.escalation.entity.EscalationLevel.*;

class AcknowledgementsTest {

    @Test
    void aSupervisorWhoAcknowledgesStopsTheHigherLevelsOnly() {
        assertThat(Acknowledgements.stoppedBy(DEPARTMENT_MANAGER)).containsExactly(QUALITY_MANAGER, GENERAL_MANAGER);
        assertThat(Acknowledgements.stoppedBy(QUALITY_MANAGER)).containsExactly(GENERAL_MANAGER);
        assertThat(Acknowledgements.stoppedBy(GENERAL_MANAGER)).isEmpty();
    }

    @Test
    void theHandlerAcknowledgingTheirWarningOrBreachStopsNothing() {
        assertThat(Acknowledgements.stoppedBy(WARNING)).isEmpty();
        assertThat(Acknowledgements.stoppedBy(HANDLER)).isEmpty();
        assertThat(Acknowledgements.isSupervisor(HANDLER)).isFalse();
        assertThat(Acknowledgements.level("MAJOR")).isNull();
    }
}
