package org.vocdesk.closure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.complaint.control.ClosureCondition;
import org.vocdesk.complaint.entity.Complaint;

import java.util.Optional;

/** No complaint closes before the customer was replied to (a first reply or a recorded reply). */
@ApplicationScoped
public class CustomerInformed implements ClosureCondition {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ClosureBlocker> blocker(Complaint complaint) {
        boolean replied = complaint.getFirstRepliedAt() != null
                || em.createQuery("select count(r) from CustomerReply r where r.complaintId = :id", Long.class)
                .setParameter("id", complaint.getId()).getSingleResult() > 0;
        return replied ? Optional.empty() : Optional.of(new ClosureBlocker("closure.gate.customerNotInformed"));
    }
}
