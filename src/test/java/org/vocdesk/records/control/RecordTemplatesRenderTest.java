package org.vocdesk.records.control;

import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.report.PdfChecks;
import org.vocdesk.report.control.ReportRenderer;
import org.vocdesk.report.control.ReportRequest;
import org.vocdesk.report.control.ReportSettings;
import org.vocdesk.report.control.ReportTemplates;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The satisfaction analysis template inside the common frame: searchable Chinese and English, page X of Y, PDF/A. */
public class RecordTemplatesRenderTest {

    /** The renderer as the server configures it for the record reports. */
    public static final ReportRenderer RENDERER = new ReportRenderer(new ReportTemplates(), new ReportSettings(Map.of(
            "vocdesk.report.company-name", "上海精密零部件有限公司 Shanghai Precision Parts",
            "vocdesk.report.form.capa-8d-report.number", "QR-QP8.5.2-01", "vocdesk.report.form.capa-8d-report.revision", "A/0",
            "vocdesk.report.form.satisfaction-analysis.number", "QR-QP9.1.2-02", "vocdesk.report.form.satisfaction-analysis.revision", "A/0")));

    public static byte[] render(String template, Locale locale, List<RecordLine> lines, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.pdf(template, new ReportRequest(locale, "审核员 Auditor (audit)", Instant.parse("2026-11-22T02:30:00Z"), "CF2025050001"),
                Map.of(), new JRBeanCollectionDataSource(lines), out);
        return PdfChecks.keep(name, out.toByteArray());
    }

    private static byte[] satisfaction(Locale locale) {
        return render("satisfaction-analysis", locale, SatisfactionRecordContent.of(SatisfactionRecordContentTest.analysis(),
                new RecordFormat(locale, SatisfactionRecordContentTest.SHANGHAI)), "satisfaction-" + locale.getLanguage() + ".pdf");
    }

    @Test
    void chineseAnalysisIsSearchableWithItsFiguresAndPages() {
        byte[] pdf = satisfaction(Messages.CHINESE);
        String text = PdfChecks.text(pdf);

        assertThat(text).contains("客户满意度分析报告", "表单编号 QR-QP9.1.2-02", "一、发放客户满意度调查表统计", "本次调查发出调查表28份",
                "表1 技术支持、技术服务类项目满意度返馈情况", "非常满意", "40.0%", "交付及时性", "84.60", "2025年度满意度调查", "88.30",
                "五、客户建议及不满意综合分析", "六、改进措施及建议", "销售部 / Sun Manager");
        int pages = PdfChecks.pages(pdf);
        assertThat(PdfChecks.text(pdf, pages)).contains("第 " + pages + " 页，共 " + pages + " 页");
    }

    @Test
    void englishAnalysis() {
        String text = PdfChecks.text(satisfaction(Messages.ENGLISH));

        assertThat(text).contains("Customer satisfaction analysis report", "1. Surveys issued and returned", "Table 2: Engineering projects",
                "Product quality", "93.20", "Return target", "reached", "6. Improvement measures and suggestions", "Page 1 of");
    }

    @Test
    void analysisIsPdfA() {
        PdfChecks.assertPdfA(satisfaction(Messages.CHINESE));
    }
}
