package org.vocdesk.closure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.closure.control.FollowUpDeadlines;
import org.vocdesk.closure.entity.FollowUp;
import org.vocdesk.closure.entity.FollowUpChanged;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintMoved;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.escalation.boundary.Escalations;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * A closed complaint gets its follow-up check (some months later, default three); a reopened one loses the open
 * one. Observed inside the closing transaction, so a closure never exists without its follow-up; the escalation
 * steps of the follow-up are planned after commit, on another thread (Escalations.planSoon).
 */
@ApplicationScoped
public class ClosureReactions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Escalations escalations;

    @Inject
    Event<FollowUpChanged> changed;

    @Inject
    @ConfigProperty(name = "vocdesk.closure.follow-up-months", defaultValue = "3")
    int followUpMonths;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    void onMoved(@Observes ComplaintMoved moved) {
        Complaint complaint = em.find(Complaint.class, moved.complaintId());
        if (complaint == null) {
            return;
        }
        List<FollowUp> open = em.createQuery("select f from FollowUp f where f.complaintId = :id and f.doneAt is null"
                + " and f.cancelledAt is null", FollowUp.class).setParameter("id", complaint.getId()).getResultList();
        if (complaint.getStatus() == ComplaintStatus.CLOSED && open.isEmpty()) {
            FollowUp followUp = new FollowUp(complaint.getId(),
                    complaint.getClosedAt().atZone(ZoneId.of(zone)).plusMonths(followUpMonths).toInstant(), clock.instant());
            em.persist(followUp);
            em.flush();
            changed.fire(new FollowUpChanged(followUp.getId()));
        } else if (complaint.getStatus().isOpen()) {
            open.forEach(f -> {
                f.cancel(clock.instant());
                changed.fire(new FollowUpChanged(f.getId()));
            });
        }
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowUpChanged followUp) {
        escalations.planSoon(FollowUpDeadlines.TYPE, followUp.followUpId());
    }
}
