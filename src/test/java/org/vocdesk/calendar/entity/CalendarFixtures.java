package org.vocdesk.calendar.entity;

import org.vocdesk.calendar.control.HolidayCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Calendars and moments shared by the tests: the bundled PRC holidays and Shanghai local times. */
public final class CalendarFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String HOURS = "08:30-12:00,13:00-17:30";

    private CalendarFixtures() {
    }

    public static WorkingCalendar mondayToFriday() {
        return WorkingCalendar.mondayToFriday(SHANGHAI, HOURS);
    }

    public static WorkingCalendar china() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder(SHANGHAI).hours(HOURS,
                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY);
        chinaDays().forEach(day -> builder.day(day.date(), day.kind()));
        return builder.build();
    }

    public static List<DayEntry> chinaDays() {
        try (InputStream in = CalendarFixtures.class.getResourceAsStream("/calendar/cn-public-holidays-2025-2026.csv")) {
            return HolidayCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2025-02-07T10:00" in Shanghai. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
