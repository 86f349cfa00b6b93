package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.escalation.entity.Acknowledgements;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.StepStatus;
import org.vocdesk.notification.entity.NoticeAcknowledged;

import java.time.Clock;
import java.util.List;

/**
 * Stops the steps an acknowledgement makes unnecessary, in the acknowledging transaction (observed while it
 * is in progress, not after commit): the acknowledgement and the stopped steps are stored together or not at
 * all. A conditional UPDATE (only PENDING rows), so a step the timer claims meanwhile is sent, never
 * overwritten.
 */
@ApplicationScoped
public class AcknowledgedSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onAcknowledged(@Observes NoticeAcknowledged acknowledgement) {
        EscalationLevel level = Acknowledgements.level(acknowledgement.level());
        List<EscalationLevel> stopped = level == null || acknowledgement.stepId() == null ? List.of() : Acknowledgements.stoppedBy(level);
        if (stopped.isEmpty()) {
            return;
        }
        em.createQuery("update EscalationStep s set s.status = :cancelled, s.note = :why, s.doneAt = :now"
                        + " where s.subjectType = :type and s.subjectId = :id and s.kind = :kind and s.deadline = :deadline"
                        + " and s.status = :pending and s.level in :levels")
                .setParameter("cancelled", StepStatus.CANCELLED).setParameter("pending", StepStatus.PENDING)
                .setParameter("why", cut("acknowledged by " + acknowledgement.acknowledgedBy()))
                .setParameter("now", clock.instant()).setParameter("type", acknowledgement.subjectType())
                .setParameter("id", acknowledgement.subjectId()).setParameter("kind", acknowledgement.kind())
                .setParameter("deadline", acknowledgement.deadline()).setParameter("levels", stopped)
                .executeUpdate();
    }

    private static String cut(String note) {
        return note.length() <= 200 ? note : note.substring(0, 200);
    }
}
