package org.vocdesk.report.control;

import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.platform.control.Messages;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ledger's totals, counted from the rows as they stream into the report, so the totals printed at the end are
 * exactly those of the rows printed above them (a separate count could differ if complaints arrive meanwhile).
 */
public class LedgerTally implements Consumer<LedgerRow> {

    private final Locale locale;
    private final Map<ComplaintStatus, Long> byStatus = new EnumMap<>(ComplaintStatus.class);
    private final Map<String, Long> byCategory = new LinkedHashMap<>();
    private long total;
    private long overdue;
    private final java.time.Instant now;

    public LedgerTally(Locale locale, java.time.Instant now) {
        this.locale = locale;
        this.now = now;
    }

    @Override
    public void accept(LedgerRow row) {
        total++;
        byStatus.merge(row.status(), 1L, Long::sum);
        byCategory.merge(row.category(locale), 1L, Long::sum);
        if (row.isOverdue(now)) {
            overdue++;
        }
    }

    public long total() {
        return total;
    }

    public long overdue() {
        return overdue;
    }

    public Map<ComplaintStatus, Long> byStatus() {
        return byStatus;
    }

    public Map<String, Long> byCategory() {
        return byCategory;
    }

    /** Totals by status (in the order of the lifecycle), then the grand total. */
    public ReportTable statusTable() {
        ReportTable table = new ReportTable(label("report.ledger.byStatus"), label("complaint.field.status"), label("report.ledger.count"));
        byStatus.forEach((status, count) -> table.row(label("complaint.status." + status), count));
        return table.row(label("report.ledger.total"), total);
    }

    /** Totals by category (by count, largest first), then the grand total. */
    public ReportTable categoryTable() {
        ReportTable table = new ReportTable(label("report.ledger.byCategory"), label("complaint.field.category"), label("report.ledger.count"));
        byCategory.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> table.row(e.getKey(), e.getValue()));
        return table.row(label("report.ledger.total"), total);
    }

    private String label(String key) {
        return Messages.get(locale, key);
    }
}
