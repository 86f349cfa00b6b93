package org.vocdesk.capa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.control.CapaDeadlineKinds;
import org.vocdesk.escalation.boundary.Escalations;

/**
 * Plans the deadlines of a report's steps, actions and effectiveness check with the escalation engine, on
 * another thread: called after the change committed, where no new transaction can start on the calling thread.
 */
@Stateless
@PermitAll
public class CapaEscalationPlanner {

    @PersistenceContext
    EntityManager em;

    @Inject
    Escalations escalations;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void planSoon(long reportId) {
        em.createQuery("select s.id from EightDStep s where s.report.id = :r", Long.class).setParameter("r", reportId).getResultList()
                .forEach(id -> escalations.planSoon(CapaDeadlineKinds.STEP_SUBJECT, id));
        em.createQuery("select a.id from EightDReport r join r.capa c join c.actions a where r.id = :r", Long.class)
                .setParameter("r", reportId).getResultList()
                .forEach(id -> escalations.planSoon(CapaDeadlineKinds.ACTION_SUBJECT, id));
        escalations.planSoon(CapaDeadlineKinds.REVIEW_SUBJECT, reportId);
    }
}
