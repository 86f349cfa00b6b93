package org.vocdesk.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.entity.BusinessCalendar;
import org.vocdesk.calendar.entity.CalendarChanged;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working calendars by code, for every feature that computes deadlines. Calendars are cached; a cached
 * one is used only while its row's version is unchanged, because a {@link CalendarChanged} event reaches
 * only the node where the change was made, and clustered nodes must not compute with stale holidays.
 */
@ApplicationScoped
public class WorkingCalendars {

    private record Cached(long version, WorkingCalendar calendar) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "vocdesk.calendar.default", defaultValue = "CN")
    String defaultCode;

    /** The calendar used where nothing else is configured ({@code vocdesk.calendar.default}, CN by default). */
    public String defaultCode() {
        return defaultCode;
    }

    public WorkingCalendar defaultCalendar() {
        return get(defaultCode);
    }

    /** The calendar with that code; BusinessException (not found) if there is none. */
    @Transactional
    public WorkingCalendar get(String code) {
        List<Long> versions = em.createQuery("select c.version from BusinessCalendar c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (versions.isEmpty()) {
            throw BusinessException.notFound("calendar.notFound", code);
        }
        Cached cached = cache.get(code);
        if (cached != null && cached.version() == versions.get(0)) {
            return cached.calendar();
        }
        BusinessCalendar entity = em.createQuery("select c from BusinessCalendar c where c.code = :code", BusinessCalendar.class)
                .setParameter("code", code).getSingleResult();
        Cached fresh = new Cached(entity.version(), entity.toWorkingCalendar());
        cache.put(code, fresh);
        return fresh.calendar();
    }

    /** After a committed change; the version check would catch it too, this just frees the memory early. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        cache.remove(changed.code());
    }
}
