package org.vocdesk.report;

import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.complaint.LedgerFixture.number;

/**
 * The reports over REST on the shared test server: the ledger and monthly PDFs (text, totals, labels in both
 * languages, PDF/A), who may have them, wrong parameters, background jobs with their files, and the audit pack.
 */
class ReportsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static LedgerFixture data;
    private static TestUsers.TestUser auditor;
    private static TestUsers.TestUser handler;

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
        auditor = TestUsers.user("AUDITOR");
        handler = TestUsers.user(TestUsers.department("生产部 " + TestUsers.unique("p")).id(), "HANDLER");
    }

    record Download(int status, String contentType, String disposition, String sha256, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Download get(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).timeout(Duration.ofSeconds(300))
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.headers().firstValue("X-Content-SHA256").orElse(null), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String ledger(String lang) {
        return "/api/reports/complaint-ledger?categoryId=" + data.categoryId + "&sort=number&order=asc&lang=" + lang;
    }

    @Test
    void theLedgerPdfInChineseHasEveryRowTheTotalsAndTheFrame() {
        Download pdf = get(auditor.token(), ledger("zh"));
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("complaint-ledger-", ".pdf");
        String text = PdfChecks.text(PdfChecks.keep("it-ledger-zh.pdf", pdf.body()));
        assertThat(text).contains("顾客抱怨台帐", "表单编号 QR-QP8.2.1-03", "版本 A/0", "筛选条件：类别 台帐测试 ",
                "生成人 Test " + auditor.username(), "编号", "内容", "超期", "共 4 条投诉，其中超期 2 条", "按状态合计", "按类别合计",
                "合计 4", "第 1 页，共 1 页", "外壳开裂");
        data.all().forEach(n -> assertThat(text).contains(n));
        PdfChecks.assertPdfA(pdf.body());
    }

    @Test
    void theLedgerPdfInEnglishAndNarrowedByTheLedgersFilters() {
        // a quality manager: the handler of this test's other department sees none of these complaints
        Download pdf = get(TestUsers.user("QUALITY_MANAGER").token(), ledger("en") + "&status=TRIAGED");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        String text = PdfChecks.text(pdf.body());
        assertThat(text).contains("Customer complaint register", "Filters: Category Ledger test ", "Status Triaged",
                number(data.triaged), "1 complaints, 0 of them overdue", "Total 1", "Page 1 of 1")
                .doesNotContain(number(data.old), number(data.fresh));
    }

    @Test
    void theMonthlyAnalysisPdfShowsTheKpisOfTheMonth() {
        YearMonth month = YearMonth.now(ZONE);
        Download pdf = get(auditor.token(), "/api/reports/monthly-analysis?month=" + month + "&lang=zh");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        String text = PdfChecks.text(PdfChecks.keep("it-monthly-zh.pdf", pdf.body()));
        assertThat(text).contains("客户反馈分析月报", "表单编号 QR-QP9.1.3-01", "筛选条件：月份 " + month, "关键绩效指标",
                "及时回复率", "沟通率", "结案反馈率", "平均处理时间", "按类别与紧急程度统计", "近十二个月趋势", month.toString(),
                "台帐测试 ");
        PdfChecks.assertPdfA(pdf.body());
        assertThat(PdfChecks.text(get(auditor.token(), "/api/reports/monthly-analysis?month=" + month + "&lang=en").body()))
                .contains("Monthly feedback analysis", "On-time reply rate", "Complaints by category and urgency");
    }

    @Test
    void onlyThoseWhoSeeTheDataGetTheReport() {
        assertThat(get(null, ledger("zh")).status()).isEqualTo(401);
        TestUsers.TestUser admin = TestUsers.user("ADMINISTRATOR");
        Download refused = get(admin.token(), ledger("en"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You may not have this report");
        assertThat(get(data.clerk.token(), ledger("zh")).status()).isEqualTo(200);
        assertThat(get(data.clerk.token(), "/api/reports/monthly-analysis").status()).as("a clerk does not see the KPIs").isEqualTo(403);
        assertThat(get(handler.token(), "/api/reports/monthly-analysis").status()).isEqualTo(403);
        assertThat(data.clerk.api().post("/api/reports/audit-pack/jobs?from=2026-01-01&to=2026-01-31", null).status()).isEqualTo(403);
        assertThat(handler.api().post("/api/reports/audit-pack/jobs?from=2026-01-01&to=2026-01-31", null).status()).isEqualTo(403);
    }

    @Test
    void wrongParametersAreAClear400() {
        Api.Reply badDay = auditor.api().get("/api/reports/complaint-ledger?receivedFrom=2026-13-45");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.detail()).contains("receivedFrom", "2026-13-45");
        Api.Reply badLang = auditor.api().get(ledger("fr"));
        assertThat(badLang.status()).isEqualTo(400);
        assertThat(badLang.detail()).contains("lang", "fr", "zh or en");
        assertThat(auditor.api().language("zh-CN").get(ledger("klingon")).detail()).contains("参数 lang 的值无效");
        Api.Reply badMonth = auditor.api().get("/api/reports/monthly-analysis?month=2026-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.detail()).contains("month", "yyyy-MM");
        Api.Reply noFrom = auditor.api().post("/api/reports/audit-pack/jobs?to=2026-01-31", null);
        assertThat(noFrom.status()).isEqualTo(400);
        assertThat(noFrom.detail()).contains("from");
        assertThat(auditor.api().post("/api/reports/audit-pack/jobs?from=2026-02-01&to=2026-01-31", null).detail()).contains("before its start");
        assertThat(auditor.api().get("/api/reports/audit-pack?from=2026-01-01&to=2026-01-31").status()).as("background only").isEqualTo(409);
        assertThat(auditor.api().get("/api/reports/no-such-report").status()).isEqualTo(404);
        assertThat(auditor.api().get("/api/reports/jobs/not-a-number").status()).isEqualTo(404);
    }

    @Test
    void aBackgroundJobRunsAndOnlyItsOwnerDownloadsTheFile() throws IOException {
        Api.Reply started = auditor.api().post("/api/reports/complaint-ledger-xlsx/jobs?categoryId=" + data.categoryId + "&sort=number&order=asc&lang=zh", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject done = await(auditor, started.json().getJsonNumber("id").longValue());
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        assertThat(done.getInt("progress")).isEqualTo(100);
        Download file = get(auditor.token(), done.getString("file"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(sha256(file.body())).isEqualTo(done.getString("sha256")).isEqualTo(file.sha256());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0)).toList()).containsExactlyInAnyOrderElementsOf(data.all());
        }
        assertThat(auditor.api().get("/api/reports/jobs").jsonArray().stream().map(v -> v.asJsonObject().getInt("id")))
                .contains(done.getInt("id"));
        assertThat(handler.api().get("/api/reports/jobs/" + done.getInt("id")).status()).isEqualTo(404);
        assertThat(get(handler.token(), done.getString("file")).status()).isEqualTo(404);
        assertThat(handler.api().get("/api/reports/jobs").jsonArray()).isEmpty();
    }

    @Test
    void theAuditPackHoldsTheLedgerAndTheMonthlyAnalysesWithTheirHashes() throws IOException {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = today.minusDays(35);
        TestUsers.TestUser quality = data.quality;
        Api.Reply started = quality.api().post("/api/reports/audit-pack/jobs?from=" + from + "&to=" + today + "&lang=zh", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject done = await(quality, started.json().getJsonNumber("id").longValue());
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        Download zip = get(quality.token(), done.getString("file"));
        assertThat(zip.contentType()).startsWith("application/zip");
        Map<String, byte[]> files = unzip(zip.body());
        String ledgerName = "ledger/complaint-ledger-" + from + "-" + today;
        assertThat(files).containsKeys("README.txt", AUDIT_MANIFEST, ledgerName + ".pdf", ledgerName + ".xlsx",
                "monthly/monthly-analysis-" + YearMonth.from(today) + ".pdf", "monthly/monthly-analysis-" + YearMonth.from(from) + ".pdf");
        String manifest = new String(files.get(AUDIT_MANIFEST), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals(AUDIT_MANIFEST)) {
                assertThat(manifest).contains(sha256(file.getValue()) + "  " + file.getKey());
            }
        }
        assertThat(manifest.lines()).hasSize(files.size() - 1);
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("审核资料包", from.toString(), "sha256sum -c SHA256SUMS");
        String ledgerText = PdfChecks.text(files.get(ledgerName + ".pdf"));
        assertThat(ledgerText).contains("顾客抱怨台帐", number(data.old), number(data.fresh)).doesNotContain(number(data.ancient));
        PdfChecks.assertPdfA(files.get(ledgerName + ".pdf"));
        assertThat(PdfChecks.text(files.get("monthly/monthly-analysis-" + YearMonth.from(today) + ".pdf"))).contains("客户反馈分析月报");
    }

    private static final String AUDIT_MANIFEST = "SHA256SUMS";

    private static JsonObject await(TestUsers.TestUser user, long id) {
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            Api.Reply reply = user.api().get("/api/reports/jobs/" + id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject job = reply.json();
            if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED") || System.currentTimeMillis() > deadline) {
                return job;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
