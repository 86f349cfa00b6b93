package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.LedgerColumns;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.XlsxLedgerSink;
import org.vocdesk.platform.control.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The customer complaint ledger (顾客抱怨台帐) of a filter as a PDF (reports/complaint-ledger.jrxml: one row per
 * complaint, totals by status and category) or an XLSX workbook (the ledger export's columns). Rows come from the
 * ledger's own query, a page of 500 at a time, outside any transaction (a long report must not hit the transaction
 * timeout); "overdue" is judged at the report's time.
 */
@ApplicationScoped
public class LedgerReport {

    public static final String TEMPLATE = "complaint-ledger";
    private static final int PAGE = 500;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    ComplaintLedger ledger;

    @Inject
    ReportRenderer renderer;

    @Inject
    ReportSettings settings;

    /** How many rows the filter matches now (for a job's progress). */
    public long count(LedgerFilter filter, Instant now) {
        return ledger.count(filter, now);
    }

    public void pdf(LedgerFilter filter, String sort, boolean ascending, ReportRequest request, Progress progress, OutputStream out) {
        Locale locale = Messages.supported(request.locale());
        Instant now = request.generatedAt();
        LedgerTally tally = new LedgerTally(locale, now);
        StreamingDataSource<LedgerRow> rows = new StreamingDataSource<>(
                (first, max) -> ledger.page(filter, now, first, max, sort, ascending), PAGE, fields(locale, settings.zone(), now),
                row -> {
                    tally.accept(row);
                    progress.rows(tally.total());
                });
        renderer.pdf(TEMPLATE, request, Map.of("TALLY", tally), rows, out);
    }

    public void xlsx(LedgerFilter filter, String sort, boolean ascending, Locale language, Instant now, Progress progress, OutputStream out) {
        Locale locale = Messages.supported(language);
        LedgerColumns.Context context = new LedgerColumns.Context(locale, settings.zone(), now);
        try (XlsxLedgerSink sink = new XlsxLedgerSink(out, Messages.get(locale, "complaint.export.sheet"))) {
            sink.header(LedgerColumns.headers(locale));
            long done = 0;
            for (int first = 0; ; first += PAGE) {
                var page = ledger.page(filter, now, first, PAGE, sort, ascending);
                for (LedgerRow row : page) {
                    sink.row(LedgerColumns.values(row, context));
                }
                done += page.size();
                progress.rows(done);
                if (page.size() < PAGE) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's fields, texts in the reader's language, times in the company's zone. */
    static Map<String, Function<LedgerRow, Object>> fields(Locale locale, ZoneId zone, Instant now) {
        Map<String, Function<LedgerRow, Object>> fields = new LinkedHashMap<>();
        fields.put("number", LedgerRow::number);
        fields.put("receivedAt", r -> DATE_TIME.format(r.receivedAt().atZone(zone)));
        fields.put("customer", r -> r.anonymous() ? Messages.get(locale, "complaint.detail.anonymous") : r.customerDisplay());
        fields.put("channel", r -> Messages.get(locale, "complaint.channel." + r.channel()));
        fields.put("content", LedgerRow::summary);
        fields.put("category", r -> r.category(locale));
        fields.put("level", r -> r.effectivePriority() == null ? "" : Messages.get(locale, "complaint.urgency." + r.effectivePriority()));
        fields.put("status", r -> Messages.get(locale, "complaint.status." + r.status()));
        fields.put("handler", r -> r.handlerName() == null ? r.departmentName() : r.handlerName());
        fields.put("handledAt", r -> r.closedAt() == null ? "" : DATE.format(r.closedAt().atZone(zone)));
        fields.put("overdue", r -> r.isOverdue(now) ? Messages.get(locale, "platform.common.yes") : "");
        return fields;
    }

    /** Told how many rows went into the report so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = rows -> { };

        void rows(long done);
    }
}
