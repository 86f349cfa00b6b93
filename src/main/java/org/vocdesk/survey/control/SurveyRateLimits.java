package org.vocdesk.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.publicfeedback.control.RateLimit;
import org.vocdesk.publicfeedback.control.SubmissionRateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Requests to the public survey (page and REST) per personal link and per client address, in sliding windows
 * kept in memory by each server. Every request counts, refused ones too: the point is to stop someone trying
 * tokens or hammering one link, and a customer filling in the form needs a few dozen requests at most.
 * Configured as {@code vocdesk.survey.rate-limit.token} and {@code .client} ("30/5m"; 0 switches one off).
 */
@ApplicationScoped
public class SurveyRateLimits {

    private SubmissionRateLimiter perToken;
    private SubmissionRateLimiter perClient;

    protected SurveyRateLimits() {
        // for the CDI proxy
    }

    @Inject
    public SurveyRateLimits(Clock clock, @ConfigProperty(name = "vocdesk.survey.rate-limit.token", defaultValue = "30/5m") String token,
                            @ConfigProperty(name = "vocdesk.survey.rate-limit.client", defaultValue = "300/5m") String client) {
        this(clock, RateLimit.parse(token), RateLimit.parse(client));
    }

    public SurveyRateLimits(Clock clock, RateLimit token, RateLimit client) {
        this.perToken = new SubmissionRateLimiter(clock, token);
        this.perClient = new SubmissionRateLimiter(clock, client);
    }

    /** Counts one request; empty to go ahead, else how long to wait. A missing token is limited by the address only. */
    public Optional<Duration> tryAcquire(String client, String token) {
        Optional<Duration> wait = perClient.tryAcquire(client);
        if (wait.isPresent() || token == null || token.isBlank()) {
            return wait;
        }
        return perToken.tryAcquire(token.length() > 100 ? token.substring(0, 100) : token);
    }

    /** Counts a request of a link whose address was counted already (a form posted back without the link). */
    public Optional<Duration> tryToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : perToken.tryAcquire(token.length() > 100 ? token.substring(0, 100) : token);
    }

    /** Minutes to tell a person, rounded up: "try again in 0 minutes" would be wrong. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
