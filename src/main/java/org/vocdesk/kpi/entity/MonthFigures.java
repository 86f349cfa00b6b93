package org.vocdesk.kpi.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The trend of one month: complaints received, the two timeliness rates, repeats, and the ledger query of the month. */
public record MonthFigures(LocalDate month, long complaints, BigDecimal onTimeReplyRate, BigDecimal onTimeHandlingRate,
                           long repeats, long major, String ledgerQuery) {
}
