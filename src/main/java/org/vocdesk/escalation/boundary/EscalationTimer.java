package org.vocdesk.escalation.boundary;

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
 * Thin timer on every node: every {@code vocdesk.escalation.period-seconds} (60 by default) it runs the due
 * escalation steps. Non-persistent because persistent timers do not fail over on Payara Micro; exactly-once
 * comes from claiming each step in the database, not from the timer.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @Inject
    Escalations escalations;

    @Inject
    @ConfigProperty(name = "vocdesk.escalation.period-seconds", defaultValue = "60")
    long periodSeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("vocdesk-escalation", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return; // a long run is still going; the next tick catches up
        }
        try {
            Escalations.RunResult result = escalations.runDue();
            if (result.sent() + result.cancelled() > 0) {
                LOG.info(() -> "Escalation run: " + result);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalation run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
