package org.vocdesk.escalation.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One deadline of a subject as its owning feature sees it now: the kind, the priority that selects the
 * rules, when the allowed time started (for the warning) and when it ends. {@code active} is false once the
 * deadline no longer matters (complaint closed, first reply given), so its pending steps are cancelled.
 * {@code paused} means its clock stands still (the record waits on the customer): it is not active either, but
 * its steps come back when the clock restarts and the deadline turns out unmoved.
 */
public record WatchedDeadline(String kind, String priority, Instant startedAt, Instant deadline, boolean active, boolean paused) {

    public WatchedDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        priority = priority == null ? EscalationRule.ANY_PRIORITY : priority;
        startedAt = startedAt == null ? deadline : startedAt;
        active = active && !paused;
    }

    public WatchedDeadline(String kind, String priority, Instant startedAt, Instant deadline, boolean active) {
        this(kind, priority, startedAt, deadline, active, false);
    }
}
