package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.entity.Pause;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.calendar.entity.CalendarFixtures.china;

/** Deadlines moved by the working time a complaint waited on the customer (08:30-12:00, 13:00-17:30, PRC holidays). */
class PausedDeadlinesTest {

    private final WorkingCalendar calendar = china();

    @Test
    void aPauseWithinOneWorkingDayMovesTheDeadlineByItsLength() {
        var pause = new Pause(at("2025-05-13T09:00"), at("2025-05-13T11:00"));
        assertThat(PausedDeadlines.shift(at("2025-05-15T14:00"), List.of(pause), calendar)).isEqualTo(at("2025-05-15T16:00"));
    }

    @Test
    void theNightInsideAPauseDoesNotCount() {
        // Tue 16:30 -> Wed 09:30: one working hour each side of the night
        var pause = new Pause(at("2025-05-13T16:30"), at("2025-05-14T09:30"));
        assertThat(PausedDeadlines.shift(at("2025-05-15T14:00"), List.of(pause), calendar)).isEqualTo(at("2025-05-15T16:00"));
    }

    @Test
    void holidaysInsideAPauseDoNotCount() {
        // Tue 30 Sep 17:00 -> Thu 9 Oct 09:00 spans the National Day holidays (1-8 Oct): half an hour each side
        var pause = new Pause(at("2025-09-30T17:00"), at("2025-10-09T09:00"));
        assertThat(PausedDeadlines.shift(at("2025-10-10T10:00"), List.of(pause), calendar)).isEqualTo(at("2025-10-10T11:00"));
    }

    @Test
    void anAdjustedWorkingSaturdayInsideAPauseCounts() {
        // Fri 10 Oct 17:00 -> Mon 13 Oct 09:00: Saturday 11 Oct is worked (调休), 8 h, plus half an hour each side
        var pause = new Pause(at("2025-10-10T17:00"), at("2025-10-13T09:00"));
        // 9 working hours after Tue 14 Oct 10:00: 6.5 h on Tuesday, 2.5 h on Wednesday
        assertThat(PausedDeadlines.shift(at("2025-10-14T10:00"), List.of(pause), calendar)).isEqualTo(at("2025-10-15T11:00"));
    }

    @Test
    void aPauseEntirelyOutsideWorkingTimeLeavesTheDeadline() {
        var night = new Pause(at("2025-05-13T18:00"), at("2025-05-14T08:00"));
        assertThat(PausedDeadlines.shift(at("2025-05-15T14:00"), List.of(night), calendar)).isEqualTo(at("2025-05-15T14:00"));
    }

    @Test
    void aPauseAfterTheBreachDoesNotUndoIt() {
        var late = new Pause(at("2025-05-16T09:00"), at("2025-05-16T11:00"));
        assertThat(PausedDeadlines.shift(at("2025-05-15T14:00"), List.of(late), calendar)).isEqualTo(at("2025-05-15T14:00"));
    }

    @Test
    void aPauseStillGoingDoesNotMoveTheDeadlineYet() {
        var ongoing = new Pause(at("2025-05-13T09:00"), null);
        assertThat(PausedDeadlines.shift(at("2025-05-15T14:00"), List.of(ongoing), calendar)).isEqualTo(at("2025-05-15T14:00"));
    }

    @Test
    void pausesAddUpAndALaterOneCountsWhenTheFirstMovedTheDeadlinePastIt() {
        var first = new Pause(at("2025-05-13T09:00"), at("2025-05-13T10:00"));
        // begins after the original deadline (Wed 14:00) but before the moved one (Wed 15:00)
        var second = new Pause(at("2025-05-14T14:30"), at("2025-05-14T15:00"));
        assertThat(PausedDeadlines.shift(at("2025-05-14T14:00"), List.of(second, first), calendar)).isEqualTo(at("2025-05-14T15:30"));
    }
}
