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

    @Inject
    org.vocdesk.complaint.control.CallerVisibility callers;

    /** A category is frequent from this many complaints a month on average over the period. */
    @Inject
    @ConfigProperty(name = "vocdesk.kpi.frequent-per-month", defaultValue = "5")
    int frequentPerMonth;

    public int frequentPerMonth() {
        return frequentPerMonth;
    }

    public KpiReport report(KpiScope scope, ZoneId zone, Instant now) {
        return report(scope, zone, now, false);
    }

    /**
     * The KPIs of a scope: from the monthly summary unless the scope names a customer (the summary has none) or a
     * recount from the complaints themselves is asked for (slower, the same figures: for checking the summary).
     */
    public KpiReport report(KpiScope scope, ZoneId zone, Instant now, boolean recount) {
        recount = mustRecount(recount);
        List<KpiCounts> monthly = monthly(scope, zone, now, recount);
        KpiCounts total = monthly.stream().reduce(KpiCounts.none(), KpiCounts::plus);
        Long median = recount ? queries.medianHandlingSeconds(scope.filter(zone), now)
                : queries.medianHandlingSeconds(scope.filter(zone), now, total.handled());
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

    /** The counts of each month of the period. */
    List<KpiCounts> monthly(KpiScope scope, ZoneId zone, Instant now, boolean recount) {
        return fromSummary(scope, recount) ? monthsFromSummary(scope, zone, now)
                : queries.countsByPeriod(scope.filter(zone), scope.monthBounds(zone), now);
    }

    /**
     * Callers limited to their department count from the complaints: the summary has the department, but not the
     * complaints of other departments assigned to them.
     */
    private boolean mustRecount(boolean recount) {
        return recount || !callers.current().all();
    }

    private static boolean fromSummary(KpiScope scope, boolean recount) {
        return !recount && scope.customerId() == null;
    }

    /** Whole months from the summary, less the days of the first and last month outside the period (counted in detail). */
    private List<KpiCounts> monthsFromSummary(KpiScope scope, ZoneId zone, Instant now) {
        List<KpiCounts> months = new ArrayList<>(queries.countsByMonth(scope.filter(zone), wholeMonths(scope, zone), now));
        for (Outside outside : outsideDays(scope)) {
            KpiCounts extra = queries.countsByPeriod(outside.days().filter(zone), outside.days().monthBounds(zone), now).get(0);
            months.set(outside.month(), months.get(outside.month()).minus(extra));
        }
        return months;
    }

    /** The starts of the months the period touches, and the end of the last. */
    private static List<Instant> wholeMonths(KpiScope scope, ZoneId zone) {
        List<Instant> bounds = new ArrayList<>();
        for (LocalDate month : scope.months()) {
            bounds.add(ReceivedPeriod.from(month, zone));
        }
        bounds.add(ReceivedPeriod.from(scope.to().withDayOfMonth(1).plusMonths(1), zone));
        return bounds;
    }

    /** Days of a month touched by the period that are not in it: the month's index and those days as a scope. */
    private record Outside(int month, KpiScope days) {
    }

    /** The days of the first and the last month that are not in the period (usually only the rest of this month). */
    private static List<Outside> outsideDays(KpiScope scope) {
        List<Outside> outside = new ArrayList<>();
        if (scope.from().getDayOfMonth() > 1) {
            outside.add(new Outside(0, scope.withPeriod(scope.from().withDayOfMonth(1), scope.from().minusDays(1))));
        }
        LocalDate lastDay = scope.to().withDayOfMonth(scope.to().lengthOfMonth());
        if (scope.to().isBefore(lastDay)) {
            outside.add(new Outside(scope.months().size() - 1, scope.withPeriod(scope.to().plusDays(1), lastDay)));
        }
        return outside;
    }

    /** The frequency x urgency matrix, ordered by frequency, with the cumulative share for the Pareto. */
    public List<MatrixRow> matrix(KpiScope scope, ZoneId zone, Instant now) {
        return matrix(scope, zone, now, false);
    }

    public List<MatrixRow> matrix(KpiScope scope, ZoneId zone, Instant now, boolean recount) {
        recount = mustRecount(recount);
        List<Object[]> cellsByCategory = new ArrayList<>();
        if (fromSummary(scope, recount)) {
            cellsByCategory.addAll(queries.byCategoryAndPriorityOfMonths(scope.filter(zone), wholeMonths(scope, zone)));
            for (Outside outside : outsideDays(scope)) {
                for (Object[] row : queries.byCategoryAndPriority(outside.days().filter(zone), now)) {
                    cellsByCategory.add(new Object[]{row[0], row[1], -((Number) row[2]).longValue()});
                }
            }
        } else {
            cellsByCategory.addAll(queries.byCategoryAndPriority(scope.filter(zone), now));
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : cellsByCategory) {
            long[] cells = counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[4]);
            cells[row[1] == null ? 3 : ((Urgency) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        counts.values().removeIf(c -> c[0] == 0 && c[1] == 0 && c[2] == 0 && c[3] == 0); // groups emptied by later writes
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
        return topCustomers(scope, zone, now, limit, false);
    }

    /** From the summary (by month and customer) when only the period is given, less the days outside it. */
    public List<Bar> topCustomers(KpiScope scope, ZoneId zone, Instant now, int limit, boolean recount) {
        recount = mustRecount(recount);
        if (recount || scope.customerId() != null || scope.departmentId() != null || scope.categoryId() != null) {
            return queries.topCustomers(scope.filter(zone), now, limit).stream()
                    .map(r -> new Bar((Long) r[0], r[1] + " " + r[2], ((Number) r[3]).longValue())).toList();
        }
        Map<Long, Object[]> customers = new HashMap<>();
        for (Object[] row : queries.customersOfMonths(wholeMonths(scope, zone))) {
            customers.put((Long) row[0], row);
        }
        for (Outside outside : outsideDays(scope)) {
            for (Object[] row : queries.topCustomers(outside.days().filter(zone), now, Integer.MAX_VALUE)) {
                Object[] counted = customers.get((Long) row[0]);
                counted[3] = ((Number) counted[3]).longValue() - ((Number) row[3]).longValue();
            }
        }
        return customers.values().stream().filter(r -> ((Number) r[3]).longValue() > 0)
                .sorted(Comparator.comparingLong((Object[] r) -> -((Number) r[3]).longValue()).thenComparing(r -> (String) r[1]))
                .limit(limit).map(r -> new Bar((Long) r[0], r[1] + " " + r[2], ((Number) r[3]).longValue())).toList();
    }

    /** Open overdue work now, whenever received, by responsible department (id null: not assigned yet). */
    public List<Bar> overdueByDepartment(KpiScope scope, Instant now) {
        Map<Long, String> names = em.createQuery("select d from Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::id, Department::name));
        return queries.byDepartment(scope.filterAnyTime().withCriterion(Criterion.OVERDUE), now).stream()
                .map(r -> new Bar((Long) r[0], r[0] == null ? null : names.get((Long) r[0]), ((Number) r[1]).longValue())).toList();
    }
}
