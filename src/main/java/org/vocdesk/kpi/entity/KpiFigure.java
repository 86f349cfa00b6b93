package org.vocdesk.kpi.entity;

import java.math.BigDecimal;

/**
 * One KPI of a report: its value (null when there is nothing to measure), target, whether it is met, the two
 * counts behind it (counted of base; for times, base is how many were measured) and the ledger queries that
 * list them.
 */
public record KpiFigure(Kpi kpi, BigDecimal value, BigDecimal target, Boolean onTarget, long counted, long base,
                        String countedQuery, String baseQuery) {
}
