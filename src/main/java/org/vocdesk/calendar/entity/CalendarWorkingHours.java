package org.vocdesk.calendar.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One working interval of one weekday of a {@link BusinessCalendar}; changed only through the calendar. */
@Audited
@Entity
@Table(name = "calendar_working_hours")
public class CalendarWorkingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected CalendarWorkingHours() {
    }

    CalendarWorkingHours(BusinessCalendar calendar, DayOfWeek dayOfWeek, WorkingInterval interval) {
        this.calendar = calendar;
        this.dayOfWeek = dayOfWeek;
        this.startTime = interval.start();
        this.endTime = interval.end();
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public WorkingInterval interval() {
        return new WorkingInterval(startTime, endTime);
    }
}
