package org.vocdesk.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.kpi.entity.KpiCounts;
import org.vocdesk.survey.entity.CampaignStatus;
import org.vocdesk.survey.entity.InvitationStatus;

import java.time.Instant;
import java.time.LocalDate;
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
