package org.vocdesk.report.boundary;

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
import org.vocdesk.report.control.ReportJobQueue;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Watches the report jobs every {@code vocdesk.report.watch-seconds} on every node (see ReportJobQueue). */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportJobWatch {

    private static final Logger LOG = Logger.getLogger(ReportJobWatch.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReportJobQueue queue;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.report.watch-seconds", defaultValue = "60")
    long periodSeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("vocdesk-report-watch", false));
    }

    @Timeout
    void run() {
        try {
            queue.watch(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Watching the report jobs failed; the next run tries again", e);
        }
    }
}
