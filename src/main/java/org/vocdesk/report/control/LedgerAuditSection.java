package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The audit pack's complaint ledger: every complaint received in the period, as the PDF register and as the XLSX
 * workbook ({@code ledger/}).
 */
@ApplicationScoped
public class LedgerAuditSection implements AuditPackSection {

    @Inject
    LedgerPdfKind pdf;

    @Inject
    LedgerXlsxKind xlsx;

    @Inject
    AuditPackContext context;

    @Override
    public void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException {
        ReportOrder pack = context.order();
        ReportOrder order = new ReportOrder(Map.of("receivedFrom", from.toString(), "receivedTo", to.toString(),
                "sort", "number", "order", "asc"), locale, pack.requestedBy(), pack.at());
        String name = "ledger/complaint-ledger-" + from + "-" + to;
        files.add(name + ".pdf", out -> pdf.write(order, ReportKind.Progress.NONE, out));
        files.add(name + ".xlsx", out -> xlsx.write(order, ReportKind.Progress.NONE, out));
    }
}
