package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.DeadlinesPlanned;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Plans a complaint's deadlines in working time on its calendar: the first reply and the response by
 * priority, both counted from the moment the feedback was received, with the category's durations, and
 * moved by the working time the complaint waited on the customer.
 */
@ApplicationScoped
public class DeadlineCalculator {

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Event<DeadlinesPlanned> planned;

    public void plan(Complaint complaint, String actor) {
        plan(complaint, actor, clock.instant());
    }

    /** Plans as of a given moment (the timeline entry carries it): for records entered after the fact. */
    public void plan(Complaint complaint, String actor, Instant now) {
        String code = complaint.getCalendarCode() != null ? complaint.getCalendarCode() : calendars.defaultCode();
        WorkingCalendar calendar = calendars.get(code);
        Instant firstReply = calendar.plus(complaint.getReceivedAt(), WorkDuration.parse(complaint.getCategory().getFirstReplyWithin()));
        Instant response = calendar.plus(complaint.getReceivedAt(),
                WorkDuration.parse(complaint.getCategory().responseWithin(complaint.effectivePriority())));
        firstReply = PausedDeadlines.shift(firstReply, complaint.pauses(), calendar);
        response = PausedDeadlines.shift(response, complaint.pauses(), calendar);
        complaint.planDeadlines(code, firstReply, response, actor, now);
        planned.fire(new DeadlinesPlanned(complaint));
    }

    /** Working time left until a deadline (negative once it has passed), on the complaint's calendar. */
    public Duration workingTimeLeft(Complaint complaint, Instant deadline) {
        WorkingCalendar calendar = calendars.get(complaint.getCalendarCode());
        Instant now = clock.instant();
        return now.isBefore(deadline) ? calendar.workingTimeBetween(now, deadline)
                : calendar.workingTimeBetween(deadline, now).negated();
    }
}
