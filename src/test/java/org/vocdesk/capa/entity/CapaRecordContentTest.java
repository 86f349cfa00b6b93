package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.records.control.CapaRecordContent;
import org.vocdesk.records.control.RecordFormat;
import org.vocdesk.records.control.RecordLine;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.entity.SignatureMeaning;
import org.vocdesk.signature.entity.SignatureStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The 8D / CAPA record report's content, built from a report filled through D8 (lives here for the fixtures). */
class CapaRecordContentTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The fixture's 8D report complete through D8, with an effective CAPA and its two sign-offs signed. */
    static Filled filled() {
        CapaFixtures f = new CapaFixtures();
        f.completeUpTo(Discipline.D8);
        f.report.verifyEffectiveness(true, "三个月内无同类投诉", f.quality, f.later());
        List<SignatureCheck> signatures = List.of(
                new SignatureCheck(1, "CAPA_ANALYSIS", 7, 1, "sun", "孙经理", Role.DEPARTMENT_MANAGER, SignatureMeaning.APPROVED, null,
                        Instant.parse("2025-05-10T02:00:00Z"), "ab".repeat(32), SignatureStatus.VALID),
                new SignatureCheck(2, "CAPA_ANALYSIS", 7, 1, "zhao", "Zhao Quality", Role.QUALITY_MANAGER, SignatureMeaning.REVIEWED, null,
                        Instant.parse("2025-05-10T03:00:00Z"), "ab".repeat(32), SignatureStatus.VALID));
        return new Filled(f.report, signatures);
    }

    record Filled(EightDReport report, List<SignatureCheck> signatures) {
    }

    @Test
    void everySectionInEnglish() {
        Filled filled = filled();
        List<String> text = texts(CapaRecordContent.of(filled.report(), filled.signatures(), new RecordFormat(Locale.ENGLISH, SHANGHAI)));

        assertThat(text).anyMatch(l -> l.startsWith("H: The case"))
                .anyMatch(l -> l.equals("KV: Complaint number | CF2025050001"))
                .anyMatch(l -> l.startsWith("H: D1 ")).anyMatch(l -> l.startsWith("H: D2 ")).anyMatch(l -> l.startsWith("H: D3 "))
                .anyMatch(l -> l.startsWith("H: D4 ")).anyMatch(l -> l.startsWith("H: D5 ")).anyMatch(l -> l.startsWith("H: D6 "))
                .anyMatch(l -> l.startsWith("H: D7 ")).anyMatch(l -> l.startsWith("H: D8 "))
                .contains("TR/team: 王工 | 质量工程师 | yes", "KV: What (problem) | 外壳开裂", "TR/stock: 客户仓 | 200 | 200 | 5")
                .contains("KV: Why 1 | 壁厚不足", "KV: Why 3 | 保养周期过长", "KV: Root cause | 保养周期过长",
                        "KV: Why 2 | 控制计划缺少该特性", "H2: 5-Why analysis: Escape cause".replace("Escape cause", escapeLabel()))
                .contains("TR/docs: FMEA | PFMEA-H200 | C", "TEXT: 表彰8D小组", "TEXT: 连续三批无不良")
                .anyMatch(l -> l.startsWith("TR/cause: ") && l.contains("模具磨损") && l.contains("模具测量报告 M-17"))
                .anyMatch(l -> l.startsWith("TR/action: ") && l.contains("模具保养周期改为每5000模次") && l.contains("已完成"))
                .anyMatch(l -> l.startsWith("TR/evidence: ") && l.contains("record.pdf") && l.contains("ab".repeat(32)))
                .anyMatch(l -> l.startsWith("TR/verify: 1 | yes | 三个月内无同类投诉 | zhao"))
                .contains("TR/sign: 孙经理 (sun) | Department manager | Approved | Root-cause analysis (D4), revision 1 | 2025-05-10 10:00 | Valid"
                        .replace("Department manager", role(Role.DEPARTMENT_MANAGER, Locale.ENGLISH))
                        .replace("Approved", meaning(SignatureMeaning.APPROVED, Locale.ENGLISH))
                        .replace("Valid", org.vocdesk.platform.control.Messages.get(Locale.ENGLISH, "signature.status.VALID")));
        assertThat(CapaRecordContent.of(filled.report(), filled.signatures(), new RecordFormat(Locale.ENGLISH, SHANGHAI)))
                .filteredOn(l -> RecordLine.IMAGE.equals(l.getKind())).singleElement()
                .satisfies(l -> assertThat(l.getImage().getColorModel().hasAlpha()).as("PDF/A: no transparency").isFalse());
    }

    @Test
    void chineseLabels() {
        Filled filled = filled();
        List<String> text = texts(CapaRecordContent.of(filled.report(), filled.signatures(), new RecordFormat(Locale.CHINA, SHANGHAI)));

        assertThat(text).contains("H: 投诉概况", "KV: 投诉编号 | CF2025050001", "H: D1 成立小组", "H: D8 小组表彰", "KV: 根本原因 | 保养周期过长")
                .contains("H: 签名", "H: 纠正预防措施记录与有效性验证")
                .anyMatch(l -> l.startsWith("TR/sign: Zhao Quality (zhao) | 品管部经理 | 已审核 | 原因分析 (D4)，第1版"));
    }

    @Test
    void unsignedReportSaysSo() {
        CapaFixtures f = new CapaFixtures();
        List<String> text = texts(CapaRecordContent.of(f.report, List.of(), new RecordFormat(Locale.ENGLISH, SHANGHAI)));

        assertThat(text).contains("TEXT: Not signed yet.", "KV: What (problem) | —")
                .anyMatch(l -> l.startsWith("TR/step: D1 | ") && l.endsWith("| open"));
    }

    private static String escapeLabel() {
        return org.vocdesk.platform.control.Messages.get(Locale.ENGLISH, "capa.chain.ESCAPE");
    }

    private static String role(Role role, Locale locale) {
        return org.vocdesk.platform.control.Messages.get(locale, "identity.role." + role.name());
    }

    private static String meaning(SignatureMeaning meaning, Locale locale) {
        return org.vocdesk.platform.control.Messages.get(locale, "signature.meaning." + meaning.name());
    }

    static List<String> texts(List<RecordLine> lines) {
        return lines.stream().map(RecordLine::toString).toList();
    }
}
