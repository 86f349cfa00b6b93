package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.vocdesk.kpi.control.KpiReports;
import org.vocdesk.kpi.control.MonthlyAnalyses;
import org.vocdesk.kpi.entity.Kpi;
import org.vocdesk.kpi.entity.KpiFigure;
import org.vocdesk.kpi.entity.KpiReport;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MatrixRow;
import org.vocdesk.kpi.entity.MonthFigures;
import org.vocdesk.kpi.entity.MonthlyAnalysis;
import org.vocdesk.kpi.entity.RecurringProblem;
import org.vocdesk.platform.control.Messages;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly feedback analysis (客户反馈分析月报) as a PDF (reports/monthly-analysis.jrxml): the month's KPIs against
 * the month before and their targets, counts by category and urgency, the trend of the twelve months up to it and the
 * recurring problems. Every figure is the KPI feature's own (MonthlyAnalyses, KpiReports): the report only lays
 * them out, so it shows what the dashboard and the monthly page show.
 */
@ApplicationScoped
public class MonthlyReport {

    public static final String TEMPLATE = "monthly-analysis";

    @Inject
    MonthlyAnalyses analyses;

    @Inject
    KpiReports reports;

    @Inject
    ReportSettings settings;

    @Inject
    ReportRenderer renderer;

    public void pdf(YearMonth month, Long departmentId, ReportRequest request, OutputStream out) {
        Locale locale = Messages.supported(request.locale());
        MonthlyAnalysis analysis = analyses.of(month, departmentId, settings.zone(), request.generatedAt());
        KpiScope year = new KpiScope(month.minusMonths(11).atDay(1), month.atEndOfMonth(), departmentId, null, null);
        KpiReport trend = reports.report(year, settings.zone(), request.generatedAt());
        renderer.pdf(TEMPLATE, request, Map.of(
                "MONTH", month.toString(),
                "KPIS", kpis(analysis, locale),
                "MATRIX", matrix(analysis, locale),
                "TREND", trend(trend, locale),
                "RECURRING", recurring(analysis, month, locale)), new JREmptyDataSource(1), out);
    }

    static ReportTable kpis(MonthlyAnalysis analysis, Locale locale) {
        ReportTable table = new ReportTable(label(locale, "report.monthly.kpis"), label(locale, "report.monthly.kpi"),
                label(locale, "report.monthly.thisMonth"), label(locale, "kpi.monthly.previous"), label(locale, "kpi.monthly.change"),
                label(locale, "report.monthly.target"), label(locale, "report.monthly.base"), label(locale, "report.monthly.onTarget"));
        for (KpiFigure figure : analysis.current().figures()) {
            KpiFigure before = analysis.previous().figure(figure.kpi());
            BigDecimal change = figure.value() == null || before.value() == null ? null : figure.value().subtract(before.value());
            table.row(label(locale, "kpi." + figure.kpi().name() + ".name"), value(figure.kpi(), figure.value(), locale),
                    value(figure.kpi(), before.value(), locale), change == null ? "" : (change.signum() > 0 ? "+" : "") + value(figure.kpi(), change, locale),
                    value(figure.kpi(), figure.target(), locale),
                    figure.kpi().unit() == Kpi.Unit.PERCENT ? figure.counted() + "/" + figure.base() : "",
                    figure.onTarget() == null ? "" : label(locale, figure.onTarget() ? "platform.common.yes" : "platform.common.no"));
        }
        return table;
    }

    static ReportTable matrix(MonthlyAnalysis analysis, Locale locale) {
        ReportTable table = new ReportTable(label(locale, "report.monthly.matrix"), label(locale, "kpi.dashboard.category"),
                label(locale, "kpi.dashboard.high"), label(locale, "kpi.dashboard.medium"), label(locale, "kpi.dashboard.low"),
                label(locale, "kpi.dashboard.notTriaged"), label(locale, "kpi.dashboard.total"), label(locale, "kpi.dashboard.cumulative"));
        long high = 0, medium = 0, low = 0, open = 0, total = 0;
        for (MatrixRow row : analysis.matrix()) {
            table.row(zh(locale) ? row.nameZh() : row.nameEn(), row.high(), row.medium(), row.low(), row.notTriaged(), row.total(),
                    row.cumulativePercent() + "%");
            high += row.high();
            medium += row.medium();
            low += row.low();
            open += row.notTriaged();
            total += row.total();
        }
        return table.row(label(locale, "kpi.dashboard.total"), high, medium, low, open, total, "");
    }

    static ReportTable trend(KpiReport year, Locale locale) {
        ReportTable table = new ReportTable(label(locale, "report.monthly.trend"), label(locale, "kpi.monthly.month"),
                label(locale, "kpi.dashboard.trendComplaints"), label(locale, "kpi.dashboard.trendReply"),
                label(locale, "kpi.dashboard.trendHandling"), label(locale, "kpi.monthly.repeats"), label(locale, "kpi.MAJOR_COMPLAINTS.name"));
        for (MonthFigures month : year.months()) {
            table.row(YearMonth.from(month.month()).toString(), month.complaints(), percent(month.onTimeReplyRate()),
                    percent(month.onTimeHandlingRate()), month.repeats(), month.major());
        }
        return table;
    }

    static ReportTable recurring(MonthlyAnalysis analysis, YearMonth month, Locale locale) {
        ReportTable table = new ReportTable(label(locale, "kpi.monthly.recurring"), label(locale, "kpi.dashboard.category"),
                month.minusMonths(2).toString(), month.minusMonths(1).toString(), month.toString(),
                label(locale, "kpi.monthly.repeats"), label(locale, "kpi.monthly.unresolvedRepeats"));
        for (RecurringProblem problem : analysis.recurring()) {
            table.row(zh(locale) ? problem.nameZh() : problem.nameEn(), problem.lastThreeMonths().get(0),
                    problem.lastThreeMonths().get(1), problem.lastThreeMonths().get(2), problem.repeats(), problem.unresolvedRepeats());
        }
        return table;
    }

    private static String value(Kpi kpi, BigDecimal value, Locale locale) {
        if (value == null) {
            return label(locale, "kpi.noValue");
        }
        return switch (kpi.unit()) {
            case PERCENT -> value.toPlainString() + "%";
            case HOURS -> value.toPlainString() + " h";
            default -> value.toPlainString();
        };
    }

    private static String percent(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + "%";
    }

    private static boolean zh(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
