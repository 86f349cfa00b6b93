package org.vocdesk.capa.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.capa.entity.CustomerDeadline;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.calendar.entity.CalendarFixtures.china;

/** 8D step deadlines: the defaults in working time on the Chinese calendar, and a customer's own times. */
class StepDeadlinePolicyTest {

    private static final Map<Discipline, String> DEFAULTS = new EnumMap<>(StepDeadlines.BUILT_IN);

    @Test
    void containmentIsDueTheNextWorkingDayAndTheRootCauseTenWorkingDaysLater() {
        Instant opened = at("2025-09-26T10:00"); // Friday before the National Day holidays (Oct 1-8, Sep 28 and Oct 11 worked)
        Map<Discipline, Instant> due = StepDeadlinePolicy.dueDates(china(), opened, StepDeadlinePolicy.allowed(DEFAULTS, List.of()));
        assertThat(due.get(Discipline.D3)).isEqualTo(at("2025-09-28T10:00")); // Sunday 28th is an adjusted working day
        assertThat(due.get(Discipline.D4)).isEqualTo(at("2025-10-16T10:00"));
        assertThat(due.get(Discipline.D5)).isEqualTo(due.get(Discipline.D4));
        assertThat(due.get(Discipline.D8)).isAfter(due.get(Discipline.D7));
    }

    @Test
    void aCustomersOwnTimeReplacesOnlyThatStep() {
        Map<Discipline, WorkDuration> allowed = StepDeadlinePolicy.allowed(DEFAULTS, List.of(new CustomerDeadline(7L, Discipline.D3, "4h")));
        assertThat(allowed.get(Discipline.D3)).isEqualTo(WorkDuration.ofHours(4));
        assertThat(allowed.get(Discipline.D4)).isEqualTo(WorkDuration.ofDays(10));
        Instant opened = at("2025-05-09T16:00"); // Friday afternoon
        assertThat(StepDeadlinePolicy.dueDates(china(), opened, allowed).get(Discipline.D3)).isEqualTo(at("2025-05-12T11:00"));
    }

    @Test
    void configuredDefaultsAreUsedAndNonsenseIsRefused() {
        Map<Discipline, String> configured = new EnumMap<>(DEFAULTS);
        configured.put(Discipline.D4, "5d");
        assertThat(StepDeadlinePolicy.allowed(configured, List.of()).get(Discipline.D4)).isEqualTo(WorkDuration.ofDays(5));
        assertThatThrownBy(() -> new CustomerDeadline(7L, Discipline.D3, "tomorrow"))
                .isInstanceOf(BusinessException.class).extracting("key").isEqualTo("calendar.duration.invalid");
    }
}
