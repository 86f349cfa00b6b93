package org.vocdesk.complaint.control;

import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.entity.Pause;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Moves a deadline by the working time its clock stood still. Only pauses that began before the (already
 * moved) deadline count: once a deadline is missed, waiting on the customer does not undo the breach. A
 * pause still going is left out; the deadline is known again when the clock restarts.
 */
public final class PausedDeadlines {

    private PausedDeadlines() {
    }

    public static Instant shift(Instant deadline, List<Pause> pauses, WorkingCalendar calendar) {
        Instant moved = deadline;
        for (Pause pause : pauses.stream().sorted(Comparator.comparing(Pause::from)).toList()) {
            if (pause.isOngoing() || !pause.from().isBefore(moved)) {
                continue;
            }
            // whole seconds: the clock's instants carry nanoseconds, working durations do not
            Duration stopped = Duration.ofSeconds(calendar.workingTimeBetween(pause.from(), pause.to()).getSeconds());
            if (!stopped.isNegative() && !stopped.isZero()) {
                moved = calendar.plus(moved, WorkDuration.ofTime(stopped));
            }
        }
        return moved;
    }
}
