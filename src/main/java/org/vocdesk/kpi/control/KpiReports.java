package org.vocdesk.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.ReceivedPeriod;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.kpi.entity.Bar;
import org.vocdesk.kpi.entity.CampaignScore;
import org.vocdesk.kpi.entity.Kpi;
import org.vocdesk.kpi.entity.KpiCounts;
import org.vocdesk.kpi.entity.KpiFigure;
import org.vocdesk.kpi.entity.KpiReport;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MatrixRow;
import org.vocdesk.kpi.entity.MonthFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the aggregate rows of {@link KpiQueries} into KPI figures, trends and breakdowns with their ledger links. */
@ApplicationScoped
public class KpiReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiQueries queries;

    @Inject
    KpiTargets targets;

    /** A category is frequent from this many complaints a month on average over the period. */
    @Inject
    @ConfigProperty(name = "vocdesk.kpi.frequent-per-month", defaultValue = "5")
    int frequentPerMonth;

    public int frequentPerMonth() {
        return frequentPerMonth;
    }

    public KpiReport report(KpiScope scope, ZoneId zone, Instant now) {
        List<KpiCounts> monthly = queries.countsByPeriod(scope.filter(zone), scope.monthBounds(zone), now);
        KpiCounts total = monthly.stream().reduce(KpiCounts.none(), KpiCounts::plus);
        Long median = queries.medianHandlingSeconds(scope.filter(zone), now);
        List<KpiFigure> figures = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            if (!kpi.ofComplaints()) {
                continue;
            }
            BigDecimal value = kpi.valueOf(total, median);
            BigDecimal target = targets.of(kpi);
            long counted = kpi.unit() == Kpi.Unit.HOURS ? total.handled()
                    : kpi.counted() == null ? total.complaints() : total.count(kpi.counted());
            long base = kpi.base() == null ? total.complaints() : total.count(kpi.base());
            figures.add(new KpiFigure(kpi, value, target, kpi.meets(value, target), counted, base,
                    scope.ledgerQuery(kpi.unit() == Kpi.Unit.HOURS ? kpi.base() : kpi.counted(), Map.of()),
                    scope.ledgerQuery(kpi.base(), Map.of())));
        }
        List<MonthFigures> months = new ArrayList<>();
        List<LocalDate> starts = scope.months();
        for (int i = 0; i < monthly.size(); i++) {
            KpiCounts m = monthly.get(i);
            LocalDate first = starts.get(i).isBefore(scope.from()) ? scope.from() : starts.get(i);
            LocalDate last = starts.get(i).plusMonths(1).minusDays(1).isAfter(scope.to()) ? scope.to() : starts.get(i).plusMonths(1).minusDays(1);
            months.add(new MonthFigures(starts.get(i), m.complaints(), Kpi.ON_TIME_REPLY_RATE.valueOf(m, null),
                    Kpi.ON_TIME_HANDLING_RATE.valueOf(m, null), m.count(Criterion.REPEAT), m.count(Criterion.MAJOR),
                    scope.withPeriod(first, last).ledgerQuery(null, Map.of())));
        }
        List<CampaignScore> campaigns = campaignScores(scope);
        figures.add(capaEffectiveness(scope, zone, now));
        figures.add(satisfaction(campaigns));
        return new KpiReport(scope, figures, months, campaigns);
    }

    /** Of the first effectiveness checks made in the period (company zone) on CAPAs of the scope's complaints. */
    private KpiFigure capaEffectiveness(KpiScope scope, ZoneId zone, Instant now) {
        long[] checks = queries.firstEffectivenessChecks(scope.filterAnyTime(), ReceivedPeriod.from(scope.from(), zone),
                ReceivedPeriod.until(scope.to(), zone), now);
        return figure(Kpi.CAPA_EFFECTIVENESS_RATE, Kpi.rate(checks[1], checks[0]), checks[1], checks[0]);
    }

    /** The latest campaign with valid responses (campaigns come by period). */
    private KpiFigure satisfaction(List<CampaignScore> campaigns) {
        CampaignScore latest = null;
        for (CampaignScore campaign : campaigns) {
            latest = campaign.responses() > 0 ? campaign : latest;
        }
        return latest == null ? figure(Kpi.SATISFACTION_SCORE, null, 0, 0)
                : figure(Kpi.SATISFACTION_SCORE, latest.averageScore(), latest.responses(), latest.responses());
    }

    private KpiFigure figure(Kpi kpi, BigDecimal value, long counted, long base) {
        BigDecimal target = targets.of(kpi);
        return new KpiFigure(kpi, value, target, kpi.meets(value, target), counted, base, null, null);
    }

    /** Survey campaigns are not about complaints: only the period and the customer narrow them. */
    private List<CampaignScore> campaignScores(KpiScope scope) {
        return queries.campaignScores(scope.from(), scope.to(), scope.customerId()).stream()
                .map(r -> new CampaignScore((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], ((Number) r[4]).longValue(),
                        r[5] == null ? null : new BigDecimal(r[5].toString()).setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }

    /** The frequency x urgency matrix, ordered by frequency, with the cumulative share for the Pareto. */
    public List<MatrixRow> matrix(KpiScope scope, ZoneId zone, Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : queries.byCategoryAndPriority(scope.filter(zone), now)) {
            long[] cells = counts.computeIfAbsent((Long) row[0], id -> new long[4]);
            cells[row[1] == null ? 3 : ((Urgency) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        long all = counts.values().stream().mapToLong(c -> c[0] + c[1] + c[2] + c[3]).sum();
        double threshold = (double) frequentPerMonth * scope.months().size();
        Map<Long, Category> categories = em.createQuery("select c from Category c", Category.class).getResultStream()
                .collect(Collectors.toMap(Category::getId, Function.identity()));
        List<Map.Entry<Long, long[]>> ordered = counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2] + e.getValue()[3]))
                        .thenComparing(e -> categories.get(e.getKey()).getSortOrder()))
                .toList();
        List<MatrixRow> rows = new ArrayList<>();
        long running = 0;
        for (Map.Entry<Long, long[]> e : ordered) {
            long[] c = e.getValue();
            long total = c[0] + c[1] + c[2] + c[3];
            running += total;
            Category category = categories.get(e.getKey());
            rows.add(new MatrixRow(e.getKey(), category.getNameEn(), category.getNameZh(), c[0], c[1], c[2], c[3], total,
                    total >= threshold, (int) Math.round(100.0 * running / all)));
        }
        return rows;
    }

    public List<Bar> topCustomers(KpiScope scope, ZoneId zone, Instant now, int limit) {
        return queries.topCustomers(scope.filter(zone), now, limit).stream()
                .map(r -> new Bar((Long) r[0], r[1] + " " + r[2], ((Number) r[3]).longValue())).toList();
    }

    /** Open overdue work now, whenever received, by responsible department (id null: not assigned yet). */
    public List<Bar> overdueByDepartment(KpiScope scope, Instant now) {
        Map<Long, String> names = em.createQuery("select d from Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::id, Department::name));
        return queries.byDepartment(scope.filterAnyTime().withCriterion(Criterion.OVERDUE), now).stream()
                .map(r -> new Bar((Long) r[0], r[0] == null ? null : names.get((Long) r[0]), ((Number) r[1]).longValue())).toList();
    }
}
