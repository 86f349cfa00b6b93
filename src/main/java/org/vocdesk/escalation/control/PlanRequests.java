package org.vocdesk.escalation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.vocdesk.escalation.entity.PlanRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The durable half of "plan the steps after commit": a request row written in the caller's transaction (so
 * it exists exactly when the change committed), consumed by the planning, swept by the timer when the
 * planning after commit never ran.
 */
@ApplicationScoped
public class PlanRequests {

    public record Subject(String type, long id) {
    }

    /** A request as the planning takes it: in the order of their ids, so that a drain always moves on. */
    public record Pending(long requestId, Subject subject) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /** In the caller's transaction; without one there is nothing to make durable (the caller plans directly). */
    public void request(String subjectType, Long subjectId) {
        if (subjectId != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            em.persist(new PlanRequest(subjectType, subjectId, clock.instant()));
        }
    }

    /** The requests of these subjects that exist now: planning reads the subjects after this, so it covers them. */
    public List<Long> pendingOf(String subjectType, Collection<Long> subjectIds) {
        return em.createQuery("select r.id from PlanRequest r where r.subjectType = :t and r.subjectId in :ids", Long.class)
                .setParameter("t", subjectType).setParameter("ids", subjectIds).getResultList();
    }

    /** Up to max requests with an id above afterId, lowest first. */
    public List<Pending> after(long afterId, int max) {
        return em.createQuery("select r.id, r.subjectType, r.subjectId from PlanRequest r where r.id > :after order by r.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultList().stream()
                .map(row -> new Pending((Long) row[0], new Subject((String) row[1], (Long) row[2]))).toList();
    }

    public void done(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from PlanRequest r where r.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** Subjects whose request is older than the grace given to the planning after commit (oldest first). */
    public List<Subject> forgotten(Instant olderThan, int max) {
        return em.createQuery("select r.subjectType, r.subjectId from PlanRequest r where r.requestedAt < :t"
                        + " order by r.requestedAt", Object[].class)
                .setParameter("t", olderThan).setMaxResults(max).getResultList().stream()
                .map(row -> new Subject((String) row[0], (Long) row[1])).distinct().toList();
    }
}
