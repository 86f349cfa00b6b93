package org.vocdesk.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.calendar.control.HolidayCsv;
import org.vocdesk.calendar.entity.BusinessCalendar;
import org.vocdesk.calendar.entity.CalendarChanged;
import org.vocdesk.calendar.entity.DayEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One seed file into one calendar, in its own transaction so one failure does not undo the others. */
@Stateless
public class CalendarSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    /** Returns the number of days loaded; 0 when the calendar already has days in the file's years. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int load(String code, String resource) {
        List<DayEntry> days = HolidayCsv.parse(read(resource));
        List<BusinessCalendar> found = em.createQuery("select c from BusinessCalendar c where c.code = :code",
                BusinessCalendar.class).setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("No calendar " + code);
        }
        BusinessCalendar calendar = found.get(0);
        if (days.stream().anyMatch(day -> calendar.hasDaysIn(day.date().getYear()))) {
            return 0;
        }
        em.lock(calendar, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        days.forEach(calendar::markDay);
        changed.fire(new CalendarChanged(code));
        return days.size();
    }

    private static String read(String resource) {
        try (InputStream in = CalendarSeeding.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
