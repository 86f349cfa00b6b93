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

import java.time.LocalDate;

/** A holiday or adjusted working day of a {@link BusinessCalendar}; one per date and calendar. */
@Audited
@Entity
@Table(name = "calendar_exception_day")
public class CalendarExceptionDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Column(name = "exception_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Column(length = DayEntry.MAX_NAME)
    private String name;

    protected CalendarExceptionDay() {
    }

    CalendarExceptionDay(BusinessCalendar calendar, DayEntry entry) {
        this.calendar = calendar;
        this.date = entry.date();
        change(entry);
    }

    /** Same date, new meaning; updating in place keeps the (calendar, date) row unique within a flush. */
    boolean change(DayEntry entry) {
        boolean changed = kind != entry.kind() || !java.util.Objects.equals(name, entry.name());
        this.kind = entry.kind();
        this.name = entry.name();
        return changed;
    }

    public LocalDate date() {
        return date;
    }

    public DayEntry entry() {
        return new DayEntry(date, kind, name);
    }
}
