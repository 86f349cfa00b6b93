package org.vocdesk.escalation.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/** Which steps the administrator lists: by status and kind of deadline (null: all), due in [from, to). */
public record StepFilter(StepStatus status, String kind, Instant from, Instant to) {

    public static final StepFilter ALL = new StepFilter(null, null, null, null);

    /** The filter, or a message when its period ends before it starts. */
    public static StepFilter checked(StepStatus status, String kind, Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw BusinessException.invalidField("to", "escalation.steps.period");
        }
        return new StepFilter(status, kind == null || kind.isBlank() ? null : kind, from, to);
    }
}
