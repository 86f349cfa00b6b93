package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.complaint.entity.Complaint;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the effectiveness verifier must look at: every complaint received since the fix from the same
 * customer about the same product or in the same category (without a customer: same product or category).
 */
@ApplicationScoped
public class RelatedComplaints {

    private static final int MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerVisibility callers;

    /** Only those the caller may see: a handler looking at the CAPA of their own complaint does not learn of other departments' complaints. */
    public List<Complaint> since(EightDReport report) {
        Instant fixedAt = report.getCapa().getFixedAt();
        if (fixedAt == null) {
            return List.of();
        }
        Complaint fixed = report.getComplaint();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", fixed.getId());
        parameters.put("since", fixedAt);
        parameters.put("category", fixed.getCategory().getId());
        parameters.put("product", fixed.getProduct() == null ? "" : fixed.getProduct());
        String customerRule = "";
        if (fixed.getCustomer() != null) {
            customerRule = " and c.customer.id = :customer";
            parameters.put("customer", fixed.getCustomer().getId());
        }
        String visible = callers.current().condition(parameters);
        var query = em.createQuery("select c from Complaint c join fetch c.category where c.id <> :id and c.receivedAt >= :since"
                + customerRule + " and (c.category.id = :category or c.product = :product)" + visible + " order by c.receivedAt",
                Complaint.class).setMaxResults(MAX);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
