package org.vocdesk.escalation.entity;

import org.vocdesk.calendar.entity.WorkingCalendar;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When notices may go out: by default only in working time of the recipients' calendar, so a breach at night
 * reaches people at the start of the next working period instead of waking them. Kinds listed as urgent (a
 * major complaint) go out at any hour.
 *
 * @param workingTimeOnly false sends every notice as soon as it is due
 * @param anyHourKinds    kinds of deadline whose notices are sent at any hour
 */
public record NoticeHours(boolean workingTimeOnly, Set<String> anyHourKinds) {

    /** The note of a step held back until working time. */
    public static final String HELD = "held until working time";

    public NoticeHours {
        anyHourKinds = Set.copyOf(anyHourKinds);
    }

    /** Empty to send now, else the moment to send (the next start of working time). */
    public Optional<Instant> holdUntil(String kind, WorkingCalendar calendar, Instant now) {
        if (!workingTimeOnly || anyHourKinds.contains(kind) || calendar.isWorkingTime(now)) {
            return Optional.empty();
        }
        return Optional.of(calendar.nextWorkingMoment(now));
    }
}
