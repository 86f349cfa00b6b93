package org.vocdesk.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MonthlyAnalysis;
import org.vocdesk.kpi.entity.RecurringProblem;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month's analysis: KPIs of the month and the month before, the frequency x urgency matrix, and the
 * recurring problems: categories with complaints in each of the last three months, or with repeat complaints.
 */
@ApplicationScoped
public class MonthlyAnalyses {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiReports reports;

    @Inject
    KpiQueries queries;

    public MonthlyAnalysis of(YearMonth month, Long departmentId, ZoneId zone, Instant now) {
        KpiScope current = scope(month, departmentId);
        KpiScope previous = scope(month.minusMonths(1), departmentId);
        List<Map<Long, Long>> months = new ArrayList<>();
        for (int back = 2; back >= 0; back--) {
            months.add(counts(queries.byCategory(scope(month.minusMonths(back), departmentId).filter(zone), now)));
        }
        Map<Long, Long> repeats = counts(queries.byCategory(current.filter(zone).withCriterion(Criterion.REPEAT), now));
        Map<Long, Long> unresolved = counts(queries.byCategory(current.filter(zone).withCriterion(Criterion.UNRESOLVED_REPEAT), now));
        List<RecurringProblem> recurring = new ArrayList<>();
        for (Category category : em.createQuery("select c from Category c order by c.sortOrder", Category.class).getResultList()) {
            long id = category.getId();
            List<Long> lastThree = months.stream().map(m -> m.getOrDefault(id, 0L)).toList();
            boolean everyMonth = lastThree.stream().allMatch(n -> n > 0);
            if (everyMonth || repeats.containsKey(id)) {
                Map<String, Object> inCategory = Map.of("categoryId", id);
                recurring.add(new RecurringProblem(id, category.getNameEn(), category.getNameZh(), lastThree,
                        repeats.getOrDefault(id, 0L), unresolved.getOrDefault(id, 0L), current.ledgerQuery(null, inCategory),
                        current.ledgerQuery(Criterion.REPEAT, inCategory), current.ledgerQuery(Criterion.UNRESOLVED_REPEAT, inCategory)));
            }
        }
        recurring.sort((a, b) -> Long.compare(b.repeats() * 1000 + b.lastThreeMonths().get(2), a.repeats() * 1000 + a.lastThreeMonths().get(2)));
        return new MonthlyAnalysis(month, reports.report(current, zone, now), reports.report(previous, zone, now),
                reports.matrix(current, zone, now), recurring);
    }

    private static KpiScope scope(YearMonth month, Long departmentId) {
        return new KpiScope(month.atDay(1), month.atEndOfMonth(), departmentId, null, null);
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
