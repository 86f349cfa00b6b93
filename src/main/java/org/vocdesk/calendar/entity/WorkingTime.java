package org.vocdesk.calendar.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The arithmetic behind {@link WorkingCalendar}. Works on real instants: each working interval is turned
 * into the instants it spans on its date, so a zone with daylight saving counts the hours really worked.
 */
final class WorkingTime {

    /** Consecutive days without work after which a calendar is considered broken rather than searched on. */
    private static final int MAX_IDLE_DAYS = 1000;

    private final WorkingCalendar calendar;

    WorkingTime(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record Span(Instant from, Instant to) {
    }

    List<Span> intervalsOn(LocalDate date) {
        return calendar.hoursOn(date).stream()
                .map(interval -> new Span(ZonedDateTime.of(date, interval.start(), calendar.zone()).toInstant(),
                        interval.end().equals(LocalTime.MIDNIGHT)
                                ? date.plusDays(1).atStartOfDay(calendar.zone()).toInstant()
                                : ZonedDateTime.of(date, interval.end(), calendar.zone()).toInstant()))
                .filter(span -> span.to().isAfter(span.from())) // a DST gap may swallow an interval
                .toList();
    }

    Instant nextWorkingMoment(Instant moment) {
        LocalDate date = localDate(moment);
        for (int idle = 0; idle < MAX_IDLE_DAYS; idle++, date = date.plusDays(1)) {
            for (Span span : intervalsOn(date)) {
                if (moment.isBefore(span.to())) {
                    return moment.isAfter(span.from()) ? moment : span.from();
                }
            }
        }
        throw BusinessException.invalid("calendar.noWorkingTime", MAX_IDLE_DAYS);
    }

    Instant plus(Instant start, WorkDuration duration) {
        if (start == null || duration == null) {
            throw BusinessException.invalid("calendar.deadline.missingInput");
        }
        Instant clockStart = nextWorkingMoment(start);
        if (!duration.isDays()) {
            return plusTime(clockStart, duration.time());
        }
        Instant afterWholeDays = plusWholeDays(clockStart, duration.wholeDays());
        return plusTime(afterWholeDays, duration.fractionOf(calendar.standardDayLength()));
    }

    /**
     * The same local time on the n-th following working day. When that time is not worked on the target
     * day (its hours differ), the same amount of the day's work done instead, capped at the end of its work.
     */
    private Instant plusWholeDays(Instant clockStart, long days) {
        if (days == 0) {
            return clockStart;
        }
        ZonedDateTime local = clockStart.atZone(calendar.zone());
        LocalDate target = local.toLocalDate();
        for (long i = 0; i < days; i++) {
            target = nextWorkingDate(target.plusDays(1));
        }
        Instant sameTime = ZonedDateTime.of(target, local.toLocalTime(), calendar.zone()).toInstant();
        if (intervalsOn(target).stream().anyMatch(s -> !sameTime.isBefore(s.from()) && sameTime.isBefore(s.to()))) {
            return sameTime;
        }
        List<Span> startDay = intervalsOn(local.toLocalDate());
        Duration doneThatDay = between(startDay.get(0).from(), clockStart);
        return positionOn(target, doneThatDay);
    }

    private Instant positionOn(LocalDate date, Duration done) {
        Duration left = done;
        List<Span> spans = intervalsOn(date);
        for (Span span : spans) {
            Duration length = Duration.between(span.from(), span.to());
            if (left.compareTo(length) < 0) {
                return span.from().plus(left);
            }
            left = left.minus(length);
        }
        return spans.get(spans.size() - 1).to();
    }

    private LocalDate nextWorkingDate(LocalDate from) {
        LocalDate date = from;
        for (int idle = 0; idle < MAX_IDLE_DAYS; idle++, date = date.plusDays(1)) {
            if (!intervalsOn(date).isEmpty()) {
                return date;
            }
        }
        throw BusinessException.invalid("calendar.noWorkingTime", MAX_IDLE_DAYS);
    }

    /** Walks the working intervals from {@code from}, using up {@code time}. */
    private Instant plusTime(Instant from, Duration time) {
        if (time.isZero()) {
            return from; // may be the end of a day's work, as a capped whole-day result is
        }
        Instant cursor = nextWorkingMoment(from);
        Duration left = time;
        LocalDate date = localDate(cursor);
        for (int idle = 0; idle < MAX_IDLE_DAYS; date = date.plusDays(1)) {
            List<Span> spans = intervalsOn(date);
            idle = spans.isEmpty() ? idle + 1 : 0;
            for (Span span : spans) {
                if (!span.to().isAfter(cursor)) {
                    continue;
                }
                Instant begin = cursor.isAfter(span.from()) ? cursor : span.from();
                Duration available = Duration.between(begin, span.to());
                if (left.compareTo(available) <= 0) {
                    return begin.plus(left);
                }
                left = left.minus(available);
                cursor = span.to();
            }
        }
        throw BusinessException.invalid("calendar.noWorkingTime", MAX_IDLE_DAYS);
    }

    Duration between(Instant a, Instant b) {
        if (a == null || b == null) {
            throw BusinessException.invalid("calendar.deadline.missingInput");
        }
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        Duration sum = Duration.ZERO;
        for (LocalDate date = localDate(a); !date.isAfter(localDate(b)); date = date.plusDays(1)) {
            for (Span span : intervalsOn(date)) {
                Instant from = span.from().isAfter(a) ? span.from() : a;
                Instant to = span.to().isBefore(b) ? span.to() : b;
                if (to.isAfter(from)) {
                    sum = sum.plus(Duration.between(from, to));
                }
            }
        }
        return sum;
    }

    private LocalDate localDate(Instant moment) {
        return moment.atZone(calendar.zone()).toLocalDate();
    }
}
