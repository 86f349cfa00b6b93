package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.WorkingCalendar;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.calendar.entity.CalendarFixtures.china;
import static org.vocdesk.escalation.entity.EscalationLevel.*;

/**
 * Steps while a record waits on the customer: cancelled while its clock stands still, back when it restarts
 * with the same deadline, re-planned from the moved deadline otherwise.
 */
class PausedStepsTest {

    private static final Instant RECEIVED = at("2025-05-12T09:00");
    private static final Instant DEADLINE = at("2025-05-14T09:00");
    private static final WatchedSubject SUBJECT = new WatchedSubject("COMPLAINT", 7, "CF2025050007", "/x", "CN", 1L, 2L, List.of());

    private final WorkingCalendar calendar = china();

    @Test
    void aPausedDeadlineIsNotActiveAndItsStepsAreCancelledAsPaused() {
        var paused = List.of(new WatchedDeadline("RESPONSE", "HIGH", RECEIVED, DEADLINE, true, true));
        assertThat(paused.get(0).active()).isFalse();
        assertThat(StepRules.stillApplies("RESPONSE", HANDLER, DEADLINE, paused, RECEIVED)).isFalse();
        assertThat(StepRules.whyObsolete("RESPONSE", HANDLER, DEADLINE, paused, RECEIVED)).isEqualTo(StepRules.PAUSED);
    }

    @Test
    void aStepCancelledByThePauseComesBackWhenTheClockRestartsWithTheSameDeadline() {
        EscalationStep step = new EscalationStep(SUBJECT, new PlannedStep("RESPONSE", HANDLER, DEADLINE, DEADLINE), RECEIVED);
        step.cancel(StepRules.PAUSED, at("2025-05-12T20:00"));
        assertThat(step.getStatus()).isEqualTo(StepStatus.CANCELLED);

        step.reschedule(DEADLINE); // a pause at night: no working time lost, the deadline did not move
        assertThat(step.getStatus()).isEqualTo(StepStatus.PENDING);
        assertThat(step.getDueAt()).isEqualTo(DEADLINE);
        assertThat(step.getDoneAt()).isNull();
        assertThat(step.getNote()).isNull();
    }

    @Test
    void aStepCancelledForAnyOtherReasonStaysCancelled() {
        EscalationStep step = new EscalationStep(SUBJECT, new PlannedStep("RESPONSE", HANDLER, DEADLINE, DEADLINE), RECEIVED);
        step.cancel("deadline met or record closed", at("2025-05-12T20:00"));
        step.reschedule(DEADLINE);
        assertThat(step.getStatus()).isEqualTo(StepStatus.CANCELLED);
    }

    @Test
    void afterThePauseTheStepsFollowTheMovedDeadlineInWorkingTime() {
        // the complaint waited 2 working hours, so its deadline moved from Wed 09:00 to Wed 11:00
        Instant moved = at("2025-05-14T11:00");
        var chain = List.of(EscalationRule.breach("RESPONSE", "HIGH", HANDLER, "0h"),
                EscalationRule.breach("RESPONSE", "HIGH", DEPARTMENT_MANAGER, "4h"));
        var planned = EscalationPlan.plan(new WatchedDeadline("RESPONSE", "HIGH", RECEIVED, moved, true), chain, calendar, at("2025-05-13T10:00"));
        assertThat(planned).extracting(PlannedStep::dueAt).containsExactly(moved, at("2025-05-14T16:00"));
        assertThat(planned).allMatch(p -> p.deadline().equals(moved)); // new steps; the cancelled ones keep the old deadline
    }

    @Test
    void whileThePauseLastsNothingIsPlanned() {
        var chain = List.of(EscalationRule.breach("RESPONSE", "HIGH", HANDLER, "0h"));
        var paused = new WatchedDeadline("RESPONSE", "HIGH", RECEIVED, DEADLINE, true, true);
        assertThat(EscalationPlan.plan(paused, chain, calendar, RECEIVED)).isEmpty();
    }
}
