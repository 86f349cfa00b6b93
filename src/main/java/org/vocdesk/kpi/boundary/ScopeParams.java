package org.vocdesk.kpi.boundary;

import jakarta.ws.rs.QueryParam;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A KPI scope as query parameters: from and to (yyyy-MM-dd, both days included; default the twelve months up to
 * today), departmentId, customerId, categoryId. A wrong value is a 400 naming the parameter.
 */
public class ScopeParams {

    @QueryParam("from") String from;
    @QueryParam("to") String to;
    @QueryParam("departmentId") String departmentId;
    @QueryParam("customerId") String customerId;
    @QueryParam("categoryId") String categoryId;

    KpiScope scope(LocalDate today) {
        KpiScope defaults = KpiScope.lastTwelveMonths(today);
        LocalDate start = day(from, "from");
        LocalDate end = day(to, "to");
        return new KpiScope(start != null ? start : end != null ? end.withDayOfMonth(1).minusMonths(11) : defaults.from(),
                end != null ? end : defaults.to(), id(departmentId, "departmentId"), id(customerId, "customerId"),
                id(categoryId, "categoryId"));
    }

    private static LocalDate day(String value, String name) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(name, "kpi.parameter.invalid", name, value);
        }
    }

    private static Long id(String value, String name) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalidField(name, "kpi.parameter.invalid", name, value);
        }
    }
}
