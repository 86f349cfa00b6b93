package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;
import org.vocdesk.calendar.entity.WorkingCalendar;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.escalation.entity.EscalationLevel.*;

/** Due times of the levels and of the warning, in working time (08:30-12:00, 13:00-17:30, Mon-Fri, CN holidays). */
class EscalationPlanTest {

    private final WorkingCalendar china = CalendarFixtures.china();

    private static List<EscalationRule> defaults(String priority) {
        return List.of(EscalationRule.warning("RESPONSE", priority, 80),
                EscalationRule.breach("RESPONSE", priority, HANDLER, "0h"),
                EscalationRule.breach("RESPONSE", priority, DEPARTMENT_MANAGER, "4h"),
                EscalationRule.breach("RESPONSE", priority, QUALITY_MANAGER, "1d"),
                EscalationRule.breach("RESPONSE", priority, GENERAL_MANAGER, "2d"));
    }

    @Test
    void breachLevelsFallDueTheirDelayAfterTheDeadlineInWorkingTime() {
        // received Monday 3 March 2025 09:00, deadline Wednesday 5 March 17:00
        WatchedDeadline deadline = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-03T09:00"), at("2025-03-05T17:00"), true);
        List<PlannedStep> steps = EscalationPlan.plan(deadline, defaults("HIGH"), china, at("2025-03-03T09:00"));

        assertThat(steps).extracting(PlannedStep::level).containsExactly(WARNING, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER);
        assertThat(due(steps, HANDLER)).isEqualTo(at("2025-03-05T17:00"));
        // 30 min on Wednesday, 3.5 h on Thursday morning
        assertThat(due(steps, DEPARTMENT_MANAGER)).isEqualTo(at("2025-03-06T12:00"));
        assertThat(due(steps, QUALITY_MANAGER)).isEqualTo(at("2025-03-06T17:00"));
        assertThat(due(steps, GENERAL_MANAGER)).isEqualTo(at("2025-03-07T17:00"));
    }

    @Test
    void theWarningFallsAtItsShareOfTheAllowedWorkingTime() {
        // Monday 08:30 to Tuesday 17:30 = 16 working hours; 80 % = 12.8 h = Tuesday 13:00 + 1.3 h = 14:18
        WatchedDeadline deadline = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-03T08:30"), at("2025-03-04T17:30"), true);
        List<PlannedStep> steps = EscalationPlan.plan(deadline, defaults("HIGH"), china, at("2025-03-03T08:30"));

        assertThat(due(steps, WARNING)).isEqualTo(at("2025-03-04T14:18"));
    }

    @Test
    void aBreachOverAHolidayWaitsForTheNextWorkingDay() {
        // deadline Monday 27 Jan 2025 17:30; 28 Jan - 4 Feb is the Spring Festival
        WatchedDeadline deadline = new WatchedDeadline("RESPONSE", "HIGH", at("2025-01-24T10:00"), at("2025-01-27T17:30"), true);
        List<PlannedStep> steps = EscalationPlan.plan(deadline, defaults("HIGH"), china, at("2025-01-24T10:00"));

        assertThat(due(steps, HANDLER)).isEqualTo(at("2025-01-27T17:30"));
        // 3.5 h on the morning of 5 Feb, then 30 min after lunch
        assertThat(due(steps, DEPARTMENT_MANAGER)).isEqualTo(at("2025-02-05T13:30"));
    }

    @Test
    void noWarningWhenTheDeadlineHasAlreadyPassedAndNothingForAnInactiveDeadline() {
        WatchedDeadline past = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-03T08:30"), at("2025-03-04T17:30"), true);
        assertThat(EscalationPlan.plan(past, defaults("HIGH"), china, at("2025-03-10T09:00")))
                .extracting(PlannedStep::level).containsExactly(HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER);

        WatchedDeadline met = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-03T08:30"), at("2025-03-04T17:30"), false);
        assertThat(EscalationPlan.plan(met, defaults("HIGH"), china, at("2025-03-03T09:00"))).isEmpty();
    }

    @Test
    void aZeroDelayAtNightIsTheDeadlineItselfSoAMajorComplaintIsNotifiedAtOnce() {
        Instant night = at("2025-03-08T23:10"); // Saturday night
        WatchedDeadline major = new WatchedDeadline("MAJOR_COMPLAINT", null, night, night, true);
        List<EscalationRule> rules = List.of(EscalationRule.breach("MAJOR_COMPLAINT", null, QUALITY_MANAGER, "0h"),
                EscalationRule.breach("MAJOR_COMPLAINT", null, GENERAL_MANAGER, "0h"));

        assertThat(EscalationPlan.plan(major, rules, china, night)).extracting(PlannedStep::dueAt).containsOnly(night);
    }

    @Test
    void aPriorityWithoutOwnRulesUsesTheRulesForAnyPriority() {
        List<EscalationRule> rules = List.of(EscalationRule.breach("RESPONSE", "HIGH", HANDLER, "0h"),
                EscalationRule.breach("RESPONSE", "HIGH", GENERAL_MANAGER, "1h"),
                EscalationRule.breach("RESPONSE", null, QUALITY_MANAGER, "1d"),
                EscalationRule.breach("RESPONSE", null, HANDLER, "2h"));

        assertThat(EscalationPlan.chainFor(rules, "HIGH")).extracting(EscalationRule::getLevel).containsExactly(HANDLER, GENERAL_MANAGER);
        assertThat(EscalationPlan.chainFor(rules, "LOW")).extracting(EscalationRule::getLevel).containsExactly(HANDLER, QUALITY_MANAGER);
    }

    private static Instant due(List<PlannedStep> steps, EscalationLevel level) {
        return steps.stream().filter(s -> s.level() == level).findFirst().orElseThrow().dueAt();
    }
}
