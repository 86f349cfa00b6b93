package org.vocdesk.capa.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.vocdesk.calendar.entity.CalendarChanged;

/**
 * After a committed change of an 8D report, its deadlines are planned again by the escalation engine; after a
 * calendar changed, the open steps of the reports on it as well.
 */
@ApplicationScoped
public class CapaEscalationTriggers {

    @Inject
    CapaEscalationPlanner planner;

    @Inject
    CapaCalendarReplanning calendarReplanning;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapaChanged changed) {
        planner.planSoon(changed.reportId());
    }

    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        calendarReplanning.forCalendar(changed.code());
    }
}
