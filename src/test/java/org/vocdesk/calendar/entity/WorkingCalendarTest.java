package org.vocdesk.calendar.entity;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vocdesk.platform.entity.BusinessException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.calendar.entity.CalendarFixtures.SHANGHAI;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;

class WorkingCalendarTest {

    private final WorkingCalendar plain = CalendarFixtures.mondayToFriday();
    private final WorkingCalendar china = CalendarFixtures.china();

    @Nested
    class SeedExample {

        @Test
        void fridayPlusTwoDaysIsMondayWhenSaturdayIsAWorkingDay() {
            WorkingCalendar withSaturday = WorkingCalendar.builder(SHANGHAI)
                    .hours(CalendarFixtures.HOURS, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .workday(LocalDate.parse("2025-03-08")).build();
            assertThat(withSaturday.plus(at("2025-03-07T10:00"), WorkDuration.parse("2d"))).isEqualTo(at("2025-03-10T10:00"));
        }

        @Test
        void fridayPlusTwoDaysIsTuesdayOnAPlainWeek() {
            assertThat(plain.plus(at("2025-03-07T10:00"), WorkDuration.parse("2d"))).isEqualTo(at("2025-03-11T10:00"));
        }

        @Test
        void theRealAdjustedSaturdayAfterSpringFestival2025() {
            // 2025-02-08 is a Saturday worked to make up for the Spring Festival
            assertThat(china.plus(at("2025-02-07T10:00"), WorkDuration.parse("2d"))).isEqualTo(at("2025-02-10T10:00"));
            assertThat(china.plus(at("2025-02-07T10:00"), WorkDuration.parse("1d"))).isEqualTo(at("2025-02-08T10:00"));
        }
    }

    @Nested
    class SpringFestival {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-01-24T10:00, 1d, 2025-01-26T10:00", // Sunday 26 January is an adjusted working day
                "2025-01-24T10:00, 2d, 2025-01-27T10:00",
                "2025-01-24T10:00, 3d, 2025-02-05T10:00", // 28 Jan - 4 Feb are holidays
                "2025-01-27T16:00, 2h, 2025-02-05T09:00",
                "2025-01-30T09:00, 1d, 2025-02-06T08:30", // starts on a holiday: the clock starts 5 Feb 08:30
                "2025-01-30T09:00, 4h, 2025-02-05T13:30",
                "2026-02-13T10:00, 1d, 2026-02-14T10:00", // Saturday 14 Feb 2026 is worked
                "2026-02-13T10:00, 2d, 2026-02-24T10:00", // 15-23 Feb 2026 are holidays
                "2026-02-12T15:00, 16h, 2026-02-14T15:00",
                "2026-02-24T10:00, 4d, 2026-02-28T10:00", // Saturday 28 Feb 2026 is worked
                "2026-02-20T22:00, 30m, 2026-02-24T09:00"
        })
        void deadlinesSkipHolidaysAndCountAdjustedDays(String from, String duration, String due) {
            assertThat(china.plus(at(from), WorkDuration.parse(duration))).isEqualTo(at(due));
        }

        @Test
        void workingTimeAcrossTheFestivalIsOnlyTheAdjustedSaturday() {
            assertThat(china.workingTimeBetween(at("2026-02-13T17:30"), at("2026-02-24T08:30"))).isEqualTo(Duration.ofHours(8));
            assertThat(china.isWorkingTime(at("2026-02-16T10:00"))).isFalse();
            assertThat(china.isWorkingTime(at("2026-02-14T10:00"))).isTrue();
            assertThat(china.nextWorkingMoment(at("2026-02-14T18:00"))).isEqualTo(at("2026-02-24T08:30"));
        }

        @Test
        void twoHundredWorkingDaysMatchACountOfTheCsv() {
            LocalDate date = LocalDate.parse("2025-01-02");
            for (int counted = 0; counted < 200; ) {
                date = date.plusDays(1);
                if (isChineseWorkingDay(date)) {
                    counted++;
                }
            }
            assertThat(china.plus(at("2025-01-02T09:15"), WorkDuration.ofDays(200)))
                    .isEqualTo(date.atTime(9, 15).atZone(SHANGHAI).toInstant());
            assertThat(china.workingTimeBetween(at("2025-01-02T09:15"), date.atTime(9, 15).atZone(SHANGHAI).toInstant()))
                    .isEqualTo(Duration.ofHours(8 * 200));
        }

        private boolean isChineseWorkingDay(LocalDate date) {
            var entry = CalendarFixtures.chinaDays().stream().filter(d -> d.date().equals(date)).findFirst();
            if (entry.isPresent()) {
                return entry.get().kind() == DayKind.WORKDAY;
            }
            return date.getDayOfWeek().getValue() <= 5;
        }
    }

    @Nested
    class StartOutsideWorkingTime {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-03-04T22:00, 2h, 2025-03-05T10:30",  // night: starts next morning
                "2025-03-04T22:00, 1d, 2025-03-06T08:30",
                "2025-03-07T12:30, 1d, 2025-03-10T13:00",  // lunch break: starts at 13:00
                "2025-03-07T12:30, 1h, 2025-03-07T14:00",
                "2025-03-08T10:00, 1d, 2025-03-11T08:30",  // Saturday
                "2025-03-07T17:30, 30m, 2025-03-10T09:00", // end of the day is not working time
                "2025-03-04T06:00, 0.5d, 2025-03-04T13:30"
        })
        void theClockStartsAtTheNextWorkingMoment(String from, String duration, String due) {
            assertThat(plain.plus(at(from), WorkDuration.parse(duration))).isEqualTo(at(due));
        }

        @Test
        void nextWorkingMoment() {
            assertThat(plain.nextWorkingMoment(at("2025-03-04T10:00"))).isEqualTo(at("2025-03-04T10:00"));
            assertThat(plain.nextWorkingMoment(at("2025-03-04T12:00"))).isEqualTo(at("2025-03-04T13:00"));
            assertThat(plain.nextWorkingMoment(at("2025-03-07T17:30"))).isEqualTo(at("2025-03-10T08:30"));
            assertThat(china.nextWorkingMoment(at("2025-09-30T20:00"))).isEqualTo(at("2025-10-09T08:30"));
        }

        @Test
        void workingTimeIsHalfOpen() {
            assertThat(plain.isWorkingTime(at("2025-03-04T08:30"))).isTrue();
            assertThat(plain.isWorkingTime(at("2025-03-04T08:29:59"))).isFalse();
            assertThat(plain.isWorkingTime(at("2025-03-04T11:59:59"))).isTrue();
            assertThat(plain.isWorkingTime(at("2025-03-04T12:00"))).isFalse();
            assertThat(plain.isWorkingTime(at("2025-03-04T17:30"))).isFalse();
            assertThat(plain.isWorkingTime(at("2025-03-08T10:00"))).isFalse();
        }
    }

    @Nested
    class Hours {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-03-04T10:00, 1h, 2025-03-04T11:00",
                "2025-03-04T11:30, 1h, 2025-03-04T13:30", // across lunch
                "2025-03-07T16:30, 1h, 2025-03-07T17:30", // ends exactly at the end of the day
                "2025-03-07T16:30, 2h, 2025-03-10T09:30", // across the weekend
                "2025-03-04T10:00, 8h, 2025-03-05T10:00",
                "2025-03-04T10:00, 20m, 2025-03-04T10:20",
                "2025-03-04T10:00, 0.5d, 2025-03-04T15:00",
                "2025-03-04T10:00, 1.5d, 2025-03-05T15:00"
        })
        void timeWalksThroughTheWorkingIntervals(String from, String duration, String due) {
            assertThat(plain.plus(at(from), WorkDuration.parse(duration))).isEqualTo(at(due));
        }

        @Test
        void workingTimeBetweenIsTheInverseOfPlus() {
            for (String from : new String[]{"2025-01-24T10:00", "2025-01-30T09:00", "2026-02-12T11:45", "2025-09-30T17:00"}) {
                for (String duration : new String[]{"1m", "20m", "1h", "4h", "479m", "40h", "300h"}) {
                    var start = china.nextWorkingMoment(at(from));
                    var due = china.plus(at(from), WorkDuration.parse(duration));
                    assertThat(china.workingTimeBetween(at(from), due)).as(from + " + " + duration)
                            .isEqualTo(WorkDuration.parse(duration).time());
                    assertThat(china.workingTimeBetween(start, due)).isEqualTo(WorkDuration.parse(duration).time());
                }
            }
        }

        @Test
        void workingTimeBetweenIsNegativeWhenOverdue() {
            assertThat(plain.workingTimeBetween(at("2025-03-10T09:30"), at("2025-03-07T16:30"))).isEqualTo(Duration.ofHours(-2));
            assertThat(plain.workingTimeBetween(at("2025-03-08T09:30"), at("2025-03-08T16:30"))).isZero();
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void zeroDurationIsTheStartOfTheClock() {
            assertThat(plain.plus(at("2025-03-04T10:00"), WorkDuration.ZERO)).isEqualTo(at("2025-03-04T10:00"));
            assertThat(plain.plus(at("2025-03-08T10:00"), WorkDuration.parse("0d"))).isEqualTo(at("2025-03-10T08:30"));
            assertThat(plain.plus(at("2025-03-04T12:10"), WorkDuration.parse("0m"))).isEqualTo(at("2025-03-04T13:00"));
        }

        @Test
        void twoHundredPlainWorkingDaysAreFortyWeeks() {
            assertThat(plain.plus(at("2025-01-06T10:00"), WorkDuration.parse("200d"))).isEqualTo(at("2025-10-13T10:00"));
            assertThat(plain.plus(at("2025-01-06T10:00"), WorkDuration.parse("3660d"))).isEqualTo(at("2039-01-17T10:00"));
        }

        @Test
        void aShorterDayKeepsTheShareOfTheDayDoneCappedAtItsEnd() {
            WorkingCalendar shortFriday = WorkingCalendar.builder(SHANGHAI)
                    .hours("08:00-12:00,13:00-17:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                    .hours("08:00-12:00", DayOfWeek.FRIDAY).build();
            assertThat(shortFriday.plus(at("2025-03-05T10:00"), WorkDuration.parse("1d"))).isEqualTo(at("2025-03-06T10:00"));
            assertThat(shortFriday.plus(at("2025-03-06T15:00"), WorkDuration.parse("1d"))).isEqualTo(at("2025-03-07T12:00"));
            assertThat(shortFriday.plus(at("2025-03-06T15:00"), WorkDuration.parse("2d"))).isEqualTo(at("2025-03-10T15:00"));
        }

        @Test
        void anAdjustedSaturdayUsesItsOwnHoursWhenItHasAny() {
            WorkingCalendar saturdayMornings = WorkingCalendar.builder(SHANGHAI)
                    .hours(CalendarFixtures.HOURS, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .hours("09:00-12:00", DayOfWeek.SATURDAY)
                    .holiday(LocalDate.parse("2025-03-08")).workday(LocalDate.parse("2025-03-09")).build();
            assertThat(saturdayMornings.hoursOn(LocalDate.parse("2025-03-08"))).isEmpty();
            assertThat(saturdayMornings.hoursOn(LocalDate.parse("2025-03-15"))).hasToString("[09:00-12:00]");
            assertThat(saturdayMornings.hoursOn(LocalDate.parse("2025-03-09"))).hasToString("[08:30-12:00, 13:00-17:30]");
            assertThat(saturdayMornings.standardDayLength()).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void daylightSavingCountsTheHoursReallyWorked() {
            WorkingCalendar allDay = WorkingCalendar.builder(java.time.ZoneId.of("Europe/Berlin"))
                    .hours("00:00-00:00", DayOfWeek.values()).build();
            var berlin = java.time.ZoneId.of("Europe/Berlin");
            var start = LocalDate.parse("2025-03-30").atStartOfDay(berlin).toInstant();
            assertThat(allDay.plus(start, WorkDuration.parse("24h")))
                    .isEqualTo(LocalDate.parse("2025-03-31").atTime(1, 0).atZone(berlin).toInstant());
            assertThat(allDay.workingTimeBetween(start, LocalDate.parse("2025-03-31").atStartOfDay(berlin).toInstant()))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(allDay.plus(start.plusSeconds(10 * 3600), WorkDuration.parse("1d")))
                    .isEqualTo(LocalDate.parse("2025-03-31").atTime(11, 0).atZone(berlin).toInstant());
        }

        @Test
        void invalidInputIsRejected() {
            assertThatThrownBy(() -> WorkingCalendar.builder(SHANGHAI).build())
                    .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.week.empty");
            assertThatThrownBy(() -> WorkingCalendar.builder(null)).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> WorkingCalendar.mondayToFriday(SHANGHAI, "08:30-12:00,11:00-17:30"))
                    .hasMessageContaining("calendar.interval.overlap");
            assertThatThrownBy(() -> WorkingCalendar.mondayToFriday(SHANGHAI, "17:00-08:00"))
                    .hasMessageContaining("calendar.interval.invalid");
            assertThatThrownBy(() -> WorkingCalendar.mondayToFriday(SHANGHAI, "8h to 5h"))
                    .hasMessageContaining("calendar.interval.invalid");
            assertThatThrownBy(() -> plain.plus(null, WorkDuration.ZERO)).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> plain.plus(at("2025-03-04T10:00"), null)).isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> plain.workingTimeBetween(null, at("2025-03-04T10:00"))).isInstanceOf(BusinessException.class);
        }
    }
}
