package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.List;
import java.util.Optional;

/** A corrective or preventive action's due date, escalated to its owner and up the chain until it is done. */
@ApplicationScoped
public class ActionDeadlineSource implements DeadlineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return CapaDeadlineKinds.ACTION_SUBJECT;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        CapaAction action = em.find(CapaAction.class, id);
        if (action == null) {
            return Optional.empty();
        }
        EightDReport report = em.createQuery("select r from EightDReport r where r.capa = :c", EightDReport.class)
                .setParameter("c", action.getCapa()).getSingleResult();
        Complaint c = report.getComplaint();
        boolean active = !action.isDone() && action.getRound() == action.getCapa().getRound() && c.getStatus().isOpen();
        WatchedDeadline deadline = new WatchedDeadline(CapaDeadlineKinds.CAPA_ACTION, null, report.getOpenedAt(), action.getDueAt(), active);
        return Optional.of(new WatchedSubject(subjectType(), id, c.getNumber() + " CAPA #" + id, CapaDeadlineKinds.link(c.getId()),
                c.getCalendarCode(), action.getOwner().getId(), c.getDepartment() == null ? null : c.getDepartment().getId(),
                List.of(deadline)));
    }
}
