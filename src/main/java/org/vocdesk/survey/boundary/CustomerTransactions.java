package org.vocdesk.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.survey.control.SurveySettings;
import org.vocdesk.survey.control.TransactionCsv;
import org.vocdesk.survey.entity.CustomerTransaction;
import org.vocdesk.survey.entity.TransactionLine;
import org.vocdesk.survey.entity.TransactionSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The customers' transactions (orders with their dates) that campaigns count for eligibility: imported from an
 * ERP export or entered one by one. All-or-nothing: the first bad row refuses the whole import.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
public class CustomerTransactions {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Inject
    SurveySettings settings;

    @Inject
    CurrentUser currentUser;

    /** What an import did: new orders, orders already known (updated), and the customers they belong to. */
    public record ImportResult(int created, int updated, int customers) {
    }

    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public ImportResult importCsv(byte[] content) {
        return record(TransactionCsv.parse(content), TransactionSource.IMPORT);
    }

    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public ImportResult record(List<TransactionLine> given, TransactionSource source) {
        if (given == null || given.isEmpty()) {
            throw BusinessException.invalid("survey.transaction.none");
        }
        if (given.size() > TransactionCsv.MAX_ROWS) {
            throw BusinessException.invalid("survey.transaction.tooManyRows", TransactionCsv.MAX_ROWS);
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        boolean single = given.size() == 1 && source == TransactionSource.MANUAL;
        List<TransactionLine> lines = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw BusinessException.invalid("survey.transaction.customerMissing.row", i + 1);
            }
            lines.add(given.get(i).checked(single ? 0 : i + 1, today));
        }
        Map<String, Long> customers = customerIds(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!customers.containsKey(lines.get(i).customerCode())) {
                throw single ? BusinessException.invalidField("customerCode", "survey.transaction.customerUnknown", lines.get(i).customerCode())
                        : BusinessException.invalid("survey.transaction.customerUnknown.row", i + 1, lines.get(i).customerCode());
            }
        }
        // the last row of an order wins when an export lists it twice
        Map<String, TransactionLine> byKey = new LinkedHashMap<>();
        for (TransactionLine line : lines) {
            byKey.put(customers.get(line.customerCode()) + "\u0000" + line.reference(), line);
        }
        Instant now = clock.instant();
        String who = currentUser.username().orElse(null);
        int created = 0;
        int updated = 0;
        List<TransactionLine> unique = List.copyOf(byKey.values());
        for (int from = 0; from < unique.size(); from += CHUNK) {
            List<TransactionLine> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
            Map<String, CustomerTransaction> existing = existing(chunk, customers);
            for (TransactionLine line : chunk) {
                long customerId = customers.get(line.customerCode());
                CustomerTransaction known = existing.get(customerId + "\u0000" + line.reference());
                if (known == null) {
                    em.persist(new CustomerTransaction(customerId, line, source, who, now));
                    created++;
                } else {
                    known.update(line, source, who, now);
                    updated++;
                }
            }
            em.flush();
            em.clear();
        }
        return new ImportResult(created, updated, (int) unique.stream().map(TransactionLine::customerCode).distinct().count());
    }

    /** A transaction entered by mistake is removed (an imported one would come back with the next import). */
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public void remove(long id) {
        CustomerTransaction t = em.find(CustomerTransaction.class, id);
        if (t == null) {
            throw BusinessException.notFound("survey.transaction.notFound", id);
        }
        em.remove(t);
    }

    public List<TransactionView> ofCustomer(long customerId, int max) {
        return views(em.createQuery(WITH_CUSTOMER + " where t.customerId = :c order by t.date desc, t.id desc", Object[].class)
                .setParameter("c", customerId).setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList());
    }

    /** The latest recorded, for the staff page's list. */
    public List<TransactionView> recent(int max) {
        return views(em.createQuery(WITH_CUSTOMER + " order by t.recordedAt desc, t.id desc", Object[].class)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList());
    }

    private static final String WITH_CUSTOMER = "select t, c.code, c.name from CustomerTransaction t join Customer c on c.id = t.customerId";

    private static List<TransactionView> views(List<Object[]> rows) {
        return rows.stream().map(r -> TransactionView.of((CustomerTransaction) r[0], (String) r[1], (String) r[2])).toList();
    }

    public long countInPeriod(long customerId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(t) from CustomerTransaction t where t.customerId = :c and t.date between :from and :to", Long.class)
                .setParameter("c", customerId).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private Map<String, Long> customerIds(List<TransactionLine> lines) {
        List<String> codes = lines.stream().map(TransactionLine::customerCode).distinct().toList();
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            em.createQuery("select c.code, c.id from Customer c where c.code in :codes", Object[].class)
                    .setParameter("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK))).getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }

    private Map<String, CustomerTransaction> existing(List<TransactionLine> chunk, Map<String, Long> customers) {
        List<Long> ids = chunk.stream().map(l -> customers.get(l.customerCode())).distinct().toList();
        List<String> references = chunk.stream().map(TransactionLine::reference).distinct().toList();
        Map<String, CustomerTransaction> found = new HashMap<>();
        em.createQuery("select t from CustomerTransaction t where t.customerId in :ids and t.reference in :refs", CustomerTransaction.class)
                .setParameter("ids", ids).setParameter("refs", references).getResultList()
                .forEach(t -> found.put(t.getCustomerId() + "\u0000" + t.getReference(), t));
        return found;
    }
}
