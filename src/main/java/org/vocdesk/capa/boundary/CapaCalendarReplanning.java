package org.vocdesk.capa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.capa.control.StepDeadlines;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.complaint.entity.ComplaintStatus;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a calendar changed, the open 8D steps of complaints on it get their deadlines planned again in working
 * time, and the escalation of their steps, actions and effectiveness check is planned again on the new calendar
 * (action and verification dates stay: people chose them). Batches of reports, each in its own transaction; the
 * escalation is planned after each batch committed, so it reads the moved deadlines.
 */
@Stateless
@PermitAll
public class CapaCalendarReplanning {

    private static final Logger LOG = Logger.getLogger(CapaCalendarReplanning.class.getName());
    static final int BATCH = 50;
    private static final List<ComplaintStatus> CLOSED = List.of(ComplaintStatus.CLOSED, ComplaintStatus.CLOSED_INVALID, ComplaintStatus.VOIDED);

    @PersistenceContext
    EntityManager em;

    @EJB
    CapaCalendarReplanning self;

    @Inject
    StepDeadlines stepDeadlines;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CapaEscalationPlanner escalation;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forCalendar(String calendarCode) {
        boolean isDefault = calendarCode.equals(calendars.defaultCode());
        long after = 0;
        int count = 0;
        while (true) {
            List<Long> ids = em.createQuery("select r.id from EightDReport r join r.complaint c where c.status not in :closed"
                            + " and (c.calendarCode = :code or (c.calendarCode is null and :isDefault = true)) and r.id > :after order by r.id",
                            Long.class).setParameter("closed", CLOSED).setParameter("code", calendarCode)
                    .setParameter("isDefault", isDefault).setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                int total = count;
                LOG.info(() -> "8D step deadlines of " + total + " open reports on calendar " + calendarCode + " re-planned");
                return;
            }
            count += ids.size();
            try {
                self.replan(ids);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not re-plan the 8D step deadlines of reports " + ids, e);
            }
            ids.forEach(escalation::planSoon);
            after = ids.get(ids.size() - 1);
        }
    }

    /** One batch, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replan(List<Long> reportIds) {
        em.createQuery("select r from EightDReport r join fetch r.complaint where r.id in :ids", EightDReport.class)
                .setParameter("ids", reportIds).getResultList()
                .forEach(r -> r.replanOpenSteps(stepDeadlines.plan(r.getComplaint(), r.getOpenedAt())));
    }
}
