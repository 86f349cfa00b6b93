package org.vocdesk.calendar.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's business calendar as stored: its weekly hours and exception days. The working-time arithmetic
 * is done on the immutable {@link WorkingCalendar} it produces, so it can be cached outside a transaction.
 */
@Audited
@Entity
@Table(name = "business_calendar")
public class BusinessCalendar {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,29}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Version
    private long version;

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CalendarWorkingHours> hours = new ArrayList<>();

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CalendarExceptionDay> days = new ArrayList<>();

    protected BusinessCalendar() {
    }

    /** A new calendar working {@code weekdayHours} ("08:30-12:00,13:00-17:30") Monday to Friday. */
    public BusinessCalendar(String code, String name, String timeZone, String weekdayHours) {
        if (code == null || !code.strip().matches(CODE_PATTERN)) {
            throw BusinessException.invalidField("code", "calendar.code.invalid", code);
        }
        this.code = code.strip();
        rename(name);
        moveTo(timeZone);
        List<WorkingInterval> intervals = WorkingInterval.parseDay(weekdayHours);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            intervals.forEach(interval -> hours.add(new CalendarWorkingHours(this, day, interval)));
        }
        toWorkingCalendar(); // rejects a week without any working time
    }

    public final void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw BusinessException.invalidField("name", "calendar.name.invalid");
        }
        this.name = name.strip();
    }

    public final void moveTo(String timeZone) {
        try {
            this.timeZone = ZoneId.of(timeZone == null ? "" : timeZone.strip()).getId();
        } catch (DateTimeException e) {
            throw BusinessException.invalidField("timeZone", "calendar.zone.invalid", timeZone);
        }
    }

    /** Replaces one weekday's hours; an empty list makes it a day off, as long as some day is still worked. */
    public void setHours(DayOfWeek day, List<WorkingInterval> intervals) {
        if (day == null) {
            throw BusinessException.invalidField("day", "calendar.day.invalid", (Object) null);
        }
        List<WorkingInterval> checked = WorkingInterval.checkedDay(intervals);
        if (checked.isEmpty() && weekHours().entrySet().stream().allMatch(e -> e.getKey() == day || e.getValue().isEmpty())) {
            throw BusinessException.invalidField("hours", "calendar.week.empty");
        }
        hours.removeIf(row -> row.dayOfWeek() == day);
        checked.forEach(interval -> hours.add(new CalendarWorkingHours(this, day, interval)));
    }

    /** Adds or changes the exception day of that date; returns false if it already said the same. */
    public boolean markDay(DayEntry entry) {
        Optional<CalendarExceptionDay> existing = findDay(entry.date());
        if (existing.isPresent()) {
            return existing.get().change(entry);
        }
        days.add(new CalendarExceptionDay(this, entry));
        return true;
    }

    public void removeDay(LocalDate date) {
        CalendarExceptionDay day = findDay(date)
                .orElseThrow(() -> BusinessException.notFound("calendar.day.notFound", code, date));
        days.remove(day);
    }

    public boolean hasDaysIn(int year) {
        return days.stream().anyMatch(day -> day.date().getYear() == year);
    }

    private Optional<CalendarExceptionDay> findDay(LocalDate date) {
        return days.stream().filter(day -> day.date().equals(date)).findFirst();
    }

    public WorkingCalendar toWorkingCalendar() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder(zone());
        weekHours().forEach((day, intervals) -> builder.hours(intervals, day));
        days.forEach(day -> builder.day(day.date(), day.entry().kind()));
        return builder.build();
    }

    /** Every weekday, Monday first, with its sorted intervals (empty on days off). */
    public Map<DayOfWeek, List<WorkingInterval>> weekHours() {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, WorkingInterval.checkedDay(hours.stream()
                    .filter(row -> row.dayOfWeek() == day).map(CalendarWorkingHours::interval).toList()));
        }
        return week;
    }

    /** The exception days in date order. */
    public List<DayEntry> days() {
        return days.stream().map(CalendarExceptionDay::entry).sorted(Comparator.comparing(DayEntry::date)).toList();
    }

    public Long id() { return id; }

    public String code() { return code; }

    public String name() { return name; }

    public ZoneId zone() { return ZoneId.of(timeZone); }

    public long version() { return version; }
}
