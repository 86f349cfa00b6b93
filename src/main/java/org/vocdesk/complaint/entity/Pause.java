package org.vocdesk.complaint.entity;

import java.time.Instant;
import java.util.Objects;

/** When the clock of a record's deadlines stopped and restarted; {@code to} is null while it is still stopped. */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean isOngoing() {
        return to == null;
    }
}
