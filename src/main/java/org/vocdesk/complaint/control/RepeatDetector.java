package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.complaint.entity.Complaint;

import java.time.Duration;
import java.util.Optional;

/**
 * A repeat complaint (二次/多次投诉) is the same customer with the same problem again: the same product,
 * or the same category, within a configurable window before this one was received.
 */
@ApplicationScoped
public class RepeatDetector {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "vocdesk.complaint.repeat-window-days", defaultValue = "90")
    int windowDays;

    /** The most recent earlier complaint this one repeats, if any. */
    public Optional<Complaint> earlierOf(Complaint complaint) {
        if (complaint.getCustomer() == null) {
            return Optional.empty();
        }
        String product = complaint.getProduct() == null ? null : complaint.getProduct().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("""
                        select c from Complaint c
                        where c.customer = :customer and c.id <> :id
                          and c.receivedAt >= :since and c.receivedAt <= :until
                          and (c.category = :category or (:product is not null and lower(c.product) = :product))
                        order by c.receivedAt desc""", Complaint.class)
                .setParameter("customer", complaint.getCustomer())
                .setParameter("id", complaint.getId() == null ? -1L : complaint.getId())
                .setParameter("since", complaint.getReceivedAt().minus(Duration.ofDays(windowDays)))
                .setParameter("until", complaint.getReceivedAt())
                .setParameter("category", complaint.getCategory())
                .setParameter("product", product)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
