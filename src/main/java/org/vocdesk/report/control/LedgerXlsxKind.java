package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.complaint.boundary.LedgerParams;
import org.vocdesk.complaint.control.LedgerFilter;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * The complaint ledger as an Excel workbook ({@code complaint-ledger-xlsx}), the columns of the ledger's XLSX export,
 * as a background job (the direct export stays /api/complaints/export.xlsx).
 */
@ApplicationScoped
public class LedgerXlsxKind implements ReportKind {

    @Inject
    LedgerReport report;

    @Inject
    ReportSettings settings;

    @Override
    public String name() {
        return "complaint-ledger-xlsx";
    }

    @Override
    public Set<String> roles() {
        return LedgerPdfKind.LEDGER_ROLES;
    }

    @Override
    public Map<String, String> check(Map<String, String> parameters) {
        LedgerParams params = LedgerParams.of(parameters);
        params.filter(settings.zone());
        return params.values();
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String fileName(ReportOrder order) {
        return "complaint-ledger-" + order.day(settings.zone()).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    @Override
    public void write(ReportOrder order, Progress progress, OutputStream out) {
        LedgerParams params = LedgerParams.of(order.parameters());
        LedgerFilter filter = params.filter(settings.zone());
        long total = report.count(filter, order.at());
        report.xlsx(filter, params.sort(), params.ascending(), order.locale(), order.at(), rows -> progress.at(rows, total), out);
    }
}
