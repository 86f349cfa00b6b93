package org.vocdesk.kpi.entity;

import java.util.List;

/** Everything the managers' dashboard shows for a scope. */
public record Dashboard(KpiReport report, List<MatrixRow> matrix, List<Bar> topCustomers, List<Bar> overdueByDepartment) {
}
