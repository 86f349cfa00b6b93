package org.vocdesk.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.vocdesk.calendar.entity.CalendarChanged;
import org.vocdesk.complaint.entity.CategoryDeadlinesChanged;

/**
 * Listens for committed changes of the rules that deadlines are computed from and has the stored
 * deadlines of the open complaints concerned recomputed.
 */
@ApplicationScoped
public class DeadlineRulesWatcher {

    @Inject
    DeadlineReplanning replanning;

    void categoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoryDeadlinesChanged changed) {
        replanning.forCategory(changed.categoryId());
    }

    void calendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        replanning.forCalendar(changed.code());
    }
}
