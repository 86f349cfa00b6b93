package org.vocdesk.calendar.boundary;

import org.vocdesk.platform.entity.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.BusinessCalendar;
import org.vocdesk.calendar.entity.CalendarChanged;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingInterval;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Business calendars: everyone signed in may read them and compute deadlines, only administrators change
 * them. Every change fires {@link CalendarChanged} so features holding deadlines can recompute them.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.HANDLER, Role.Names.DEPARTMENT_MANAGER, Role.Names.QUALITY_MANAGER,
        Role.Names.GENERAL_MANAGER, Role.Names.AUDITOR, Role.Names.ADMINISTRATOR})
public class Calendars {

    /** Large enough for decades of holidays, small enough that a wrong upload cannot exhaust memory. */
    public static final int MAX_FILE_CHARS = 2_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars workingCalendars;

    @Inject
    Event<CalendarChanged> changed;

    public List<CalendarView> list() {
        return em.createQuery("select c from BusinessCalendar c order by c.code", BusinessCalendar.class)
                .getResultList().stream().map(CalendarView::of).toList();
    }

    public CalendarView get(@Text(max = 200, required = true) String code) {
        return CalendarView.of(find(code, LockModeType.NONE));
    }

    /** The exception days of a calendar, of one year or (year null) all. */
    public List<DayEntry> days(@Text(max = 200, required = true) String code, Integer year) {
        return find(code, LockModeType.NONE).days().stream()
                .filter(day -> year == null || day.date().getYear() == year).toList();
    }

    public String defaultCode() {
        return workingCalendars.defaultCode();
    }

    /** When {@code duration} of working time started at {@code from} is used up. */
    public Instant deadline(@Text(max = 200, required = true) String code, @NotNull Instant from, @NotNull WorkDuration duration) {
        return workingCalendars.get(code).plus(from, duration);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public CalendarView create(@Text(max = 200, required = true) @Pattern(regexp = BusinessCalendar.CODE_PATTERN) String code,
                               @Text(max = 200, required = true) String name, @Text(max = 60, required = true) String timeZone,
                               @Text(max = 200, required = true) String weekdayHours) {
        Long existing = em.createQuery("select count(c) from BusinessCalendar c where c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (existing > 0) {
            throw BusinessException.conflict("calendar.code.taken", code);
        }
        BusinessCalendar calendar = new BusinessCalendar(code, name, timeZone, weekdayHours);
        em.persist(calendar);
        em.flush();
        return CalendarView.of(calendar);
    }

    /** {@code version}: the version the caller saw (null: no check); another change since is refused. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public CalendarView update(@Text(max = 200, required = true) String code, @Text(max = 200, required = true) String name,
                               @Text(max = 60, required = true) String timeZone, Long version) {
        BusinessCalendar calendar = change(code, version);
        calendar.rename(name);
        calendar.moveTo(timeZone);
        return CalendarView.of(calendar);
    }

    /** Replaces a weekday's hours ("08:30-12:00,13:00-17:30"); blank makes it a day off. Version as in update. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public CalendarView setWeekdayHours(@Text(max = 200, required = true) String code, @NotNull DayOfWeek day, @Text(max = 200) String hours,
                                        Long version) {
        BusinessCalendar calendar = change(code, version);
        calendar.setHours(day, WorkingInterval.parseDay(hours));
        return CalendarView.of(calendar);
    }

    /** Adds or changes the holiday / adjusted working day of a date. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void markDay(@Text(max = 200, required = true) String code, @NotNull LocalDate date, @NotNull DayKind kind,
                        @Text(max = DayEntry.MAX_NAME) String name) {
        change(code).markDay(new DayEntry(date, kind, name));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void removeDay(@Text(max = 200, required = true) String code, @NotNull LocalDate date) {
        change(code).removeDay(date);
    }

    /** Imports an .ics or .csv file; a day already in the calendar takes the file's kind and name. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public ImportResult importDays(@Text(max = 200, required = true) String code, @NotNull @Text(max = MAX_FILE_CHARS) String content,
                                   @NotNull DayFileFormat format) {
        List<DayEntry> entries = format.read(content);
        BusinessCalendar calendar = change(code);
        int before = calendar.days().size();
        int changedOrAdded = (int) entries.stream().filter(calendar::markDay).count();
        int added = calendar.days().size() - before;
        return new ImportResult(entries.size(), added, changedOrAdded - added);
    }

    /**
     * Loads a calendar for a change: the forced version increment makes concurrent edits conflict and
     * tells every node's {@link WorkingCalendars} cache that the calendar changed.
     */
    private BusinessCalendar change(String code) {
        BusinessCalendar calendar = find(code, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changed.fire(new CalendarChanged(calendar.code()));
        return calendar;
    }

    private BusinessCalendar change(String code, Long expectedVersion) {
        BusinessCalendar calendar = change(code);
        if (expectedVersion != null && expectedVersion != calendar.version()) {
            throw BusinessException.conflict("calendar.changedMeanwhile", code);
        }
        return calendar;
    }

    private BusinessCalendar find(String code, LockModeType lock) {
        return em.createQuery("select c from BusinessCalendar c where c.code = :code", BusinessCalendar.class)
                .setParameter("code", code).setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("calendar.notFound", code));
    }
}
