package org.vocdesk.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.hibernate.exception.ConstraintViolationException;
import org.vocdesk.customer.control.CustomerCsv;
import org.vocdesk.customer.control.CustomerDirectory;
import org.vocdesk.customer.control.CustomerSearch;
import org.vocdesk.customer.control.ImportReport;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer file: every staff role reads it; clerks, the quality manager and administrators change it
 * (auditors never change anything). Customers are deactivated, never deleted.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.HANDLER, Role.Names.DEPARTMENT_MANAGER, Role.Names.QUALITY_MANAGER,
        Role.Names.GENERAL_MANAGER, Role.Names.AUDITOR, Role.Names.ADMINISTRATOR})
public class Customers {

    /** Rows written per flush during an import, so a 20,000-row file does not fill the persistence context. */
    private static final int IMPORT_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CustomerDirectory directory;

    /** Active and inactive customers whose code, name, contact or phone contains the text. */
    public List<Customer> search(String text, int first, int max, String sort) {
        return search(text, null, first, max, sort);
    }

    /** As {@link #search(String, int, int, String)}, only active (true) or inactive (false) ones when given. */
    public List<Customer> search(String text, Boolean active, int first, int max, String sort) {
        TypedQuery<Customer> query = em.createQuery("select c from Customer c" + where(text, active)
                + CustomerSearch.orderBy(sort), Customer.class);
        bind(query, text, active);
        return query.setFirstResult(CustomerSearch.first(first)).setMaxResults(CustomerSearch.pageSize(max)).getResultList();
    }

    public long count(String text) {
        return count(text, null);
    }

    public long count(String text, Boolean active) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Customer c" + where(text, active), Long.class);
        bind(query, text, active);
        return query.getSingleResult();
    }

    public Customer get(@NotNull Long id) {
        return directory.byId(id).orElseThrow(() -> BusinessException.notFound("customer.error.notFound", id));
    }

    public Optional<Customer> findByCode(String code) {
        return directory.byCode(code);
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    public Customer create(@NotNull CustomerData data) {
        Customer customer = new Customer(data, clock.instant());
        requireFreeCode(customer.getCode(), null);
        em.persist(customer);
        flushCatchingDuplicateCode(customer.getCode());
        return customer;
    }

    /** Replaces the customer's data; expectedVersion (when given) must be the version the user saw. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    public Customer update(@NotNull Long id, @NotNull CustomerData data, Long expectedVersion) {
        Customer customer = get(id);
        if (expectedVersion != null && expectedVersion != customer.getVersion()) {
            throw BusinessException.conflict("customer.error.changedMeanwhile");
        }
        // checked before the change: the lookup query would flush a changed code first
        requireFreeCode(data.normalized().code(), id);
        customer.describe(data, clock.instant());
        flushCatchingDuplicateCode(customer.getCode());
        return customer;
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    public Customer deactivate(@NotNull Long id) {
        Customer customer = get(id);
        customer.deactivate(clock.instant());
        return customer;
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    public Customer reactivate(@NotNull Long id) {
        Customer customer = get(id);
        customer.reactivate(clock.instant());
        return customer;
    }

    /**
     * All-or-nothing: if any row is bad, nothing is stored and the report lists every bad row. Rows whose
     * code exists update that customer (its active flag stays as it is); the others create customers.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    public ImportReport importCsv(@NotNull byte[] content, Locale locale) {
        CustomerCsv.Result result = CustomerCsv.read(content);
        if (!result.acceptable()) {
            return ImportReport.refused(result, locale);
        }
        int created = 0;
        int updated = 0;
        List<CustomerCsv.Row> rows = result.rows();
        for (int start = 0; start < rows.size(); start += IMPORT_CHUNK) {
            List<CustomerCsv.Row> chunk = rows.subList(start, Math.min(rows.size(), start + IMPORT_CHUNK));
            Map<String, Customer> existing = em.createQuery("select c from Customer c where c.code in :codes", Customer.class)
                    .setParameter("codes", chunk.stream().map(r -> r.data().code()).toList())
                    .getResultStream().collect(Collectors.toMap(Customer::getCode, Function.identity()));
            for (CustomerCsv.Row row : chunk) {
                Customer customer = existing.get(row.data().code());
                if (customer == null) {
                    em.persist(new Customer(row.data(), clock.instant()));
                    created++;
                } else {
                    customer.describe(row.data(), clock.instant());
                    updated++;
                }
            }
            em.flush();
            em.clear();
        }
        return ImportReport.stored(created, updated, locale);
    }

    private static String where(String text, Boolean active) {
        String where = "";
        if (CustomerSearch.pattern(text) != null) {
            where += " where c.searchKey like :pattern escape '\\'";
        }
        if (active != null) {
            where += (where.isEmpty() ? " where" : " and") + " c.active = :active";
        }
        return where;
    }

    private static void bind(TypedQuery<?> query, String text, Boolean active) {
        String pattern = CustomerSearch.pattern(text);
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
        if (active != null) {
            query.setParameter("active", active);
        }
    }

    private void requireFreeCode(String code, Long ownId) {
        if (code == null) {
            return; // the entity reports the missing code
        }
        directory.byCode(code).filter(other -> !Objects.equals(other.getId(), ownId)).ifPresent(other -> {
            throw BusinessException.invalidField("code", "customer.error.codeTaken", code);
        });
    }

    /** Two users creating the same code at once: the unique constraint decides, the loser gets a message. */
    private void flushCatchingDuplicateCode(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            throw BusinessException.invalidField("code", "customer.error.codeTaken", code);
        }
    }
}
