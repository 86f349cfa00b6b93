package org.vocdesk.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.report.entity.ReportJob;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The report jobs this node has queued or runs. A job must not stay "queued" or "running" for ever: the node marks its
 * jobs alive on every watch, stops a job not done within {@code vocdesk.report.job-timeout} of being asked for, and
 * fails the jobs no node has marked alive for {@code vocdesk.report.left-behind-after} (their server stopped), each
 * with the reason in the language of the job.
 */
@ApplicationScoped
public class ReportJobQueue {

    private static final Logger LOG = Logger.getLogger(ReportJobQueue.class.getName());

    /** A job of this node: when it was asked for and its task (null until the executor has it). */
    private record Held(Instant queuedAt, Future<?> task) {
    }

    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    ReportJobRunner runner;

    @Inject
    ReportJobStore store;

    @Inject
    @ConfigProperty(name = "vocdesk.report.job-timeout", defaultValue = "PT1H")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "vocdesk.report.left-behind-after", defaultValue = "PT5M")
    Duration leftBehindAfter;

    public void submit(ReportJob job, ReportKind kind, ReportOrder order) {
        long id = job.getId();
        held.put(id, new Held(job.getCreatedAt(), null));
        Future<?> task = executor.submit(() -> {
            try {
                runner.run(job, kind, order);
            } finally {
                held.remove(id);
            }
        });
        held.computeIfPresent(id, (key, entry) -> new Held(entry.queuedAt(), task));
    }

    /** Marks this node's jobs alive, stops those past the time-out, fails those left behind by other nodes. */
    public void watch(Instant now) {
        held.forEach((id, entry) -> {
            if (entry.task() != null && entry.queuedAt().plus(timeout).isBefore(now)) {
                held.remove(id);
                entry.task().cancel(true);
                store.failed(id, Messages.get(locale(store.find(id)), "report.job.timedOut", timeout.toMinutes()), now);
                LOG.warning(() -> "Report job " + id + " stopped: not done within " + timeout);
            }
        });
        store.alive(held.keySet(), now);
        for (ReportJob job : store.failLeftBehind(now.minus(leftBehindAfter), left -> Messages.get(locale(left), "report.job.leftBehind"), now)) {
            LOG.warning(() -> "Report job " + job.getId() + " failed: no server has had it since " + job.getAliveAt());
        }
    }

    private static Locale locale(ReportJob job) {
        return job == null ? Locale.ENGLISH : Locale.forLanguageTag(job.getLanguage());
    }
}
