package org.vocdesk.survey.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Improvement actions are due in working days of the PRC calendar: holidays skipped, make-up Saturdays counted. */
class ImprovementDueDatesTest {

    @Test
    void dueDatesSkipTheNationalDayHolidaysAndCountTheMakeUpSaturday() {
        SurveySettings settings = new SurveySettings();
        settings.actionDays = 20;
        settings.replyDays = 5;
        var opened = ZonedDateTime.parse("2026-09-30T10:00:00+08:00[Asia/Shanghai]").toInstant();
        var china = CalendarFixtures.china();
        // Oct 1-7 off; Oct 8, 9, Saturday 10 (make-up), 12, 13
        assertThat(settings.replyDue(china, opened)).isEqualTo(ZonedDateTime.parse("2026-10-13T10:00:00+08:00[Asia/Shanghai]").toInstant());
        assertThat(settings.actionDue(china, opened)).isEqualTo(ZonedDateTime.parse("2026-11-03T10:00:00+08:00[Asia/Shanghai]").toInstant());
        // the same on a plain Monday-to-Friday calendar is a week earlier: the holidays are what moves it
        assertThat(settings.replyDue(CalendarFixtures.mondayToFriday(), opened))
                .isEqualTo(ZonedDateTime.parse("2026-10-07T10:00:00+08:00[Asia/Shanghai]").toInstant());
    }
}
