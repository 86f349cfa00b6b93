package org.vocdesk.report.control;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.it.MigratedSchema;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.report.PdfChecks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger report over the migrated schema (H2): more rows than one fetch (500), so the streaming crosses pages;
 * rows, totals by status and category, page numbering, both languages, PDF/A; and the XLSX workbook.
 */
class LedgerReportTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final int ROWS = 1_030;
    private static SessionFactory sessions;

    @BeforeAll
    static void fill() {
        sessions = MigratedSchema.withComplaints("ledger-report");
        sessions.inTransaction(session -> {
            for (int i = 1; i <= ROWS; i++) {
                session.createNativeMutationQuery("""
                                insert into complaint (number, received_at, recorded_at, recorded_by, channel, feedback_type,
                                  category_id, anonymous, contact_name, customer_words, initial_urgency, status, major, is_repeat,
                                  calendar_code, first_reply_due, response_due, late_from, version)
                                values (?1, ?2, ?2, 'test', 'PHONE', 'COMPLAINT', ?5, false, '王先生', ?6, 'HIGH', ?3, false, false,
                                  'CN', ?4, ?4, ?4, 0)""")
                        .setParameter(1, "CF202611" + String.format("%04d", i))
                        .setParameter(2, NOW.minusSeconds(600L * i))
                        .setParameter(3, (i % 3 == 0 ? ComplaintStatus.INVESTIGATING : ComplaintStatus.CLOSED).name())
                        .setParameter(4, i % 3 == 0 && i % 2 == 0 ? NOW.minusSeconds(60) : NOW.plusSeconds(86400))
                        .setParameter(5, i % 4 == 0 ? 2 : 1)
                        .setParameter(6, "外壳开裂 housing cracked #" + i)
                        .executeUpdate();
            }
        });
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    private static <T> T withReport(Function<LedgerReport, T> call) {
        return sessions.fromTransaction(session -> {
            ComplaintLedger ledger = org.vocdesk.complaint.control.TestLedgers.seeingAll(session);
            LedgerReport report = new LedgerReport();
            report.ledger = ledger;
            report.renderer = ReportRendererTest.RENDERER;
            report.settings = new ReportSettings(Map.of());
            return call.apply(report);
        });
    }

    private static byte[] pdf(LedgerFilter filter, Locale locale, AtomicLong progress) {
        return withReport(report -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            report.pdf(filter, null, false, new ReportRequest(locale, "Auditor", NOW, "—"), progress::set, out);
            return PdfChecks.keep("ledger-" + locale.getLanguage() + ".pdf", out.toByteArray());
        });
    }

    @Test
    void everyRowAndTheTotalsInChinese() {
        AtomicLong progress = new AtomicLong();
        byte[] pdf = pdf(LedgerFilter.none(), Messages.CHINESE, progress);
        String text = PdfChecks.text(pdf);
        assertThat(progress.get()).isEqualTo(ROWS);
        assertThat(text).contains("顾客抱怨台帐", "编号", "内容", "类别", "状态", "处理人", "超期",
                "CF2026110001", "CF2026110500", "CF2026110501", "CF2026111030", "外壳开裂 housing cracked #1030", "产品质量", "交付");
        for (int i = 1; i <= ROWS; i++) {
            assertThat(text).contains("CF202611" + String.format("%04d", i));
        }
        int pages = PdfChecks.pages(pdf);
        String last = PdfChecks.text(pdf, pages);
        long investigating = ROWS / 3;
        long overdue = java.util.stream.IntStream.rangeClosed(1, ROWS).filter(i -> i % 3 == 0 && i % 2 == 0).count();
        assertThat(last).contains("共 " + ROWS + " 条投诉，其中超期 " + overdue + " 条", "按状态合计", "按类别合计",
                "调查处理中 " + investigating, "合计 " + ROWS, "第 " + pages + " 页，共 " + pages + " 页");
        assertThat(last).contains("交付 " + ROWS / 4, "产品质量 " + (ROWS - ROWS / 4));
    }

    @Test
    void aFilterNarrowsAndLabelsAreEnglish() {
        LedgerFilter investigating = new LedgerFilter(null, null, null, 2L, null, null, ComplaintStatus.INVESTIGATING,
                null, null, null, null, null, null);
        byte[] pdf = pdf(investigating, Messages.ENGLISH, new AtomicLong());
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Customer complaint register", "Number", "Content", "Date handled", "Overdue",
                "CF2026110012", "Totals by status", "Total " + ROWS / 12, "Page 1 of").doesNotContain("CF2026110001 ");
        PdfChecks.assertPdfA(pdf);
    }

    @Test
    void xlsxHasEveryRowInTheExportColumns() throws IOException {
        byte[] xlsx = withReport(report -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            report.xlsx(LedgerFilter.none(), "number", true, Messages.CHINESE, NOW, LedgerReport.Progress.NONE, out);
            return out.toByteArray();
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("CF2026110001");
            assertThat(rows.get(ROWS).getCellText(0)).isEqualTo("CF2026111030");
            assertThat(rows.get(3).getCellText(8)).isEqualTo("调查处理中");
        }
    }
}
