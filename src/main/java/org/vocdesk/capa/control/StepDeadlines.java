package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.capa.entity.CustomerDeadline;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.complaint.entity.Complaint;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The due dates of a new 8D report's steps, on the complaint's calendar. Defaults come from MicroProfile
 * Config {@code vocdesk.capa.within.D1} ... {@code D8} (working time: "1d", "4h"); a customer's own times
 * are stored as data. "Containment within 24 hours" is one working day: the same time the next working day.
 */
@ApplicationScoped
public class StepDeadlines {

    public static final Map<Discipline, String> BUILT_IN = Map.of(
            Discipline.D1, "1d", Discipline.D2, "1d", Discipline.D3, "1d", Discipline.D4, "10d",
            Discipline.D5, "10d", Discipline.D6, "30d", Discipline.D7, "40d", Discipline.D8, "45d");

    @Inject
    Config config;

    @Inject
    WorkingCalendars calendars;

    @PersistenceContext
    EntityManager em;

    public Map<Discipline, Instant> plan(Complaint complaint, Instant openedAt) {
        List<CustomerDeadline> own = complaint.getCustomer() == null ? List.of() : ofCustomer(complaint.getCustomer().getId());
        return StepDeadlinePolicy.dueDates(calendars.get(complaint.getCalendarCode()), openedAt,
                StepDeadlinePolicy.allowed(defaults(), own));
    }

    public Map<Discipline, String> defaults() {
        Map<Discipline, String> defaults = new EnumMap<>(Discipline.class);
        for (Discipline d : Discipline.values()) {
            defaults.put(d, config.getOptionalValue("vocdesk.capa.within." + d.name(), String.class).orElse(BUILT_IN.get(d)));
        }
        return defaults;
    }

    public List<CustomerDeadline> ofCustomer(long customerId) {
        return em.createQuery("select d from CustomerDeadline d where d.customerId = :c order by d.discipline", CustomerDeadline.class)
                .setParameter("c", customerId).getResultList();
    }
}
