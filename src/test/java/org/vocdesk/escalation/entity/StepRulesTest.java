package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.escalation.entity.EscalationLevel.*;

/** Which stored steps are obsolete: re-planned deadlines, met deadlines, closed records, late warnings. */
class StepRulesTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-03T01:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2025-03-05T09:00:00Z");
    private static final Instant BEFORE = Instant.parse("2025-03-04T09:00:00Z");
    private static final Instant AFTER = Instant.parse("2025-03-06T09:00:00Z");

    private static WatchedDeadline firstReply(Instant deadline, boolean active) {
        return new WatchedDeadline("FIRST_REPLY", "HIGH", RECEIVED, deadline, active);
    }

    @Test
    void aStepAppliesWhileItsDeadlineIsPlannedAtTheSameInstantAndActive() {
        assertThat(StepRules.stillApplies("FIRST_REPLY", HANDLER, DEADLINE, List.of(firstReply(DEADLINE, true)), AFTER)).isTrue();
    }

    @Test
    void theFirstReplyRecordedOrTheComplaintClosedMakesTheStepsObsolete() {
        List<WatchedDeadline> met = List.of(firstReply(DEADLINE, false));
        assertThat(StepRules.stillApplies("FIRST_REPLY", DEPARTMENT_MANAGER, DEADLINE, met, AFTER)).isFalse();
        assertThat(StepRules.whyObsolete("FIRST_REPLY", DEPARTMENT_MANAGER, DEADLINE, met, AFTER)).isEqualTo("deadline met or record closed");
    }

    @Test
    void aReplannedDeadlineMakesTheOldStepsObsolete() {
        List<WatchedDeadline> moved = List.of(firstReply(AFTER, true));
        assertThat(StepRules.stillApplies("FIRST_REPLY", HANDLER, DEADLINE, moved, BEFORE)).isFalse();
        assertThat(StepRules.whyObsolete("FIRST_REPLY", HANDLER, DEADLINE, moved, BEFORE)).isEqualTo("deadline re-planned");
    }

    @Test
    void aWarningAppliesOnlyBeforeItsDeadline() {
        List<WatchedDeadline> open = List.of(firstReply(DEADLINE, true));
        assertThat(StepRules.stillApplies("FIRST_REPLY", WARNING, DEADLINE, open, BEFORE)).isTrue();
        assertThat(StepRules.stillApplies("FIRST_REPLY", WARNING, DEADLINE, open, AFTER)).isFalse();
    }

    @Test
    void aRecordThatIsGoneHasNoApplicableStep() {
        assertThat(StepRules.stillApplies("FIRST_REPLY", HANDLER, DEADLINE, List.of(), AFTER)).isFalse();
        assertThat(StepRules.whyObsolete("FIRST_REPLY", HANDLER, DEADLINE, List.of(), AFTER)).isEqualTo("deadline gone");
    }
}
