package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ledger's queries: filtered, sorted and paged in the database. The query text is assembled from
 * fixed fragments only; every value is a bound parameter. Every query, here and in the KPIs, is limited to
 * the complaints the caller may see ({@link #visibleWhere}).
 */
@ApplicationScoped
public class ComplaintLedger {

    /** Sortable columns by their public name. */
    private static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("number", "c.number"), Map.entry("receivedAt", "c.receivedAt"),
            Map.entry("customer", "cu.name"), Map.entry("category", "c.category.sortOrder"),
            Map.entry("priority", "c.priority"), Map.entry("status", "c.status"),
            Map.entry("responseDue", "c.responseDue"), Map.entry("firstReplyDue", "c.firstReplyDue"),
            Map.entry("closedAt", "c.closedAt"), Map.entry("channel", "c.channel"), Map.entry("type", "c.type"));

    private static final String ROW = """
            select new org.vocdesk.complaint.control.LedgerRow(c.id, c.number, c.receivedAt, cu.code, cu.name,
              c.contactName, c.anonymous, c.channel, c.type, substring(c.customerWords, 1, 160), cat.nameEn, cat.nameZh,
              c.priority, c.initialUrgency, c.status, d.name, h.displayName, c.firstReplyDue, c.firstRepliedAt,
              c.responseDue, c.closedAt, c.major, c.repeat)
            from Complaint c join c.category cat left join c.customer cu left join c.department d left join c.handler h
            """;

    /** Totals are counted exactly up to this many rows (see total()). */
    public static final int EXACT_TOTAL_LIMIT = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerVisibility callers;

    public List<LedgerRow> page(LedgerFilter filter, Instant now, int first, int max, String sortField, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "c.receivedAt");
        String direction = ascending ? " asc" : " desc";
        TypedQuery<LedgerRow> query = em.createQuery(ROW + visibleWhere(filter, now, parameters)
                + " order by " + order + direction + ", c.id" + direction, LedgerRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /**
     * The ledger's total as shown with a page: exact up to {@code limit} matching rows; above that the
     * database stops counting at limit + 1 and the total is {@code limit} with {@code exact = false}
     * (pages show "10,000+"). Counting every row of a broad filter over a million complaints costs far more
     * than the page itself (measured in bench/RESULTS.md), and nobody pages through ten thousand rows.
     * The inner query is ordered like the default page (HQL allows a limit only after an order), so the
     * database walks the same index as for the page and stops after limit + 1 entries.
     */
    public LedgerTotal total(LedgerFilter filter, Instant now, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(*) from (select c.id as id from Complaint c left join c.customer cu"
                + visibleWhere(filter, now, parameters) + " order by c.receivedAt desc limit " + (limit + 1) + ") matching", Long.class);
        parameters.forEach(query::setParameter);
        long counted = query.getSingleResult();
        return counted > limit ? new LedgerTotal(limit, false) : new LedgerTotal(counted, true);
    }

    /** The exact number of matching rows, however many (a full scan for broad filters on a large ledger). */
    public long count(LedgerFilter filter, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(c) from Complaint c left join c.customer cu"
                + visibleWhere(filter, now, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Every row of the filter, in pages, for exports that must not hold the whole ledger in memory. */
    public void forEach(LedgerFilter filter, Instant now, String sortField, boolean ascending, Consumer<LedgerRow> sink) {
        int pageSize = 500;
        for (int first = 0; ; first += pageSize) {
            List<LedgerRow> rows = page(filter, now, first, pageSize, sortField, ascending);
            rows.forEach(sink);
            em.clear();
            if (rows.size() < pageSize) {
                return;
            }
        }
    }

    /**
     * The where clause of a filter over {@code Complaint c left join c.customer cu}, limited to the complaints the
     * caller may see; its values go into p. Every query over complaints for a user builds its where clause here.
     */
    public String visibleWhere(LedgerFilter f, Instant now, Map<String, Object> p) {
        return where(f, now, p) + callers.current().condition(p);
    }

    /** The where clause of the filter alone, whoever asks (the caller's visibility is added by visibleWhere). */
    public static String where(LedgerFilter f, Instant now, Map<String, Object> p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        add(where, p, f.receivedFrom(), " and c.receivedAt >= :from", "from");
        add(where, p, f.receivedTo(), " and c.receivedAt < :to", "to");
        add(where, p, f.customerId(), " and c.customer.id = :customer", "customer");
        add(where, p, f.categoryId(), " and c.category.id = :category", "category");
        add(where, p, f.type(), " and c.type = :type", "type");
        add(where, p, f.priority(), " and c.priority = :priority", "priority");
        add(where, p, f.status(), " and c.status = :status", "status");
        add(where, p, f.departmentId(), " and c.department.id = :department", "department");
        add(where, p, f.handlerId(), " and c.handler.id = :handler", "handler");
        add(where, p, f.major(), " and c.major = :major", "major");
        add(where, p, f.repeat(), " and c.repeat = :repeat", "repeat");
        add(where, p, f.statusIn(), " and c.status in :statuses", "statuses");
        if (f.status() == null && f.statusIn() == null) {
            // voided records leave the ledger; asking for status VOIDED shows them (auditors)
            where.append(" and c.status <> org.vocdesk.complaint.entity.ComplaintStatus.VOIDED");
        }
        add(where, p, f.dueBefore(), " and c.lateFrom < :due", "due");
        if (f.overdue() != null) {
            p.put("now", now);
            where.append(f.overdue() ? " and c.lateFrom < :now" : " and (c.lateFrom is null or c.lateFrom >= :now)");
        }
        if (f.criterion() != null) {
            where.append(" and (").append(f.criterion().condition()).append(")");
            if (f.criterion().needsNow()) {
                p.put("now", now);
            }
        }
        if (f.text() != null && !f.text().isBlank()) {
            p.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            where.append(" and (lower(c.number) like :text or lower(cu.name) like :text or lower(c.product) like :text"
                    + " or lower(c.batchNo) like :text or lower(c.orderNo) like :text)");
        }
        return where.toString();
    }

    private static void add(StringBuilder where, Map<String, Object> parameters, Object value, String clause, String name) {
        if (value != null) {
            where.append(clause);
            parameters.put(name, value);
        }
    }
}
