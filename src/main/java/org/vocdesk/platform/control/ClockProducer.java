package org.vocdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;
import java.time.Clock;

/** The one source of "now", injected everywhere so tests can move time (see {@link TestClock}). */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = TestClock.choose(System.getProperty(TestClock.SWITCH), Path.of("").toAbsolutePath(), Clock.systemUTC());

    @Produces
    public Clock clock() {
        return clock;
    }
}
