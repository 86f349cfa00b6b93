package org.vocdesk.capa;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;
import org.vocdesk.report.PdfChecks;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.capa.CapaIT.change;
import static org.vocdesk.capa.CapaIT.complete;
import static org.vocdesk.capa.CapaIT.path;
import static org.vocdesk.capa.CapaIT.signOff;

/** The 8D / CAPA record report over REST: its content with the signatures, PDF/A, and who may download it. */
class CapaRecordReportIT {

    static CapaFixture f;
    static long id;

    /** An 8D report through D4 with a 5-Why chain, a verified cause and the analysis signed and reviewed. */
    @BeforeAll
    static void analysedAndSigned() {
        f = new CapaFixture();
        CapaIT.f = f;
        id = f.complaintUnderInvestigation();
        JsonObject r = CapaIT.fillUpToD3(id, CapaIT.open(id));
        r = change(f.handler, "POST", id, "/why-chains", r, Api.object().add("kind", "OCCURRENCE").add("problem", "外壳开裂")
                .add("whys", Api.strings("壁厚不足", "模具磨损", "保养周期过长")));
        r = change(f.handler, "POST", id, "/why-chains", r, Api.object().add("kind", "ESCAPE").add("problem", "未检出")
                .add("whys", Api.strings("抽检未测壁厚")));
        r = change(f.handler, "POST", id, "/causes", r, Api.object().add("category", "MACHINE").add("description", "模具磨损"));
        long cause = r.getJsonArray("causes").getJsonObject(0).getJsonNumber("id").longValue();
        r = change(f.handler, "POST", id, "/causes/" + cause + "/verdict", r, Api.object().add("status", "VERIFIED").add("evidence", "模具测量报告 M-17"));
        r = complete(f.handler, id, r, "D4");
        r = signOff(f.manager, id, r, "ANALYSIS", "DEPARTMENT_SIGN", true, null);
        signOff(f.quality, id, r, "ANALYSIS", "QUALITY_REVIEW", true, null);
    }

    @Test
    void theAuditorDownloadsTheReportInChineseWithItsSectionsAndSigners() {
        TestUser auditor = TestUsers.user("AUDITOR");
        HttpResponse<byte[]> pdf = auditor.api().download(path(id) + "/report?lang=zh");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("8D-CF", "-zh.pdf"));
        byte[] bytes = PdfChecks.keep("it-capa-zh.pdf", pdf.body());
        String text = PdfChecks.text(bytes);
        String number = f.quality.api().get("/api/complaints/" + id).json().getString("number");
        assertThat(text).contains("纠正预防措施报告（8D报告）", number, "D1 成立小组", "王工", "D2 问题描述", "D3 临时围堵措施", "成品仓",
                "D4 根本原因分析", "为什么3", "保养周期过长", "鱼骨图", "模具测量报告 M-17", "签名",
                "已批准", "已审核", "原因分析 (D4)，第1版", "生成人");
        // a long user name wraps in the signer's cell: the user name in brackets is whole once the hyphen's line break goes
        assertThat(text.replace("-\n", "-")).contains("(" + f.manager.username() + ")", "(" + f.quality.username() + ")");
        int pages = PdfChecks.pages(bytes);
        assertThat(PdfChecks.text(bytes, pages)).contains("第 " + pages + " 页，共 " + pages + " 页");
        PdfChecks.assertPdfA(bytes);
    }

    @Test
    void englishByAcceptLanguage() {
        HttpResponse<byte[]> pdf = f.handler.api().language("en").download(path(id) + "/report");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfChecks.text(pdf.body())).contains("Corrective and preventive action (8D) report", "Root cause", "Signatures",
                "Approved", "Page 1 of");
    }

    @Test
    void theAuditPackOfTodayHoldsThisReport() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply started = f.quality.api().post("/api/reports/audit-pack/jobs?from=" + today + "&to=" + today + "&lang=zh", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = "/api/reports/jobs/" + started.json().getJsonNumber("id").longValue();
        JsonObject done = f.quality.api().get(job).json();
        for (long until = System.currentTimeMillis() + 300_000; done.getString("status").matches("QUEUED|RUNNING")
                && System.currentTimeMillis() < until; done = f.quality.api().get(job).json()) {
            Thread.sleep(500);
        }
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        String number = f.quality.api().get("/api/complaints/" + id).json().getString("number");
        byte[] pdf = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(f.quality.api().download(done.getString("file")).body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("capa/8D-" + number + "-zh.pdf")) {
                    pdf = zip.readAllBytes();
                }
            }
        }
        assertThat(pdf).as("capa/8D-" + number + "-zh.pdf in the pack").isNotNull();
        assertThat(PdfChecks.text(pdf)).contains("纠正预防措施报告（8D报告）", number);
    }

    @Test
    void onlyThoseWhoMayReadThe8DGetIt() {
        assertThat(Api.anonymous().download(path(id) + "/report").statusCode()).isEqualTo(401);
        assertThat(Api.admin().download(path(id) + "/report").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> none = f.quality.api().download("/api/complaints/999999999/capa/report");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Exception", "at org.");
    }
}
