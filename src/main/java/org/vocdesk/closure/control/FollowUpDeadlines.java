package org.vocdesk.closure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.closure.entity.FollowUp;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.List;
import java.util.Optional;

/** The follow-up check as the escalation engine watches it: kind FOLLOW_UP, due at the stored date, until done. */
@ApplicationScoped
public class FollowUpDeadlines implements DeadlineSource {

    public static final String TYPE = "FOLLOW_UP";
    public static final String KIND = "FOLLOW_UP";

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        FollowUp followUp = em.find(FollowUp.class, id);
        Complaint c = followUp == null ? null : em.find(Complaint.class, followUp.getComplaintId());
        if (c == null) {
            return Optional.empty();
        }
        WatchedDeadline deadline = new WatchedDeadline(KIND, null, followUp.getCreatedAt(), followUp.getDueAt(), followUp.isOpen());
        return Optional.of(new WatchedSubject(TYPE, id, c.getNumber(), "/app/complaints/view.xhtml?id=" + c.getId(), c.getCalendarCode(),
                c.getHandler() == null ? null : c.getHandler().getId(), c.getDepartment() == null ? null : c.getDepartment().getId(),
                List.of(deadline)));
    }
}
