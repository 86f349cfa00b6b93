package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.complaint.entity.Complaint;

import java.time.Instant;
import java.util.List;

/**
 * What the effectiveness verifier must look at: every complaint received since the fix from the same
 * customer about the same product or in the same category (without a customer: same product or category).
 */
@ApplicationScoped
public class RelatedComplaints {

    private static final int MAX = 200;

    @PersistenceContext
    EntityManager em;

    public List<Complaint> since(EightDReport report) {
        Instant fixedAt = report.getCapa().getFixedAt();
        if (fixedAt == null) {
            return List.of();
        }
        Complaint c = report.getComplaint();
        String customerRule = c.getCustomer() == null ? "" : " and x.customer.id = :customer";
        var query = em.createQuery("select x from Complaint x join fetch x.category where x.id <> :id and x.receivedAt >= :since"
                        + customerRule + " and (x.category.id = :category or x.product = :product) order by x.receivedAt", Complaint.class)
                .setParameter("id", c.getId()).setParameter("since", fixedAt)
                .setParameter("category", c.getCategory().getId()).setParameter("product", c.getProduct() == null ? "" : c.getProduct())
                .setMaxResults(MAX);
        if (c.getCustomer() != null) {
            query.setParameter("customer", c.getCustomer().getId());
        }
        return query.getResultList();
    }
}
