package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.complaint.boundary.LedgerParams;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.platform.entity.BusinessException;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The complaint ledger as PDF ({@code complaint-ledger}): the ledger's own filter parameters (receivedFrom, status,
 * categoryId, ... as on the ledger page and /api/complaints), for everyone who may see the ledger.
 */
@ApplicationScoped
public class LedgerPdfKind implements ReportKind {

    static final Set<String> LEDGER_ROLES = Set.of(CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR);

    @Inject
    LedgerReport report;

    @Inject
    ComplaintLedger ledger;

    @Inject
    LedgerFilterText filterText;

    @Inject
    ReportSettings settings;

    @Inject
    java.time.Clock clock;

    /** A direct download waits for the whole PDF: above this many rows it must run in the background. */
    @Inject
    @ConfigProperty(name = "vocdesk.report.direct-rows", defaultValue = "5000")
    int directRows;

    @Override
    public String name() {
        return "complaint-ledger";
    }

    @Override
    public Set<String> roles() {
        return LEDGER_ROLES;
    }

    @Override
    public Map<String, String> check(Map<String, String> parameters) {
        LedgerParams params = LedgerParams.of(parameters);
        params.filter(settings.zone());
        return params.values();
    }

    @Override
    public void checkDirect(Map<String, String> parameters) {
        LedgerFilter filter = LedgerParams.of(parameters).filter(settings.zone());
        if (!ledger.total(filter, clock.instant(), directRows).exact()) {
            throw BusinessException.conflict("report.ledger.tooBigForDirect", directRows);
        }
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileName(ReportOrder order) {
        return "complaint-ledger-" + order.day(settings.zone()).format(DateTimeFormatter.BASIC_ISO_DATE) + ".pdf";
    }

    @Override
    public void write(ReportOrder order, Progress progress, OutputStream out) {
        LedgerParams params = LedgerParams.of(order.parameters());
        LedgerFilter filter = params.filter(settings.zone());
        long total = report.count(filter, order.at());
        report.pdf(filter, params.sort(), params.ascending(), order.request(filterText.of(params.values(), order.locale())),
                rows -> progress.at(rows, total), out);
    }
}
