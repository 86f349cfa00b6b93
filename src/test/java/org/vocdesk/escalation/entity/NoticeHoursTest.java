package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.WorkingCalendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.SHANGHAI;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.calendar.entity.CalendarFixtures.china;

/** Notices outside working time wait for the next working period; urgent kinds and a switched-off rule do not. */
class NoticeHoursTest {

    private final WorkingCalendar calendar = china();
    private final NoticeHours byDefault = new NoticeHours(true, Set.of(DeadlineKinds.MAJOR_COMPLAINT));

    private Optional<Instant> holdAt(NoticeHours hours, String kind, String localTime) {
        Clock fixed = Clock.fixed(at(localTime), SHANGHAI); // the moment the timer runs
        return hours.holdUntil(kind, calendar, fixed.instant());
    }

    @Test
    void aBreachInWorkingTimeGoesOutAtOnce() {
        assertThat(holdAt(byDefault, DeadlineKinds.RESPONSE, "2025-05-13T10:15")).isEmpty();
    }

    @Test
    void aBreachAtNightGoesOutWhenWorkStartsNextMorning() {
        assertThat(holdAt(byDefault, DeadlineKinds.RESPONSE, "2025-05-13T22:40")).contains(at("2025-05-14T08:30"));
    }

    @Test
    void aBreachInTheLunchBreakWaitsForTheAfternoon() {
        assertThat(holdAt(byDefault, DeadlineKinds.FIRST_REPLY, "2025-05-13T12:20")).contains(at("2025-05-13T13:00"));
    }

    @Test
    void aBreachBeforeTheHolidaysGoesOutAfterThem() {
        // Tue 30 Sep evening; 1-8 Oct are National Day holidays
        assertThat(holdAt(byDefault, DeadlineKinds.RESPONSE, "2025-09-30T19:00")).contains(at("2025-10-09T08:30"));
    }

    @Test
    void aBreachOnFridayNightGoesOutOnTheAdjustedWorkingSaturday() {
        // Sat 11 Oct 2025 is worked (调休)
        assertThat(holdAt(byDefault, DeadlineKinds.RESPONSE, "2025-10-10T21:00")).contains(at("2025-10-11T08:30"));
    }

    @Test
    void aMajorComplaintIsNotifiedAtAnyHour() {
        assertThat(holdAt(byDefault, DeadlineKinds.MAJOR_COMPLAINT, "2025-05-13T23:00")).isEmpty();
    }

    @Test
    void switchedOffEveryNoticeGoesOutWhenDue() {
        assertThat(holdAt(new NoticeHours(false, Set.of()), DeadlineKinds.RESPONSE, "2025-05-13T23:00")).isEmpty();
    }
}
