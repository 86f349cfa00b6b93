package org.vocdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now", injected everywhere so tests can move time (see {@link TestClock}). It ticks in
 * microseconds, the precision of the databases' timestamps, so a time answered before it is stored is the time read
 * back afterwards.
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = TestClock.choose(System.getProperty(TestClock.SWITCH), Path.of("").toAbsolutePath(), Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));

    @Produces
    public Clock clock() {
        return clock;
    }
}
