package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.records.control.CapaRecordContent;
import org.vocdesk.records.control.RecordFormat;
import org.vocdesk.records.control.RecordTemplatesRenderTest;
import org.vocdesk.report.PdfChecks;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The 8D / CAPA record report as a PDF: every section, the signatures, Chinese and English, page X of Y, PDF/A. */
class CapaRecordPdfTest {

    private static byte[] pdf(Locale locale) {
        CapaRecordContentTest.Filled filled = CapaRecordContentTest.filled();
        return RecordTemplatesRenderTest.render("capa-8d-report", locale, CapaRecordContent.of(filled.report(), filled.signatures(),
                new RecordFormat(locale, CapaRecordContentTest.SHANGHAI)), "capa-8d-" + locale.getLanguage() + ".pdf");
    }

    @Test
    void chineseReportHasEverySectionActionAndSigner() {
        byte[] pdf = pdf(Messages.CHINESE);
        String text = PdfChecks.text(pdf);

        assertThat(text).contains("纠正预防措施报告（8D报告）", "表单编号 QR-QP8.5.2-01", "版本 A/0", "投诉编号", "CF2025050001",
                "D1 成立小组", "王工", "D2 问题描述", "外壳开裂", "D3 临时围堵措施", "客户仓", "D4 根本原因分析", "为什么1", "壁厚不足",
                "根本原因", "保养周期过长", "鱼骨图", "模具测量报告 M-17", "D5 永久纠正措施", "模具保养周期改为每5000模次", "D6 实施与验证",
                "连续三批无不良", "D7 预防再发生", "PFMEA-H200", "D8 小组表彰", "有效性验证", "三个月内无同类投诉",
                "签名", "孙经理 (sun)", "已批准", "Zhao Quality (zhao)", "已审核", "2025-05-10 10:00");
        int pages = PdfChecks.pages(pdf);
        assertThat(PdfChecks.text(pdf, 1)).contains("第 1 页，共 " + pages + " 页");
    }

    @Test
    void englishReport() {
        String text = PdfChecks.text(pdf(Messages.ENGLISH));

        assertThat(text).contains("Corrective and preventive action (8D) report", "Form no. QR-QP8.5.2-01", "The case",
                "Why 1", "Root cause", "Fishbone diagram (5M1E)", "Effectiveness verification", "Signatures", "Signer", "Meaning",
                "Approved".equals(Messages.get(Locale.ENGLISH, "signature.meaning.APPROVED")) ? "Approved" : "", "Page 1 of");
    }

    @Test
    void reportIsPdfA() {
        PdfChecks.assertPdfA(pdf(Messages.CHINESE));
    }
}
