package org.vocdesk.calendar.boundary;

import org.vocdesk.calendar.entity.BusinessCalendar;
import org.vocdesk.calendar.entity.WorkingInterval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A calendar as shown to pages and REST clients.
 *
 * @param weekdayHours weekday name (MONDAY...SUNDAY) to its hours, e.g. "08:30-12:00,13:00-17:30"; "" = day off
 */
public record CalendarView(String code, String name, String timeZone, Map<String, String> weekdayHours,
                           int exceptionDays, long version) {

    static CalendarView of(BusinessCalendar calendar) {
        Map<String, String> week = new LinkedHashMap<>();
        calendar.weekHours().forEach((day, intervals) -> week.put(day.name(), WorkingInterval.format(intervals)));
        return new CalendarView(calendar.code(), calendar.name(), calendar.zone().getId(), week,
                calendar.days().size(), calendar.version());
    }
}
