package org.vocdesk.capa.control;

import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.capa.entity.CustomerDeadline;
import org.vocdesk.capa.entity.Discipline;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The time allowed for each 8D step, counted in working time from the opening of the report: the
 * configured default, unless the customer has its own for that step.
 */
public final class StepDeadlinePolicy {

    private StepDeadlinePolicy() {
    }

    public static Map<Discipline, WorkDuration> allowed(Map<Discipline, String> defaults, Collection<CustomerDeadline> customerOwn) {
        Map<Discipline, WorkDuration> allowed = new EnumMap<>(Discipline.class);
        for (Discipline d : Discipline.values()) {
            allowed.put(d, WorkDuration.parse(defaults.get(d)));
        }
        for (CustomerDeadline own : customerOwn) {
            allowed.put(own.getDiscipline(), WorkDuration.parse(own.getWithin()));
        }
        return allowed;
    }

    public static Map<Discipline, Instant> dueDates(WorkingCalendar calendar, Instant openedAt, Map<Discipline, WorkDuration> allowed) {
        Map<Discipline, Instant> due = new EnumMap<>(Discipline.class);
        allowed.forEach((d, within) -> due.put(d, calendar.plus(openedAt, within)));
        return due;
    }
}
