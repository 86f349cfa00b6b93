package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.vocdesk.report.entity.ReportJob;

import java.time.Instant;
import java.util.List;

/**
 * The jobs' rows, each change in a transaction of its own: the job runs outside any transaction and its state must be
 * visible (and survive) at once, whatever happens to the work after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReportJobStore {

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

    public void started(long id, Instant now) {
        em.find(ReportJob.class, id).start(now);
    }

    public void progress(long id, int percent) {
        em.find(ReportJob.class, id).progress(percent);
    }

    public void finished(long id, String fileName, String contentType, String storedAs, long size, String sha256, Instant now) {
        em.find(ReportJob.class, id).finish(fileName, contentType, storedAs, size, sha256, now);
    }

    public void failed(long id, String reason, Instant now) {
        em.find(ReportJob.class, id).fail(reason, now);
    }
}
