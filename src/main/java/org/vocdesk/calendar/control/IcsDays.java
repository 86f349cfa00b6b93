package org.vocdesk.calendar.control;

import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the all-day events of an iCalendar file (RFC 5545) as exception days. Only what holiday feeds
 * use is supported: VEVENT with DTSTART;VALUE=DATE, optional DTEND (exclusive), SUMMARY and our own
 * X-VOCDESK-KIND. Anything that would be imported wrongly (timed or recurring events) is refused with its
 * line number rather than guessed at.
 */
public final class IcsDays {

    /** A long holiday is a week or two; a longer event is almost certainly not a holiday. */
    static final int MAX_EVENT_DAYS = 31;

    private IcsDays() {
    }

    public static List<DayEntry> parse(String text) {
        String content = text == null ? "" : text.replace("\uFEFF", "");
        if (!content.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            throw error(1, "calendar.ics.notCalendar");
        }
        List<IcsLine> lines = IcsLine.unfold(content);
        List<DayEntry> days = new ArrayList<>();
        Event event = null;
        int depth = 0; // components nested in a VEVENT (VALARM) are skipped
        for (IcsLine line : lines) {
            if (event == null) {
                if (line.is("BEGIN", "VEVENT")) {
                    event = new Event(line.number());
                }
                continue;
            }
            if (line.name().equals("BEGIN")) {
                depth++;
            } else if (line.name().equals("END") && depth > 0) {
                depth--;
            } else if (depth == 0 && line.is("END", "VEVENT")) {
                days.addAll(event.days());
                event = null;
            } else if (depth == 0) {
                event.read(line);
            }
        }
        if (event != null) {
            throw error(event.beginLine, "calendar.ics.unclosedEvent");
        }
        return days;
    }

    static BusinessException error(int line, String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = line;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return BusinessException.invalidField("file", key, arguments);
    }

    /** The properties of one VEVENT, checked as they are read. */
    private static final class Event {
        private final int beginLine;
        private LocalDate start;
        private LocalDate end;
        private String summary;
        private DayKind explicitKind;

        Event(int beginLine) {
            this.beginLine = beginLine;
        }

        void read(IcsLine line) {
            switch (line.name()) {
                case "DTSTART" -> start = date(line);
                case "DTEND" -> end = date(line);
                case "SUMMARY" -> summary = line.unescapedValue();
                case "X-VOCDESK-KIND" -> explicitKind = kind(line);
                case "RRULE", "RDATE" -> throw error(line.number(), "calendar.ics.recurring");
                default -> { } // DESCRIPTION, UID, DTSTAMP, ... do not matter here
            }
        }

        List<DayEntry> days() {
            if (start == null) {
                throw error(beginLine, "calendar.ics.noStart");
            }
            LocalDate until = end == null ? start.plusDays(1) : end;
            long count = ChronoUnit.DAYS.between(start, until);
            if (count < 1 || count > MAX_EVENT_DAYS) {
                throw error(beginLine, "calendar.ics.badEnd", start, until);
            }
            DayKind kind = explicitKind != null ? explicitKind : kindOf(summary);
            return start.datesUntil(until).map(date -> new DayEntry(date, kind, summary)).toList();
        }

        private static LocalDate date(IcsLine line) {
            String value = line.value().strip();
            if (value.length() != 8 || line.parameters().contains("VALUE=DATE-TIME")) {
                throw error(line.number(), "calendar.ics.notAllDay", value);
            }
            try {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                throw error(line.number(), "calendar.ics.badDate", value);
            }
        }

        private static DayKind kind(IcsLine line) {
            try {
                return DayKind.valueOf(line.value().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(line.number(), "calendar.ics.badKind", line.value());
            }
        }
    }

    /** 班 (上班, 补班), 调休 or "workday" mark a worked day in Chinese and English holiday feeds. */
    static DayKind kindOf(String summary) {
        if (summary == null) {
            return DayKind.HOLIDAY;
        }
        String lower = summary.toLowerCase(Locale.ROOT);
        return lower.contains("班") || lower.contains("调休") || lower.contains("workday")
                ? DayKind.WORKDAY : DayKind.HOLIDAY;
    }
}
