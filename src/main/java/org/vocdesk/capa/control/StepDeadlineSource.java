package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.EightDStep;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.List;
import java.util.Optional;

/** One 8D step's deadline, escalated to its owner and up the complaint's department until the step is completed. */
@ApplicationScoped
public class StepDeadlineSource implements DeadlineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return CapaDeadlineKinds.STEP_SUBJECT;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        EightDStep step = em.find(EightDStep.class, id);
        if (step == null) {
            return Optional.empty();
        }
        Complaint c = step.getReport().getComplaint();
        boolean active = !step.isCompleted() && c.getStatus().isOpen();
        WatchedDeadline deadline = new WatchedDeadline(CapaDeadlineKinds.EIGHT_D_STEP, null, step.getReport().getOpenedAt(),
                step.getDueAt(), active);
        return Optional.of(new WatchedSubject(subjectType(), id, c.getNumber() + " 8D " + step.getDiscipline(),
                CapaDeadlineKinds.link(c.getId()), c.getCalendarCode(), step.getOwner() == null ? null : step.getOwner().getId(),
                c.getDepartment() == null ? null : c.getDepartment().getId(), List.of(deadline)));
    }
}
