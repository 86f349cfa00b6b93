package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after five failures for one user name (or twenty from one address) within
 * fifteen minutes, further attempts are refused until the window has passed. Kept in memory per server:
 * enough against online guessing, and it forgets itself on restart instead of locking people out.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Failures from one address (all users) before it is throttled; behind a proxy every client shares one. */
    @Inject
    @ConfigProperty(name = "vocdesk.login.address-failures", defaultValue = "20")
    int maxAddressFailures;

    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return count("u:" + normalize(username), now) >= MAX_FAILURES || count("a:" + address, now) >= maxAddressFailures;
    }

    /** The administrator unlocked the user: no waiting either (on this server; the others forget within the window). */
    public void forget(String username) {
        failures.remove("u:" + normalize(username));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record("u:" + normalize(username), now);
        record("a:" + address, now);
    }

    public void succeeded(String username) {
        failures.remove("u:" + normalize(username));
    }

    private int count(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
