package org.vocdesk.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.customer.entity.Customer;

import java.util.Locale;
import java.util.Optional;

/**
 * The read API other features use (complaint intake picks a customer, surveys need transaction counts).
 * No role check here: callers are boundaries that have checked their own; it joins their transaction.
 */
@ApplicationScoped
public class CustomerDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Customer> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Customer.class, id));
    }

    /** Codes are case-insensitive (stored in upper case). */
    public Optional<Customer> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }
}
