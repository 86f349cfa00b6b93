package org.vocdesk.complaint.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.control.DeadlineCalculator;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans the deadlines of open complaints again after the rules changed (a category's durations, a
 * calendar's days or hours), so stored deadlines always match the rules. Works in batches, each in its
 * own transaction: a large recomputation neither holds one long transaction nor locks every row at once.
 * It runs asynchronously, so the administrator's request does not wait for it (a second or so later the
 * stored deadlines match).
 * Permitted to every caller because it only brings stored data in line with the rules; it also runs
 * when the calendars are seeded at start-up, with nobody logged in.
 */
@Stateless
@PermitAll
public class DeadlineReplanning {

    private static final Logger LOG = Logger.getLogger(DeadlineReplanning.class.getName());
    static final int BATCH = 100;
    private static final List<ComplaintStatus> CLOSED = List.of(ComplaintStatus.CLOSED, ComplaintStatus.CLOSED_INVALID, ComplaintStatus.VOIDED);

    @PersistenceContext
    EntityManager em;

    @EJB
    DeadlineReplanning self;

    @jakarta.inject.Inject
    DeadlineCalculator deadlines;

    @Resource
    SessionContext session;

    /**
     * Plans the open complaints of the category again, in the background: the change that triggers it has
     * just committed, and its transaction may still be on the caller's thread (an observer after success
     * runs while it completes), so the work runs on a thread of its own, without that context.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forCategory(Long categoryId) {
        int count = run("c.category.id = :key", categoryId);
        LOG.info(() -> "Deadlines of " + count + " open complaints of category " + categoryId + " recomputed");
    }

    /** Like {@link #forCategory(Long)}, for the open complaints on a calendar. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forCalendar(String calendarCode) {
        int count = run("c.calendarCode = :key", calendarCode);
        LOG.info(() -> "Deadlines of " + count + " open complaints on calendar " + calendarCode + " recomputed");
    }

    private int run(String condition, Object key) {
        String actor = actor();
        int done = 0;
        long after = 0;
        while (true) {
            List<Long> ids = em.createQuery("select c.id from Complaint c where " + condition
                            + " and c.status not in :closed and c.id > :after order by c.id", Long.class)
                    .setParameter("key", key).setParameter("closed", CLOSED).setParameter("after", after)
                    .setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                return done;
            }
            done += planWithRetry(ids, actor);
            after = ids.get(ids.size() - 1);
        }
    }

    /** A batch that collides with a concurrent edit is tried once more, then logged and left. */
    private int planWithRetry(List<Long> ids, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return self.plan(ids, actor);
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "Could not recompute the deadlines of complaints " + ids, e);
                    return 0;
                }
            }
        }
    }

    /** One batch, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int plan(List<Long> ids, String actor) {
        List<Complaint> complaints = em.createQuery("select c from Complaint c join fetch c.category where c.id in :ids",
                Complaint.class).setParameter("ids", ids).getResultList();
        complaints.forEach(c -> deadlines.plan(c, actor));
        return complaints.size();
    }

    private String actor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
    }
}
