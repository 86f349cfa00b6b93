package org.vocdesk.kpi.entity;

import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.ReceivedPeriod;
import org.vocdesk.platform.entity.BusinessException;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which complaints a KPI report covers: received from one day to another (both included, company zone), and
 * optionally one department, customer, category. The same scope is the ledger's filter, so every figure links
 * to the ledger with these parameters plus its criterion.
 */
public record KpiScope(LocalDate from, LocalDate to, Long departmentId, Long customerId, Long categoryId) implements Serializable {

    /** A year and a half at most: the dashboard's queries stay one pass over a bounded range. */
    private static final int MAX_MONTHS = 24;

    public KpiScope {
        if (from == null || to == null) {
            throw BusinessException.invalidField("from", "kpi.scope.periodRequired");
        }
        if (to.isBefore(from)) {
            throw BusinessException.invalidField("to", "kpi.scope.toBeforeFrom");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw BusinessException.invalidField("to", "kpi.scope.tooLong", MAX_MONTHS);
        }
    }

    /** The twelve months up to and including today's month. */
    public static KpiScope lastTwelveMonths(LocalDate today) {
        return new KpiScope(today.withDayOfMonth(1).minusMonths(11), today, null, null, null);
    }

    public static KpiScope month(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new KpiScope(first, first.plusMonths(1).minusDays(1), null, null, null);
    }

    public KpiScope withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new KpiScope(newFrom, newTo, departmentId, customerId, categoryId);
    }

    public LedgerFilter filter(ZoneId zone) {
        return new LedgerFilter(ReceivedPeriod.from(from, zone), ReceivedPeriod.until(to, zone), customerId, categoryId,
                null, null, null, departmentId, null, null, null, null, null);
    }

    /** The same filter over every received date (current backlog, e.g. overdue work). */
    public LedgerFilter filterAnyTime() {
        return new LedgerFilter(null, null, customerId, categoryId, null, null, null, departmentId, null, null, null, null, null);
    }

    /** The calendar months the period touches, as bounds: from, first of each next month, end (exclusive). */
    public List<Instant> monthBounds(ZoneId zone) {
        List<Instant> bounds = new ArrayList<>();
        bounds.add(ReceivedPeriod.from(from, zone));
        for (LocalDate next = from.withDayOfMonth(1).plusMonths(1); !next.isAfter(to); next = next.plusMonths(1)) {
            bounds.add(ReceivedPeriod.from(next, zone));
        }
        bounds.add(ReceivedPeriod.until(to, zone));
        return bounds;
    }

    /** The first day of each month of monthBounds, for labels. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The ledger's query string for this scope's complaints in a criterion (null: all), with extra parameters. */
    public String ledgerQuery(Criterion criterion, Map<String, Object> extra) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("receivedFrom", from);
        parameters.put("receivedTo", to);
        parameters.put("departmentId", departmentId);
        parameters.put("customerId", customerId);
        parameters.put("categoryId", categoryId);
        parameters.putAll(extra);
        parameters.put("criterion", criterion);
        return query(parameters);
    }

    /** The ledger's query string for a cell of the frequency x urgency matrix (priority null: the whole row). */
    public String matrixQuery(long category, String priority) {
        if ("NOT_TRIAGED".equals(priority)) {
            return ledgerQuery(Criterion.NOT_TRIAGED, Map.of("categoryId", category));
        }
        return priority == null || priority.isBlank() ? ledgerQuery(null, Map.of("categoryId", category))
                : ledgerQuery(null, Map.of("categoryId", category, "priority", priority));
    }

    /** The query string of a page that shows this scope (the dashboard, the REST report): from, to and the narrowing ids. */
    public String scopeQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("departmentId", departmentId);
        parameters.put("customerId", customerId);
        parameters.put("categoryId", categoryId);
        return query(parameters);
    }

    /** The ledger's query string for a department's current complaints in a criterion, whenever received. */
    public String backlogQuery(Criterion criterion, Long department) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("departmentId", department);
        parameters.put("customerId", customerId);
        parameters.put("categoryId", categoryId);
        parameters.put("criterion", criterion);
        return query(parameters);
    }

    static String query(Map<String, Object> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
