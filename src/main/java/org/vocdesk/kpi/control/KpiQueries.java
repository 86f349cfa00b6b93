package org.vocdesk.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.kpi.entity.KpiCounts;
import org.vocdesk.kpi.entity.SummaryColumn;
import org.vocdesk.kpi.entity.SummaryKey;
import org.vocdesk.survey.entity.CampaignStatus;
import org.vocdesk.survey.entity.InvitationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI aggregates: one pass over the scope's complaints counts every criterion per period (month), with the
 * ledger's own where clause and the criteria's own conditions, so nothing is recomputed at read time and the
 * drill-down lists exactly what was counted. Breakdowns (category x priority, customers, departments) are
 * grouped counts.
 */
@ApplicationScoped
public class KpiQueries {

    private static final String FROM = " from Complaint c left join c.customer cu";
    private static final String HANDLED = "(" + Criterion.HANDLED.condition() + ") and c.handlingSeconds is not null";

    @PersistenceContext
    EntityManager em;

    /** The ledger's where clause, so the KPIs count only the complaints the caller may see, as the ledger lists them. */
    @Inject
    ComplaintLedger ledger;

    /** Counts per period between consecutive bounds (the first bound is the scope's start, the last its end). */
    public List<KpiCounts> countsByPeriod(LedgerFilter scope, List<Instant> bounds, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder inner = new StringBuilder("select ").append(bucket(bounds, parameters)).append(" as bucket");
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length; i++) {
            inner.append(", case when ").append(criteria[i].condition()).append(" then 1 else 0 end as m").append(i);
        }
        inner.append(", case when ").append(HANDLED).append(" then c.handlingSeconds else 0 end as hs")
                .append(", case when ").append(HANDLED).append(" then 1 else 0 end as hn")
                .append(FROM).append(ledger.visibleWhere(scope, now, parameters));
        StringBuilder outer = new StringBuilder("select t.bucket, count(*)");
        for (int i = 0; i < criteria.length; i++) {
            outer.append(", sum(t.m").append(i).append(")");
        }
        outer.append(", sum(t.hs), sum(t.hn) from (").append(inner).append(") t group by t.bucket");
        parameters.put("now", now);
        List<KpiCounts> periods = new ArrayList<>(java.util.Collections.nCopies(bounds.size() - 1, KpiCounts.none()));
        for (Object[] row : rows(outer.toString(), parameters)) {
            Map<Criterion, Long> byCriterion = new EnumMap<>(Criterion.class);
            for (int i = 0; i < criteria.length; i++) {
                byCriterion.put(criteria[i], number(row[2 + i]));
            }
            periods.set((int) number(row[0]), new KpiCounts(number(row[1]), byCriterion,
                    number(row[2 + criteria.length]), number(row[3 + criteria.length])));
        }
        return periods;
    }

    private static final String RESPONSIBLE = "(c.validity is null or c.validity <> org.vocdesk.complaint.entity.Validity.INVALID)";
    /** The complaints whose share of a criterion depends on "now": still waiting on a deadline. */
    private static final String UNREPLIED_PAST_DUE = RESPONSIBLE + " and c.firstRepliedAt is null and c.firstReplyDue <= :now";
    private static final String OPEN_PAST_DUE = RESPONSIBLE + " and c.closedAt is null and c.responseDue <= :now";

    /**
     * The counts of whole months (consecutive month starts, the last one the end) from the monthly summary, plus the
     * shares that depend on "now", counted over the complaints still waiting on a deadline. Same results as
     * {@link #countsByPeriod} over the same months; the scope may narrow by department and category, not customer.
     */
    public List<KpiCounts> countsByMonth(LedgerFilter scope, List<Instant> months, Instant now) {
        if (scope.customerId() != null) {
            throw new IllegalArgumentException("the monthly summary has no customer");
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("select month_start");
        for (SummaryColumn column : SummaryColumn.values()) {
            sql.append(", sum(").append(column.column()).append(")");
        }
        sql.append(" from kpi_month").append(summaryWhere(scope, months, parameters)).append(" group by month_start");
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        long[][] fixed = new long[months.size() - 1][];
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            int month = months.indexOf(instant(values[0]));
            long[] sums = new long[SummaryColumn.values().length];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = number(values[1 + i]);
            }
            fixed[month] = sums;
        }
        LedgerFilter period = new LedgerFilter(months.get(0), months.get(months.size() - 1), scope.customerId(), scope.categoryId(),
                scope.type(), scope.priority(), scope.status(), scope.departmentId(), scope.handlerId(), scope.overdue(), scope.major(),
                scope.repeat(), scope.text(), scope.statusIn(), scope.dueBefore(), scope.criterion());
        long[] unreplied = countByPeriod(period, months, UNREPLIED_PAST_DUE, now);
        long[] openPastDue = countByPeriod(period, months, OPEN_PAST_DUE, now);
        long[] overdue = countByPeriod(period, months, Criterion.OVERDUE.condition(), now);
        List<KpiCounts> counts = new ArrayList<>();
        for (int i = 0; i < fixed.length; i++) {
            boolean noComplaints = fixed[i] == null || fixed[i][SummaryColumn.COMPLAINTS.ordinal()] == 0; // groups emptied by later writes stay as zeros
            if (noComplaints && unreplied[i] == 0 && openPastDue[i] == 0 && overdue[i] == 0) {
                counts.add(KpiCounts.none()); // as countsByPeriod for a month without complaints
                continue;
            }
            long[] f = fixed[i] == null ? new long[SummaryColumn.values().length] : fixed[i];
            Map<Criterion, Long> byCriterion = new EnumMap<>(Criterion.class);
            for (SummaryColumn column : SummaryColumn.values()) {
                if (column.criterion() != null) {
                    byCriterion.put(column.criterion(), f[column.ordinal()]);
                }
            }
            byCriterion.put(Criterion.OVERDUE, overdue[i]);
            byCriterion.put(Criterion.REPLY_DUE, f[SummaryColumn.REPLIED.ordinal()] + unreplied[i]);
            byCriterion.put(Criterion.REPLIED_LATE, f[SummaryColumn.REPLIED_AFTER_DEADLINE.ordinal()] + unreplied[i]);
            byCriterion.put(Criterion.HANDLING_DUE, f[SummaryColumn.CLOSED_RESPONSIBLE.ordinal()] + openPastDue[i]);
            byCriterion.put(Criterion.HANDLED_LATE, f[SummaryColumn.CLOSED_AFTER_DEADLINE.ordinal()] + openPastDue[i]);
            counts.add(new KpiCounts(f[SummaryColumn.COMPLAINTS.ordinal()], byCriterion, f[SummaryColumn.HANDLING_SECONDS.ordinal()],
                    f[SummaryColumn.HANDLING_MEASURED.ordinal()]));
        }
        return counts;
    }

    /** Complaints by category and priority over whole months, from the summary (as {@link #byCategoryAndPriority}). */
    public List<Object[]> byCategoryAndPriorityOfMonths(LedgerFilter scope, List<Instant> months) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createNativeQuery("select category_id, priority, sum(complaints) from kpi_month" + summaryWhere(scope, months, parameters)
                + " group by category_id, priority");
        parameters.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String priority = (String) r[1];
            rows.add(new Object[]{number(r[0]), SummaryKey.NO_PRIORITY.equals(priority) ? null : Urgency.valueOf(priority), number(r[2])});
        }
        return rows;
    }

    /** Every customer's complaints over whole months, from the summary: customer id, code, name, count. */
    public List<Object[]> customersOfMonths(List<Instant> months) {
        // summed by customer first, then joined: grouping by the customer's code and name too sorted every month's row
        Query query = em.createNativeQuery("select s.customer_id, cu.code, cu.name, s.n from (select customer_id, sum(complaints) n"
                + " from kpi_month_customer where month_start >= :first and month_start < :end group by customer_id) s"
                + " join customer cu on cu.id = s.customer_id");
        query.setParameter("first", utc(months.get(0))).setParameter("end", utc(months.get(months.size() - 1)));
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Object[]{number(r[0]), r[1], r[2], number(r[3])});
        }
        return rows;
    }

    /**
     * The median stored handling time of the scope's handled complaints when their number is known (from the
     * summary): reads the handling times in order and skips to the middle (ix_complaint_handling), instead of
     * sorting them all. The same value as {@link #medianHandlingSeconds}.
     */
    public Long medianHandlingSeconds(LedgerFilter scope, Instant now, long handled) {
        if (handled == 0) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        var query = em.createQuery("select c.handlingSeconds" + FROM + ComplaintLedger.where(scope, now, parameters) + " and " + HANDLED
                + " order by c.handlingSeconds", Long.class);
        parameters.forEach(query::setParameter);
        List<Long> middle = query.setFirstResult((int) ((handled - 1) / 2)).setMaxResults(handled % 2 == 0 ? 2 : 1).getResultList();
        if (middle.isEmpty()) {
            return null;
        }
        double median = middle.size() == 2 ? middle.get(0) + (middle.get(1) - middle.get(0)) / 2.0 : middle.get(0);
        return Math.round(median);
    }

    private long[] countByPeriod(LedgerFilter scope, List<Instant> bounds, String condition, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        String inner = "select " + bucket(bounds, parameters) + " as bucket" + FROM + ComplaintLedger.where(scope, now, parameters)
                + " and " + condition;
        parameters.put("now", now);
        long[] counts = new long[bounds.size() - 1];
        for (Object[] row : rows("select t.bucket, count(*) from (" + inner + ") t group by t.bucket", parameters)) {
            counts[(int) number(row[0])] = number(row[1]);
        }
        return counts;
    }

    private static String summaryWhere(LedgerFilter scope, List<Instant> months, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where month_start >= :first and month_start < :end");
        parameters.put("first", utc(months.get(0)));
        parameters.put("end", utc(months.get(months.size() - 1)));
        if (scope.departmentId() != null) {
            where.append(" and department_id = :department");
            parameters.put("department", scope.departmentId());
        }
        if (scope.categoryId() != null) {
            where.append(" and category_id = :category");
            parameters.put("category", scope.categoryId());
        }
        return where.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    /** The median stored handling time of the handled complaints, or null when none. */
    public Long medianHandlingSeconds(LedgerFilter scope, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createQuery("select percentile_cont(0.5) within group (order by c.handlingSeconds)" + FROM
                + ledger.visibleWhere(scope, now, parameters) + " and " + HANDLED);
        parameters.forEach(query::setParameter);
        Object median = query.getSingleResult();
        return median == null ? null : Math.round(((Number) median).doubleValue());
    }

    /**
     * The CAPAs whose first effectiveness check (the first verification kept, round 1) was made between the two
     * instants, of the complaints in the scope (department, customer, category; any received date): how many were
     * checked, and how many of those were found effective at that check.
     */
    public long[] firstEffectivenessChecks(LedgerFilter complaints, Instant checkedFrom, Instant checkedTo, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createQuery("select count(v), sum(case when v.effective = true then 1 else 0 end)"
                + " from EightDReport r join r.capa p join p.verifications v join r.complaint c left join c.customer cu"
                + ledger.visibleWhere(complaints, now, parameters)
                + " and index(v) = 0 and v.verifiedAt >= :checkedFrom and v.verifiedAt < :checkedTo");
        parameters.put("checkedFrom", checkedFrom);
        parameters.put("checkedTo", checkedTo);
        parameters.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return new long[]{number(row[0]), number(row[1])};
    }

    /**
     * The launched survey campaigns whose period overlaps the days given, by period: id, name, period start, end,
     * the number of valid (submitted, scored) responses and their average score (null when none); only the
     * customer's responses when a customer is given.
     */
    public List<Object[]> campaignScores(LocalDate from, LocalDate to, Long customerId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("submitted", InvitationStatus.SUBMITTED);
        parameters.put("draft", CampaignStatus.DRAFT);
        String customer = "";
        if (customerId != null) {
            customer = " and i.customer.id = :customer";
            parameters.put("customer", customerId);
        }
        return rows("select s.id, s.name, s.periodStart, s.periodEnd, count(i), avg(i.score) from SurveyCampaign s"
                + " left join SurveyInvitation i on i.campaign = s and i.status = :submitted and i.score is not null" + customer
                + " where s.status <> :draft and s.periodStart <= :to and s.periodEnd >= :from"
                + " group by s.id, s.name, s.periodStart, s.periodEnd order by s.periodStart, s.id", parameters);
    }

    /** Complaints by category and triaged priority (null: not triaged yet): category id, priority, count. */
    public List<Object[]> byCategoryAndPriority(LedgerFilter scope, Instant now) {
        return grouped("c.category.id, c.priority", scope, now, "");
    }

    /** The customers with most complaints: customer id, code, name, count. */
    public List<Object[]> topCustomers(LedgerFilter scope, Instant now, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = em.createQuery("select c.customer.id, cu.code, cu.name, count(c)" + FROM + ledger.visibleWhere(scope, now, parameters)
                + " and c.customer is not null group by c.customer.id, cu.code, cu.name order by count(c) desc, cu.code");
        parameters.forEach(query::setParameter);
        return cast(query.setMaxResults(limit).getResultList());
    }

    /** Complaints by responsible department (null: not assigned yet): department id, count. */
    public List<Object[]> byDepartment(LedgerFilter scope, Instant now) {
        return grouped("c.department.id", scope, now, " order by count(c) desc");
    }

    /** Complaints by category: category id, count. */
    public List<Object[]> byCategory(LedgerFilter scope, Instant now) {
        return grouped("c.category.id", scope, now, "");
    }

    private List<Object[]> grouped(String keys, LedgerFilter scope, Instant now, String order) {
        Map<String, Object> parameters = new HashMap<>();
        return rows("select " + keys + ", count(c)" + FROM + ledger.visibleWhere(scope, now, parameters)
                + " group by " + keys + order, parameters);
    }

    private List<Object[]> rows(String hql, Map<String, Object> parameters) {
        Query query = em.createQuery(hql);
        parameters.forEach(query::setParameter);
        return cast(query.getResultList());
    }

    /** The index of the period a complaint falls in, as a case over the bounds (bound parameters b1, b2, ...). */
    private static String bucket(List<Instant> bounds, Map<String, Object> parameters) {
        int periods = bounds.size() - 1;
        if (periods == 1) {
            return "0";
        }
        StringBuilder expression = new StringBuilder("case");
        for (int i = 1; i < periods; i++) {
            expression.append(" when c.receivedAt < :b").append(i).append(" then ").append(i - 1);
            parameters.put("b" + i, bounds.get(i));
        }
        return expression.append(" else ").append(periods - 1).append(" end").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> cast(List<?> rows) {
        return (List<Object[]>) rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
