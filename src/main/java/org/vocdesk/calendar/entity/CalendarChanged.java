package org.vocdesk.calendar.entity;

/**
 * Fired after an administrator changed a calendar (hours, days, zone). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to recompute stored deadlines.
 *
 * @param code the calendar's code, e.g. {@code CN}
 */
public record CalendarChanged(String code) {
}
