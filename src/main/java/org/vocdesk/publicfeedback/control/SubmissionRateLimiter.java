package org.vocdesk.publicfeedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public submissions per client address in a sliding window, in memory (each server counts for itself;
 * a restart forgets, which is acceptable for spam protection). Only submissions that were accepted
 * count: a customer correcting a rejected form is not punished for it.
 */
@ApplicationScoped
public class SubmissionRateLimiter {

    /** Above this many addresses, stale ones are dropped so memory stays bounded. */
    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> accepted = new ConcurrentHashMap<>();
    private Clock clock;
    private RateLimit limit;

    protected SubmissionRateLimiter() {
        // for the CDI proxy
    }

    @Inject
    public SubmissionRateLimiter(Clock clock, @ConfigProperty(name = "vocdesk.public.rate-limit", defaultValue = "5/10m") String limit) {
        this(clock, RateLimit.parse(limit));
    }

    public SubmissionRateLimiter(Clock clock, RateLimit limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Counts one submission from this client if the limit allows it. Empty means go ahead; otherwise how
     * long the client has to wait until its oldest submission leaves the window.
     */
    public Optional<Duration> tryAcquire(String client) {
        if (limit.off()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (accepted.size() > PURGE_ABOVE) {
            purge(now);
        }
        Deque<Instant> times = accepted.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() >= limit.submissions()) {
                Duration wait = Duration.between(now, times.peekFirst().plus(limit.window()));
                return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /** Gives back the last count of this client, when storing its submission failed after all. */
    public void release(String client) {
        Deque<Instant> times = accepted.get(client);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    public RateLimit limit() {
        return limit;
    }

    private void purge(Instant now) {
        accepted.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(limit.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.pollFirst();
        }
    }
}
