package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/** The audit pack's monthly feedback analyses: one PDF for each month the period touches ({@code monthly/}). */
@ApplicationScoped
public class MonthlyAuditSection implements AuditPackSection {

    @Inject
    MonthlyKind monthly;

    @Inject
    AuditPackContext context;

    @Override
    public void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException {
        ReportOrder pack = context.order();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            ReportOrder order = new ReportOrder(Map.of("month", month.toString()), locale, pack.requestedBy(), pack.at());
            files.add("monthly/monthly-analysis-" + month + ".pdf", out -> monthly.write(order, ReportKind.Progress.NONE, out));
        }
    }
}
