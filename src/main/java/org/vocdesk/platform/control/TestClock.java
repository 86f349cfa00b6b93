package org.vocdesk.platform.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A clock that integration tests can move forward, so deadlines fall due without waiting days. It exists only
 * when two independent things are present: the JVM system property {@value #SWITCH}{@code =on} (not MicroProfile
 * Config, so no environment variable or config file can set it) AND the file {@value #MARKER} in the server's
 * working directory. The test launcher provides both; one alone is refused and logged, and without either the
 * server runs on the system clock. The marker may hold an instant the clock starts at, so a test that restarts
 * the server continues where its time stood.
 */
public final class TestClock extends Clock {

    public static final String SWITCH = "vocdesk.test-clock";
    public static final String MARKER = "vocdesk-test-clock.allowed";

    private static final Logger LOG = Logger.getLogger(TestClock.class.getName());

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock(Clock base) {
        this.base = base;
    }

    /** The clock of the server: {@code system} unless a test run switched the test clock on (see above). */
    public static Clock choose(String switchValue, Path workingDirectory, Clock system) {
        boolean switched = "on".equals(switchValue);
        boolean marked = Files.isRegularFile(workingDirectory.resolve(MARKER));
        if (switched && marked) {
            LOG.warning("TEST CLOCK ON: time can be moved through /api/test-clock. Never in production.");
            TestClock clock = new TestClock(system);
            startAt(workingDirectory.resolve(MARKER)).ifPresent(clock::moveTo);
            return clock;
        }
        if (switched || marked) {
            LOG.severe("Test clock refused: it needs both -D" + SWITCH + "=on and the file " + MARKER
                    + " in the working directory; running on the system clock");
        }
        return system;
    }

    private static Optional<Instant> startAt(Path marker) {
        try {
            String text = Files.readString(marker).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (IOException | DateTimeParseException e) {
            LOG.warning("The test clock marker holds no instant to start at (" + e + "); starting at the real time");
            return Optional.empty();
        }
    }

    /** From now on the clock reads {@code at}, and runs on from there. */
    public void moveTo(Instant at) {
        offset.set(Duration.between(base.instant(), at));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moving time seen in another zone (callers ask for local dates). */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock moving = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moving.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }
        };
    }
}
