package org.vocdesk.calendar.entity;

import org.vocdesk.it.MigratedSchema;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;

/**
 * Runs the Flyway migrations on an in-memory H2 and lets Hibernate validate the calendar entities against
 * them, as deployment does (FlywayMigration is found through its Integrator service file), so a mismatch
 * fails here and not at the first server start.
 */
class CalendarSchemaTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("calendar-schema", BusinessCalendar.class, CalendarWorkingHours.class, CalendarExceptionDay.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void theMigrationSeedsBothCalendarsWithTheirHours() {
        sessions.inTransaction(session -> {
            var calendars = session.createSelectionQuery("from BusinessCalendar where code in ('CN', 'MON-FRI') order by code", BusinessCalendar.class).getResultList();
            assertThat(calendars).extracting(BusinessCalendar::code).containsExactly("CN", "MON-FRI");
            var cn = calendars.get(0).toWorkingCalendar();
            assertThat(cn.weekdayHours(DayOfWeek.MONDAY)).hasToString("[08:30-12:00, 13:00-17:30]");
            assertThat(cn.weekdayHours(DayOfWeek.SATURDAY)).isEmpty();
            assertThat(cn.plus(at("2025-03-07T10:00"), WorkDuration.parse("2d"))).isEqualTo(at("2025-03-11T10:00"));
        });
    }

    @Test
    void daysAndHoursRoundTrip() {
        sessions.inTransaction(session -> {
            var calendar = new BusinessCalendar("TEST-RT", "Round trip", "Europe/Berlin", "09:00-17:00");
            calendar.setHours(DayOfWeek.SATURDAY, WorkingInterval.parseDay("09:00-12:00"));
            CalendarFixtures.chinaDays().forEach(calendar::markDay);
            session.persist(calendar);
        });
        sessions.inTransaction(session -> {
            var calendar = session.createSelectionQuery("from BusinessCalendar where code = 'TEST-RT'", BusinessCalendar.class)
                    .getSingleResult();
            assertThat(calendar.days()).hasSize(72);
            assertThat(calendar.hasDaysIn(2026)).isTrue();
            assertThat(calendar.zone()).hasToString("Europe/Berlin");
            assertThat(calendar.toWorkingCalendar().hoursOn(LocalDate.parse("2025-03-08"))).hasToString("[09:00-12:00]");
            calendar.markDay(new DayEntry(LocalDate.parse("2025-01-01"), DayKind.WORKDAY, "changed"));
            calendar.removeDay(LocalDate.parse("2025-01-26"));
        });
        sessions.inTransaction(session -> {
            var calendar = session.createSelectionQuery("from BusinessCalendar where code = 'TEST-RT'", BusinessCalendar.class)
                    .getSingleResult();
            assertThat(calendar.days()).hasSize(71).first()
                    .isEqualTo(new DayEntry(LocalDate.parse("2025-01-01"), DayKind.WORKDAY, "changed"));
        });
    }
}
