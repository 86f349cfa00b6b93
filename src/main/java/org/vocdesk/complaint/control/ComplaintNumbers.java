package org.vocdesk.complaint.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Readable, gap-free numbers per month: prefix + year-month + sequence, e.g. CF2025050001.
 * The counter row of the month is incremented inside the caller's transaction: the row lock serialises
 * concurrent writers on every server sharing the database, and a rolled-back intake gives its number back.
 */
@ApplicationScoped
public class ComplaintNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    @PersistenceContext
    EntityManager em;

    @Inject
    SequenceRows rows;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.complaint.number-prefix", defaultValue = "CF")
    String prefix;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** Must be called inside the transaction that stores the complaint, as late as possible (it holds a lock). */
    public String next() {
        return next(YearMonth.now(clock.withZone(ZoneId.of(zone))));
    }

    /** The next number of a given month (historic records, e.g. demo data, are numbered in their own month). */
    public String next(YearMonth month) {
        String period = month.format(PERIOD);
        if (increment(period) == 0) {
            try {
                rows.ensure(period);
            } catch (EJBException createdConcurrently) {
                // another writer created the row first: it is there now
            }
            increment(period);
        }
        int value = ((Number) em.createNativeQuery("select last_value from complaint_sequence where period = ?1")
                .setParameter(1, period).getSingleResult()).intValue();
        return format(prefix, period, value);
    }

    static String format(String prefix, String period, int value) {
        return prefix + period + String.format("%04d", value);
    }

    private int increment(String period) {
        return em.createNativeQuery("update complaint_sequence set last_value = last_value + 1 where period = ?1")
                .setParameter(1, period).executeUpdate();
    }
}
