package org.vocdesk.kpi.entity;

import java.util.List;

/**
 * A category that keeps coming back: complaints in each of the last three months (oldest first), repeat
 * complaints this month and repeats still unresolved, with the ledger queries behind them.
 */
public record RecurringProblem(long categoryId, String nameEn, String nameZh, List<Long> lastThreeMonths, long repeats,
                               long unresolvedRepeats, String monthQuery, String repeatsQuery, String unresolvedQuery) {
}
