package org.vocdesk.escalation.entity;

import java.time.Instant;
import java.util.Collection;

/** Which stored steps still apply to a subject's current deadlines (the others are cancelled). */
public final class StepRules {

    /** The note of a step cancelled because its deadline's clock stopped; such a step may come back. */
    public static final String PAUSED = "clock stopped: waiting on the customer";

    private StepRules() {
    }

    /**
     * A step applies while its deadline is still planned at the same instant (a re-planned deadline has new
     * steps) and still active; a warning no longer applies once its deadline has passed.
     */
    public static boolean stillApplies(String kind, EscalationLevel level, Instant stepDeadline,
                                       Collection<WatchedDeadline> current, Instant now) {
        boolean planned = current.stream().anyMatch(d -> d.active() && d.kind().equals(kind) && d.deadline().equals(stepDeadline));
        if (!planned) {
            return false;
        }
        return level != EscalationLevel.WARNING || now.isBefore(stepDeadline);
    }

    public static String whyObsolete(String kind, EscalationLevel level, Instant stepDeadline,
                                     Collection<WatchedDeadline> current, Instant now) {
        if (current.stream().noneMatch(d -> d.kind().equals(kind))) {
            return "deadline gone";
        }
        if (current.stream().anyMatch(d -> d.kind().equals(kind) && d.paused())) {
            return PAUSED;
        }
        if (current.stream().noneMatch(d -> d.kind().equals(kind) && d.deadline().equals(stepDeadline))) {
            return "deadline re-planned";
        }
        if (current.stream().noneMatch(d -> d.kind().equals(kind) && d.active())) {
            return "deadline met or record closed";
        }
        return level == EscalationLevel.WARNING ? "warning after the breach" : "not applicable";
    }
}
