package org.vocdesk.records.control;

import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.boundary.ImprovementView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual customer satisfaction analysis report (客户满意度分析报告) of one campaign, as lines of
 * {@code reports/satisfaction-analysis.jrxml}, in the order of the paper summary table and analysis report:
 * issue statistics, the feedback per project type (bands, averages, questions) with charts, the comparison with
 * earlier campaigns, the reasons customers gave, the dissatisfaction analysis and the improvement measures.
 */
public final class SatisfactionRecordContent {

    private static final int TOP_ITEMS = 5;

    private final Analysis a;
    private final RecordFormat f;
    private final RecordLines out = new RecordLines();

    private SatisfactionRecordContent(Analysis analysis, RecordFormat format) {
        this.a = analysis;
        this.f = format;
    }

    public static List<RecordLine> of(Analysis analysis, RecordFormat format) {
        return new SatisfactionRecordContent(analysis, format).build();
    }

    private List<RecordLine> build() {
        campaign();
        issueStatistics();
        feedback();
        comparison();
        reasons();
        dissatisfaction();
        improvements();
        return out.lines();
    }

    private void campaign() {
        var c = a.campaign();
        out.heading(f.t("records.survey.campaign"))
                .labelValue(f.t("records.survey.campaignName"), c.name())
                .labelValue(f.t("records.survey.period"), f.day(c.periodStart()) + " ~ " + f.day(c.periodEnd()))
                .labelValue(f.t("records.survey.periodKind"), f.t("records.survey.periodKind." + c.periodKind()))
                .labelValue(f.t("records.survey.status"), f.t("survey.status." + c.status()))
                .labelValue(f.t("records.survey.eligibility"), f.t("records.survey.eligibilityRule", c.minTransactions()));
    }

    private void issueStatistics() {
        out.heading(f.t("records.survey.issue"))
                .text(f.t("records.survey.issueSentence", a.issued(), f.percent(a.issuedOfCustomers()), a.returned(),
                        f.percent(a.returnedOfIssued()), f.percent(a.returnedOfCustomers()), a.valid()))
                .labelValue(f.t("records.survey.allCustomers"), a.allCustomers())
                .labelValue(f.t("records.survey.issued"), a.issued() + " (" + f.percent(a.issuedOfCustomers()) + ")")
                .labelValue(f.t("records.survey.returned"), a.returned() + " (" + f.t("records.survey.ofIssued", f.percent(a.returnedOfIssued()))
                        + ", " + f.t("records.survey.ofCustomers", f.percent(a.returnedOfCustomers())) + ")")
                .labelValue(f.t("records.survey.valid"), a.valid())
                .labelValue(f.t("records.survey.target"), a.campaign().targetPercent() + "% — "
                        + f.t(a.returnedOfIssued() >= a.campaign().targetPercent() ? "records.survey.targetReached" : "records.survey.targetMissed"));
    }

    private void feedback() {
        out.heading(f.t("records.survey.feedback"));
        int table = 1;
        for (Analysis.TypeFigures t : a.projectTypes()) {
            out.subheading(f.t("records.survey.tableN", table++, typeName(t)))
                    .labelValue(f.t("records.survey.responses"), t.responses())
                    .labelValue(f.t("records.survey.average"), f.number(t.average()))
                    .tableHeader("bands", f.t("records.survey.band"), f.t("records.survey.count"), f.t("records.survey.share"));
            for (Analysis.BandCount b : t.bands()) {
                out.tableRow("bands", f.t("survey.band." + b.band()), b.count(),
                        f.percent(t.responses() == 0 ? 0 : 100.0 * b.count() / t.responses()));
            }
            out.tableHeader("question", "#", f.t("records.survey.question"), f.t("records.survey.answers"), f.t("records.survey.questionAverage"));
            for (Analysis.QuestionAverage q : t.questions()) {
                out.tableRow("question", q.position(), f.chinese() ? q.textZh() : q.textEn(), q.answers(), f.number(q.average()));
            }
            if (!t.questions().isEmpty()) {
                out.image(ReportCharts.questionScores(t.questions().stream()
                        .map(q -> new ReportCharts.Bar(q.position() + ". " + (f.chinese() ? q.textZh() : q.textEn()), q.average())).toList()));
            }
        }
        if (!a.projectTypes().isEmpty()) {
            out.subheading(f.t("records.survey.bandChart")).image(ReportCharts.bandDistribution(
                    a.projectTypes().stream().map(this::typeName).toList(),
                    a.projectTypes().stream().map(t -> t.bands().stream().mapToLong(Analysis.BandCount::count).toArray()).toList(),
                    a.projectTypes().isEmpty() ? List.of() : a.projectTypes().get(0).bands().stream().map(b -> f.t("survey.band." + b.band())).toList()));
        }
    }

    private void comparison() {
        out.heading(f.t("records.survey.comparison")).tableHeader("history", f.t("records.survey.campaignName"), f.t("records.survey.responses"),
                f.t("records.survey.average"));
        for (Analysis.CampaignAverage c : a.history()) {
            out.tableRow("history", c.name() + (c.campaignId() == a.campaign().id() ? " ◀" : ""), c.responses(), f.number(c.average()));
        }
        if (a.history().size() > 1) {
            out.image(ReportCharts.trend(a.history().stream().map(c -> new ReportCharts.Bar(c.name(), c.average())).toList()));
        }
    }

    private void reasons() {
        out.heading(f.t("records.survey.reasons")).tableHeader("reason", f.t("records.survey.customer"), f.t("records.survey.score"),
                f.t("records.survey.band"), f.t("records.survey.notSatisfiedItems"), f.t("records.survey.suggestion"));
        for (Analysis.Reason r : a.reasons()) {
            out.tableRow("reason", r.customerName(), f.number(r.score()), f.t("survey.band." + r.band()), items(r.notSatisfiedItems()),
                    r.suggestion());
        }
        if (a.reasons().isEmpty()) {
            out.text(f.t("records.survey.noReasons"));
        }
    }

    /** The analysis the figures support: how many answered under "satisfied", and the items most often rated not satisfied. */
    private void dissatisfaction() {
        long notSatisfied = a.projectTypes().stream().flatMap(t -> t.bands().stream())
                .filter(b -> "NOT_SATISFIED".equals(b.band())).mapToLong(Analysis.BandCount::count).sum();
        long basically = a.projectTypes().stream().flatMap(t -> t.bands().stream())
                .filter(b -> "BASICALLY_SATISFIED".equals(b.band())).mapToLong(Analysis.BandCount::count).sum();
        out.heading(f.t("records.survey.dissatisfaction"))
                .text(f.t("records.survey.dissatisfactionSentence", a.returned(), basically, notSatisfied,
                        f.percent(a.returned() == 0 ? 0 : 100.0 * (basically + notSatisfied) / a.returned())));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Analysis.Reason r : a.reasons()) {
            if (r.notSatisfiedItems() == null || r.notSatisfiedItems().isBlank()) {
                continue;
            }
            for (String item : r.notSatisfiedItems().split("; ")) {
                counts.merge(side(item), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            out.text(f.t("records.survey.noNotSatisfiedItems"));
            return;
        }
        out.tableHeader("items", f.t("records.survey.notSatisfiedItem"), f.t("records.survey.times"));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_ITEMS)
                .forEach(e -> out.tableRow("items", e.getKey(), e.getValue()));
    }

    private void improvements() {
        out.heading(f.t("records.survey.improvements")).tableHeader("improve", f.t("records.survey.customer"), f.t("records.survey.reason"),
                f.t("records.survey.owner"), f.t("records.survey.actionTaken"), f.t("records.survey.reply"));
        for (ImprovementView i : a.improvements()) {
            out.tableRow("improve", i.customerName(), language(i.reason()),
                    join(i.departmentName(), i.ownerName()) + "\n" + f.t("records.survey.due", f.time(i.actionDue())),
                    i.actionDoneAt() == null ? f.t("records.survey.pending") : f.time(i.actionDoneAt()),
                    i.repliedAt() == null ? f.t("records.survey.pending") : f.time(i.repliedAt()));
        }
        if (a.improvements().isEmpty()) {
            out.text(f.t("records.survey.noImprovements"));
        }
    }

    private String typeName(Analysis.TypeFigures t) {
        return f.chinese() ? t.nameZh() : t.nameEn();
    }

    /** "质量 / Quality; 交付 / Delivery" as the reader's language: "质量; 交付". */
    private String items(String both) {
        if (both == null || both.isBlank()) {
            return null;
        }
        return String.join("; ", java.util.Arrays.stream(both.split("; ")).map(this::side).toList());
    }

    private String side(String pair) {
        int slash = pair.indexOf(" / ");
        if (slash < 0) {
            return pair;
        }
        return f.chinese() ? pair.substring(0, slash) : pair.substring(slash + 3);
    }

    /** The improvement reason is stored in Chinese, a line break, then English. */
    private String language(String both) {
        if (both == null) {
            return null;
        }
        String[] lines = both.split("\n", 2);
        return lines.length < 2 ? both : f.chinese() ? lines[0] : lines[1];
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + " / " + b;
    }
}
