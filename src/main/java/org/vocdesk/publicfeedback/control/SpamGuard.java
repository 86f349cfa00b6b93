package org.vocdesk.publicfeedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.time.Duration;
import java.time.Instant;

/**
 * The spam rules that need no outside service. A filled honeypot is a robot: it gets an answer that
 * looks like success (so it learns nothing) while nothing is stored. A form sent back within seconds
 * of being shown was not typed by a person: refused with a friendly message, since a hurried human can
 * simply send it again.
 */
@ApplicationScoped
public class SpamGuard {

    public enum Verdict { ACCEPT, ROBOT, TOO_FAST }

    private Duration minimumFillTime;

    protected SpamGuard() {
        // for the CDI proxy
    }

    @Inject
    public SpamGuard(@ConfigProperty(name = "vocdesk.public.min-fill-seconds", defaultValue = "3") int minimumFillSeconds) {
        this(Duration.ofSeconds(Math.max(0, minimumFillSeconds)));
    }

    public SpamGuard(Duration minimumFillTime) {
        this.minimumFillTime = minimumFillTime;
    }

    /**
     * renderedAt: when the server rendered the form, kept on the server (null for REST callers, which
     * have no form to fill).
     */
    public Verdict judge(FeedbackForm form, Instant renderedAt, Instant now) {
        if (form.honeypotFilled()) {
            return Verdict.ROBOT;
        }
        if (renderedAt != null && Duration.between(renderedAt, now).compareTo(minimumFillTime) < 0) {
            return Verdict.TOO_FAST;
        }
        return Verdict.ACCEPT;
    }

    public Duration minimumFillTime() {
        return minimumFillTime;
    }
}
