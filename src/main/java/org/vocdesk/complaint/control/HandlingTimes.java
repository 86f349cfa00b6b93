package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintMoved;

/**
 * Measures a complaint's handling time in working time whenever it moves (closure, invalidation, reopening),
 * inside the same transaction, so the KPIs can average and rank a stored column instead of walking calendars
 * at read time. Observing the event rather than one boundary method keeps every closing path covered.
 */
@ApplicationScoped
public class HandlingTimes {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    void onMoved(@Observes ComplaintMoved moved) {
        Complaint complaint = em.find(Complaint.class, moved.complaintId());
        if (complaint != null) {
            measure(complaint);
        }
    }

    /** For writers that change complaints without the event (the demo data). */
    public void measure(Complaint complaint) {
        if (complaint.getClosedAt() != null) {
            complaint.measureHandlingTime(calendars.get(complaint.getCalendarCode()));
        }
    }
}
