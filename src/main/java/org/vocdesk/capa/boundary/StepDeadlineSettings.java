package org.vocdesk.capa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.capa.control.StepDeadlines;
import org.vocdesk.capa.entity.CustomerDeadline;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.customer.control.CustomerDirectory;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;
import java.util.Map;

import static org.vocdesk.identity.entity.Role.Names.*;

/** The default 8D step times (configuration) and each customer's own (data); new reports use them, open ones keep theirs. */
@Stateless
@RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER, AUDITOR})
public class StepDeadlineSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    StepDeadlines deadlines;

    @Inject
    CustomerDirectory customers;

    public Map<Discipline, String> defaults() {
        return deadlines.defaults();
    }

    public List<CustomerDeadline> ofCustomer(long customerId) {
        return deadlines.ofCustomer(customerId);
    }

    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER})
    public CustomerDeadline set(long customerId, @NotNull Discipline discipline, String within) {
        customers.byId(customerId).orElseThrow(() -> BusinessException.notFound("customer.error.notFound", customerId));
        CustomerDeadline existing = deadlines.ofCustomer(customerId).stream().filter(d -> d.getDiscipline() == discipline).findFirst().orElse(null);
        if (existing != null) {
            existing.change(within);
            return existing;
        }
        CustomerDeadline own = new CustomerDeadline(customerId, discipline, within);
        em.persist(own);
        return own;
    }

    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER})
    public void remove(long customerId, @NotNull Discipline discipline) {
        deadlines.ofCustomer(customerId).stream().filter(d -> d.getDiscipline() == discipline).forEach(em::remove);
    }
}
