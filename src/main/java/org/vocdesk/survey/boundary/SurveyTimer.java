package org.vocdesk.survey.boundary;

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
 * Thin timer on every node: every {@code vocdesk.survey.period-seconds} (15 min by default) it reminds
 * non-responders whose deadline is near; the once-only claim is in {@link Surveys#remindDue}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SurveyTimer {

    private static final Logger LOG = Logger.getLogger(SurveyTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @Inject
    Surveys surveys;

    @Inject
    @ConfigProperty(name = "vocdesk.survey.period-seconds", defaultValue = "900")
    long periodSeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("vocdesk-survey-reminders", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int sent = surveys.remindDue();
            if (sent > 0) {
                LOG.info(() -> "Survey reminders sent: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey reminders failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
