package org.vocdesk.records.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.boundary.CampaignView;
import org.vocdesk.survey.boundary.ImprovementView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The satisfaction analysis report's content from a campaign analysis: statistics, tables, charts, analysis, measures. */
class SatisfactionRecordContentTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026 annual survey: 40 customers, 28 issued, 24 returned; two project types; one earlier campaign. */
    static Analysis analysis() {
        CampaignView campaign = new CampaignView(9, "2026年度满意度调查", "ANNUAL", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Instant.parse("2026-12-31T00:00:00Z"), 3, 80, "CLOSED", "SERVICE", 1, null, 28, 40, 70.0, 28, 24, 85.7, true, 3);
        var service = new Analysis.TypeFigures("SERVICE", "技术支持、技术服务类项目", "Technical support and service", 15, new BigDecimal("91.40"),
                List.of(new Analysis.BandCount("VERY_SATISFIED", 6), new Analysis.BandCount("SATISFIED", 5),
                        new Analysis.BandCount("BASICALLY_SATISFIED", 3), new Analysis.BandCount("NOT_SATISFIED", 1)),
                List.of(new Analysis.QuestionAverage(1, "产品质量", "Product quality", 15, new BigDecimal("93.20")),
                        new Analysis.QuestionAverage(2, "交付及时性", "On-time delivery", 15, new BigDecimal("84.60"))));
        var engineering = new Analysis.TypeFigures("ENGINEERING", "工程类项目", "Engineering projects", 9, new BigDecimal("95.10"),
                List.of(new Analysis.BandCount("VERY_SATISFIED", 6), new Analysis.BandCount("SATISFIED", 3),
                        new Analysis.BandCount("BASICALLY_SATISFIED", 0), new Analysis.BandCount("NOT_SATISFIED", 0)),
                List.of(new Analysis.QuestionAverage(1, "工程质量", "Quality of work", 9, new BigDecimal("95.10"))));
        return new Analysis(campaign, 28, 24, 24, 40, 70.0, 85.7, 60.0, List.of(service, engineering),
                List.of(new Analysis.CampaignAverage(5, "2025年度满意度调查", 20, new BigDecimal("88.30")),
                        new Analysis.CampaignAverage(9, "2026年度满意度调查", 24, new BigDecimal("92.70"))),
                List.of(new Analysis.Reason("一汽测试 FAW test", new BigDecimal("72.00"), "NOT_SATISFIED", "交货经常延迟",
                                "交付及时性 / On-time delivery; 服务态度 / Service attitude"),
                        new Analysis.Reason("东风测试", new BigDecimal("86.00"), "BASICALLY_SATISFIED", null, "交付及时性 / On-time delivery")),
                List.of(new ImprovementView(3, 77, 9, 12, "一汽测试 FAW test", 2L, "销售部", 5L, "Sun Manager",
                        "得分 72.00（不满意）\nScore 72.00 (not satisfied)", Instant.parse("2026-07-01T00:00:00Z"),
                        Instant.parse("2026-06-20T02:00:00Z"), Instant.parse("2026-06-15T00:00:00Z"), null, false,
                        "2026年度满意度调查", null, null)),
                new Analysis.ImprovementCounts(1, 1));
    }

    @Test
    void statisticsTablesAnalysisAndMeasuresInChinese() {
        List<String> text = texts(SatisfactionRecordContent.of(analysis(), new RecordFormat(Locale.CHINA, SHANGHAI)));

        assertThat(text).contains("H: 一、发放客户满意度调查表统计",
                        "TEXT: 本次调查发出调查表28份（占客户总数的70.0%），收回24份（占发出调查表的85.7%，占客户总数的60.0%），调查数据有效24份。",
                        "H2: 表1 技术支持、技术服务类项目满意度返馈情况", "H2: 表2 工程类项目满意度返馈情况",
                        "TR/bands: 非常满意 | 6 | 40.0%", "TR/bands: 不满意 | 1 | 6.7%", "KV: 平均得分 | 91.40",
                        "TR/question: 2 | 交付及时性 | 15 | 84.60", "TR/history: 2025年度满意度调查 | 20 | 88.30",
                        "TR/history: 2026年度满意度调查 ◀ | 24 | 92.70",
                        "TR/reason: 一汽测试 FAW test | 72.00 | 不满意 | 交付及时性; 服务态度 | 交货经常延迟",
                        "H: 五、客户建议及不满意综合分析", "TR/items: 交付及时性 | 2", "TR/items: 服务态度 | 1", "H: 六、改进措施及建议")
                .anyMatch(l -> l.startsWith("TR/improve: 一汽测试 FAW test | 得分 72.00（不满意） | 销售部 / Sun Manager") && l.endsWith("| 未完成"))
                .anyMatch(l -> l.startsWith("TEXT: 收回的24份中，基本满意3份，不满意1份：16.7%"));
    }

    @Test
    void englishLabelsAndThreeCharts() {
        List<RecordLine> lines = SatisfactionRecordContent.of(analysis(), new RecordFormat(Locale.ENGLISH, SHANGHAI));

        assertThat(texts(lines)).contains("H: 1. Surveys issued and returned", "KV: Issued | 28 (70.0%)", "KV: Return target | 80% — reached",
                "H2: Table 1: Technical support and service", "TR/question: 1 | Product quality | 15 | 93.20",
                "TR/items: On-time delivery | 2", "H: 6. Improvement measures and suggestions");
        // per-question chart for each project type, the band distribution and the trend
        assertThat(lines).filteredOn(l -> RecordLine.IMAGE.equals(l.getKind())).hasSize(4)
                .allSatisfy(l -> assertThat(l.getImage().getColorModel().hasAlpha()).isFalse());
    }

    @Test
    void aCampaignWithoutAnswersStillReads() {
        Analysis a = analysis();
        Analysis empty = new Analysis(a.campaign(), 28, 0, 0, 40, 70.0, 0, 0, List.of(), List.of(), List.of(), List.of(),
                new Analysis.ImprovementCounts(0, 0));
        List<String> text = texts(SatisfactionRecordContent.of(empty, new RecordFormat(Locale.ENGLISH, SHANGHAI)));

        assertThat(text).contains("TEXT: No customer gave a suggestion or scored under satisfied.", "TEXT: No item was rated not satisfied.",
                "TEXT: No improvement action was needed.", "KV: Return target | 80% — not reached");
    }

    static List<String> texts(List<RecordLine> lines) {
        return lines.stream().map(RecordLine::toString).toList();
    }
}
