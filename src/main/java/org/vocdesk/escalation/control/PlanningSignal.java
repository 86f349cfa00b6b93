package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Coalesces "there are plan requests" on this node: the first signal starts one drain, signals that arrive while it
 * runs make it look once more before it stops, so a burst of intakes is planned by one thread in batches instead of
 * by one transaction per record.
 */
@ApplicationScoped
public class PlanningSignal {

    private final AtomicInteger signals = new AtomicInteger();

    /** True when the caller must start the drain (none is running). */
    public boolean raise() {
        return signals.getAndIncrement() == 0;
    }

    /** What the drain saw before it started looking. */
    public int seen() {
        return signals.get();
    }

    /** True when no signal came since {@code seen}: the drain may stop (a later signal starts a new one). */
    public boolean settle(int seen) {
        return signals.compareAndSet(seen, 0);
    }

    /** After a drain stopped on an error: the next signal starts a new one. */
    public void reset() {
        signals.set(0);
    }
}
