package org.vocdesk.survey.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.vocdesk.customer.entity.Customer;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a campaign surveys: active customers with at least its minimum of transactions dated within its period
 * (both ends included). One query for the launch, the draft's count and the demo, so they never disagree.
 */
public final class EligibleCustomers {

    private static final String ELIGIBLE = "cu.active = true and (select count(t) from CustomerTransaction t"
            + " where t.customerId = cu.id and t.date between :from and :to) >= :min";

    private EligibleCustomers() {
    }

    public static List<Customer> list(EntityManager em, LocalDate from, LocalDate to, int min) {
        return query(em, "select cu from Customer cu where " + ELIGIBLE + " order by cu.code", Customer.class, from, to, min).getResultList();
    }

    public static long count(EntityManager em, LocalDate from, LocalDate to, int min) {
        return query(em, "select count(cu) from Customer cu where " + ELIGIBLE, Long.class, from, to, min).getSingleResult();
    }

    private static <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type, LocalDate from, LocalDate to, int min) {
        return em.createQuery(jpql, type).setParameter("from", from).setParameter("to", to).setParameter("min", (long) min);
    }
}
