package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.escalation.entity.DeadlineKinds;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a complaint: the first reply (until it is given), the response (until a resolution is
 * proposed or the complaint is closed), both stopped while it waits on the customer, and the major-complaint
 * notice (due at recording, while major).
 */
@ApplicationScoped
public class ComplaintDeadlines implements DeadlineSource {

    public static final String TYPE = "COMPLAINT";

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        Complaint c = em.find(Complaint.class, id);
        return c == null ? Optional.empty() : Optional.of(watched(c));
    }

    /**
     * With their waits on the customer, which every find reads, and their handlers, whom most steps notify (so the
     * recipients are not read one by one); the department stays lazy (only its id is read).
     */
    @Override
    public void prefetch(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("select distinct c from Complaint c left join fetch c.customerWaits left join fetch c.handler where c.id in :ids",
                    Complaint.class).setParameter("ids", ids).getResultList();
        }
    }

    static WatchedSubject watched(Complaint c) {
        boolean open = c.getStatus().isOpen();
        boolean responding = open && c.getStatus() != ComplaintStatus.AWAITING_CONFIRMATION;
        boolean waiting = c.isWaitingOnCustomer();
        String priority = c.effectivePriority() == null ? null : c.effectivePriority().name();
        List<WatchedDeadline> deadlines = new java.util.ArrayList<>(List.of(
                new WatchedDeadline(DeadlineKinds.FIRST_REPLY, priority, c.getReceivedAt(), c.getFirstReplyDue(),
                        open && c.getFirstRepliedAt() == null, waiting),
                new WatchedDeadline(DeadlineKinds.RESPONSE, priority, c.getReceivedAt(), c.getResponseDue(), responding, waiting)));
        if (c.isMajor()) {
            deadlines.add(new WatchedDeadline(DeadlineKinds.MAJOR_COMPLAINT, priority, c.getRecordedAt(), c.getRecordedAt(), true));
        }
        return new WatchedSubject(TYPE, c.getId(), c.getNumber(), "/app/complaints/view.xhtml?id=" + c.getId(),
                c.getCalendarCode(), c.getHandler() == null ? null : c.getHandler().getId(),
                c.getDepartment() == null ? null : c.getDepartment().getId(), deadlines);
    }
}
