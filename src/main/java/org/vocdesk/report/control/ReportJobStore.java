package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.vocdesk.report.entity.ReportJob;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The jobs' rows, each change in a transaction of its own: the job runs outside any transaction and its state must be
 * visible (and survive) at once, whatever happens to the work after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReportJobStore {

    private static final List<ReportJob.Status> UNFINISHED = List.of(ReportJob.Status.QUEUED, ReportJob.Status.RUNNING);

    @PersistenceContext
    EntityManager em;

    public ReportJob create(ReportJob job) {
        em.persist(job);
        return job;
    }

    public ReportJob find(long id) {
        return em.find(ReportJob.class, id);
    }

    public List<ReportJob> of(String owner, int max) {
        return em.createQuery("select j from ReportJob j where j.owner = :owner order by j.createdAt desc, j.id desc", ReportJob.class)
                .setParameter("owner", owner).setMaxResults(max).getResultList();
    }

    public boolean started(long id, Instant now) {
        return em.find(ReportJob.class, id).start(now);
    }

    /**
     * The node still has these jobs (queued or running). One bulk update that leaves the version alone, so a running
     * job's own progress write never fails on it.
     */
    public void alive(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery("update ReportJob j set j.aliveAt = :now where j.id in :ids and j.status in :unfinished")
                    .setParameter("now", now).setParameter("ids", ids).setParameter("unfinished", UNFINISHED).executeUpdate();
        }
    }

    /** Fails the unfinished jobs no node has said it still has since the cutoff (their server stopped). */
    public List<ReportJob> failLeftBehind(Instant cutoff, Function<ReportJob, String> reason, Instant now) {
        List<ReportJob> left = em.createQuery("select j from ReportJob j where j.status in :unfinished and j.aliveAt < :cutoff", ReportJob.class)
                .setParameter("unfinished", UNFINISHED)
                .setParameter("cutoff", cutoff).getResultList();
        left.forEach(job -> job.fail(reason.apply(job), now));
        return left;
    }

    public void progress(long id, int percent) {
        em.find(ReportJob.class, id).progress(percent);
    }

    public boolean finished(long id, String fileName, String contentType, String storedAs, long size, String sha256, Instant now) {
        return em.find(ReportJob.class, id).finish(fileName, contentType, storedAs, size, sha256, now);
    }

    public void failed(long id, String reason, Instant now) {
        em.find(ReportJob.class, id).fail(reason, now);
    }
}
