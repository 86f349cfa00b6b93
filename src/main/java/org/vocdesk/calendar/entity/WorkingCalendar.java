package org.vocdesk.calendar.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working time of one site: the zone, the working hours of each weekday, holidays (not worked) and adjusted
 * working days (调休, dates worked although their weekday is not). Immutable and container-free so the
 * deadline arithmetic ({@link WorkingTime}) can be unit-tested and shared between threads.
 * <p>
 * An adjusted working day uses its own weekday's hours if that weekday has any, otherwise the standard
 * day: the hours of the first weekday, Monday onwards, that has any.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> week;
    private final Map<LocalDate, DayKind> exceptions;
    private final List<WorkingInterval> standardDay;
    private final WorkingTime arithmetic = new WorkingTime(this);

    private WorkingCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week, Map<LocalDate, DayKind> exceptions) {
        this.zone = zone;
        this.week = week;
        this.exceptions = exceptions;
        this.standardDay = week.values().stream().filter(day -> !day.isEmpty()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("calendar.week.empty"));
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** Working hours ("08:30-12:00,13:00-17:30") from Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday(ZoneId zone, String hours) {
        return builder(zone).hours(hours, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).build();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours worked on a date, after holidays and adjusted working days; empty when not worked. */
    public List<WorkingInterval> hoursOn(LocalDate date) {
        DayKind kind = exceptions.get(date);
        List<WorkingInterval> own = week.get(date.getDayOfWeek());
        if (kind == DayKind.HOLIDAY) {
            return List.of();
        }
        if (kind == DayKind.WORKDAY && own.isEmpty()) {
            return standardDay;
        }
        return own;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    public List<WorkingInterval> weekdayHours(DayOfWeek day) {
        return week.get(day);
    }

    public Map<LocalDate, DayKind> exceptionDays() {
        return exceptions;
    }

    /** The length of the standard working day; a fraction of a working day is a fraction of this. */
    public Duration standardDayLength() {
        return Duration.ofSeconds(standardDay.stream().mapToLong(WorkingInterval::seconds).sum());
    }

    /** When a duration started at {@code start} is used up; the clock starts at the next working moment. */
    public Instant plus(Instant start, WorkDuration duration) {
        return arithmetic.plus(start, duration);
    }

    /** Working time in [a, b); negative when b is before a (how long overdue). */
    public Duration workingTimeBetween(Instant a, Instant b) {
        return arithmetic.between(a, b);
    }

    /** Within a working interval (start inclusive, end exclusive)? */
    public boolean isWorkingTime(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        return arithmetic.intervalsOn(local.toLocalDate()).stream()
                .anyMatch(span -> !moment.isBefore(span.from()) && moment.isBefore(span.to()));
    }

    /** The moment itself if it is working time, else the start of the next working interval. */
    public Instant nextWorkingMoment(Instant moment) {
        return arithmetic.nextWorkingMoment(moment);
    }

    /** Assembles a calendar; every method checks its input, build() checks the whole. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, DayKind> exceptions = new TreeMap<>();

        private Builder(ZoneId zone) {
            if (zone == null) {
                throw BusinessException.invalidField("timeZone", "calendar.zone.invalid", "null");
            }
            this.zone = zone;
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, List.of());
            }
        }

        public Builder hours(String hours, DayOfWeek... days) {
            return hours(WorkingInterval.parseDay(hours), days);
        }

        public Builder hours(List<WorkingInterval> hours, DayOfWeek... days) {
            List<WorkingInterval> checked = WorkingInterval.checkedDay(hours);
            for (DayOfWeek day : days) {
                week.put(day, checked);
            }
            return this;
        }

        public Builder holiday(LocalDate date) {
            return day(date, DayKind.HOLIDAY);
        }

        public Builder workday(LocalDate date) {
            return day(date, DayKind.WORKDAY);
        }

        public Builder day(LocalDate date, DayKind kind) {
            if (date == null || kind == null) {
                throw BusinessException.invalid("calendar.day.invalid", date);
            }
            exceptions.put(date, kind);
            return this;
        }

        public WorkingCalendar build() {
            Map<DayOfWeek, List<WorkingInterval>> weekCopy = new EnumMap<>(week);
            return new WorkingCalendar(zone, java.util.Collections.unmodifiableMap(weekCopy),
                    java.util.Collections.unmodifiableMap(new TreeMap<>(exceptions)));
        }
    }
}
