package org.vocdesk.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new revisions into the hash chain every {@code vocdesk.audit.seal-period-seconds} on every node, and hourly
 * prunes the revisions past {@code vocdesk.audit.retention}; the
 * lock row makes nodes take turns, so running on all of them is safe and survives any one stopping.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "vocdesk.audit.seal-period-seconds", defaultValue = "10")
    long periodSeconds;

    /** Pruning after the retention period needs no hurry: once an hour is plenty. */
    private static final long PRUNE_EVERY_MILLIS = 3_600_000;

    private long lastPrune;

    @PostConstruct
    void schedule() {
        trail.retentionValid(); // a wrong retention period fails the deployment, not the first pruning
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("vocdesk-audit-seal", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            trail.sealPending();
            long now = System.currentTimeMillis();
            if (now - lastPrune > PRUNE_EVERY_MILLIS) {
                lastPrune = now;
                trail.pruneExpired();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
