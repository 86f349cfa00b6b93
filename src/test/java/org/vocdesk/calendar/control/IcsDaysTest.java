package org.vocdesk.calendar.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcsDaysTest {

    private static String ics(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void readsAMultiDayHolidayWithExclusiveEnd() {
        List<DayEntry> days = IcsDays.parse(ics(
                "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20250128", "DTEND;VALUE=DATE:20250205",
                "SUMMARY:春节", "END:VEVENT"));
        assertThat(days).hasSize(8).allMatch(d -> d.kind() == DayKind.HOLIDAY && "春节".equals(d.name()));
        assertThat(days.get(0).date()).isEqualTo(LocalDate.parse("2025-01-28"));
        assertThat(days.get(7).date()).isEqualTo(LocalDate.parse("2025-02-04"));
    }

    @Test
    void withoutEndAnEventIsOneDay() {
        assertThat(IcsDays.parse(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "SUMMARY:New Year", "END:VEVENT")))
                .containsExactly(new DayEntry(LocalDate.parse("2025-01-01"), DayKind.HOLIDAY, "New Year"));
    }

    @Test
    void recognisesWorkingDays() {
        List<DayEntry> days = IcsDays.parse(ics(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250126", "SUMMARY:春节补班", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250208", "SUMMARY:调休", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250427", "SUMMARY:Make-up WORKDAY", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250928", "SUMMARY:Company day", "X-VOCDESK-KIND:workday", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251001", "SUMMARY:上班?", "X-VOCDESK-KIND:HOLIDAY", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251002", "END:VEVENT"));
        assertThat(days).extracting(DayEntry::kind).containsExactly(
                DayKind.WORKDAY, DayKind.WORKDAY, DayKind.WORKDAY, DayKind.WORKDAY, DayKind.HOLIDAY, DayKind.HOLIDAY);
        assertThat(days.get(5).name()).isNull();
    }

    @Test
    void unfoldsLinesUnescapesTextAndSkipsOtherComponents() {
        String text = "\uFEFFBEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nEND:VTIMEZONE\n"
                + "BEGIN:VEVENT\nDTSTART;VALUE=DATE:2025\n 0404\nSUMMARY:Qingming\\, tomb\n\t-sweeping day\n"
                + "BEGIN:VALARM\nTRIGGER:-PT15M\nDTSTART:20250101T000000Z\nEND:VALARM\nEND:VEVENT\n\nEND:VCALENDAR";
        assertThat(IcsDays.parse(text))
                .containsExactly(new DayEntry(LocalDate.parse("2025-04-04"), DayKind.HOLIDAY, "Qingming, tomb-sweeping day"));
    }

    @Test
    void anEmptyCalendarHasNoDays() {
        assertThat(IcsDays.parse(ics("BEGIN:VTODO", "SUMMARY:x", "END:VTODO"))).isEmpty();
    }

    @Test
    void badFilesNameTheLine() {
        assertError("hello", "calendar.ics.notCalendar", 1);
        assertError("", "calendar.ics.notCalendar", 1);
        assertError(null, "calendar.ics.notCalendar", 1);
        // line numbers: 1-3 are the header written by ics(...)
        assertError(ics("BEGIN:VEVENT", "DTSTART:20250101T080000Z", "END:VEVENT"), "calendar.ics.notAllDay", 5);
        assertError(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251301", "END:VEVENT"), "calendar.ics.badDate", 5);
        assertError(ics("BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"), "calendar.ics.noStart", 4);
        assertError(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250105", "DTEND;VALUE=DATE:20250105", "END:VEVENT"), "calendar.ics.badEnd", 4);
        assertError(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "DTEND;VALUE=DATE:20260101", "END:VEVENT"), "calendar.ics.badEnd", 4);
        assertError(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "RRULE:FREQ=YEARLY", "END:VEVENT"), "calendar.ics.recurring", 6);
        assertError(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "X-VOCDESK-KIND:maybe", "END:VEVENT"), "calendar.ics.badKind", 6);
        assertError(ics("BEGIN:VEVENT", "this is not a property", "END:VEVENT"), "calendar.ics.badLine", 5);
        assertError("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250101\n", "calendar.ics.unclosedEvent", 2);
    }

    private static void assertError(String text, String key, int line) {
        assertThatThrownBy(() -> IcsDays.parse(text)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.arguments()[0]).isEqualTo(line);
            assertThat(e.field()).isEqualTo("file");
        });
    }
}
