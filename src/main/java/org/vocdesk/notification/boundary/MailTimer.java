package org.vocdesk.notification.boundary;

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
 * Thin timer: every {@code vocdesk.mail.period-seconds} (30 by default) on every node, sends the outbox.
 * Non-persistent (persistent timers do not fail over on Payara Micro); the rows are claimed in the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailTimer {

    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.period-seconds", defaultValue = "30")
    long periodSeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("vocdesk-mail", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still sending
        }
        try {
            outbox.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
