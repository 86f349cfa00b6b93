package org.vocdesk.complaint.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many complaint intakes store at once; the others wait their turn, first come first served.
 *
 * <p>Why: storing an intake is short and all CPU, the server's and the database's. Run side by side beyond the
 * cores, intakes only take the CPU from each other; in turns the slowest ones finished sooner, at the same throughput
 * (bench/RESULTS.md, session 12). The default is one more than the processors, so that one intake's round trip to the
 * database leaves no core idle.
 *
 * <p>The turn is taken after the request has been read: a client that sends slowly holds no turn.
 */
@ApplicationScoped
public class IntakeTurns {

    @Inject
    @ConfigProperty(name = "vocdesk.intake.concurrency")
    Optional<Integer> configuredConcurrency;

    @Inject
    @ConfigProperty(name = "vocdesk.intake.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private Semaphore turns;

    @PostConstruct
    void init() {
        turns = new Semaphore(concurrency(), true);
    }

    int concurrency() {
        return Math.max(1, configuredConcurrency.orElse(Runtime.getRuntime().availableProcessors() + 1));
    }

    /** The intake's work in its turn; "busy" (nothing done) when no turn came within the configured wait. */
    public <T> T inTurn(Supplier<T> intake) {
        if (!takeTurn()) {
            throw BusinessException.busy("complaint.intake.busy");
        }
        try {
            return intake.get();
        } finally {
            turns.release();
        }
    }

    private boolean takeTurn() {
        try {
            return turns.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
