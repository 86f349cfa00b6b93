package org.vocdesk.kpi.entity;

import java.time.YearMonth;
import java.util.List;

/** The monthly feedback analysis (客户反馈分析月报): this month's KPIs against last month's, the recurring problems. */
public record MonthlyAnalysis(YearMonth month, KpiReport current, KpiReport previous, List<MatrixRow> matrix,
                              List<RecurringProblem> recurring) {
}
