package org.vocdesk.escalation.entity;

import java.time.Instant;

/** A step the rules call for: which level, for which deadline, and when it falls due. */
public record PlannedStep(String kind, EscalationLevel level, Instant deadline, Instant dueAt) {
}
