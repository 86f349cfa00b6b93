package org.vocdesk.survey.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.report.PdfChecks;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.clerk;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.created;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.customer;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.ok;

/** The satisfaction analysis report of a campaign answered on paper: figures, analysis, measures; PDF/A; who gets it. */
class SatisfactionRecordReportIT {

    static long campaignId;
    static String name;

    @BeforeAll
    static void answeredCampaign() {
        SurveyCampaignIT.organisation();
        String run = TestUsers.unique("R");
        customer(run + "A", null, SurveyCampaignIT.minTransactions);
        customer(run + "B", null, SurveyCampaignIT.minTransactions);
        customer(run + "C", null, SurveyCampaignIT.minTransactions);
        name = "年度满意度报告 " + run;
        campaignId = created(clerk.api().post("/api/surveys/campaigns", SurveyCampaignIT.campaign(name, Instant.now().plusSeconds(7 * 86_400))))
                .getJsonNumber("id").longValue();
        JsonObject live = ok(clerk.api().post("/api/surveys/campaigns/" + campaignId + "/launch", Api.object()));
        JsonObject template = SurveyCampaignIT.templateOf(live.getString("projectType"), live.getInt("templateRevision"));
        List<JsonObject> invitations = clerk.api().get("/api/surveys/campaigns/" + campaignId + "/responses").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(invitations).hasSize(3);
        // one very satisfied, one not satisfied with a suggestion (opens an improvement action); the third does not answer
        ok(clerk.api().post("/api/surveys/invitations/" + id(invitations.get(0)) + "/entry", answers(template, "VERY_SATISFIED", null)));
        ok(clerk.api().post("/api/surveys/invitations/" + id(invitations.get(1)) + "/entry", answers(template, "NOT_SATISFIED", "交货太慢")));
    }

    private static long id(JsonObject response) {
        return response.getJsonNumber("id").longValue();
    }

    private static JsonObject answers(JsonObject template, String rating, String suggestion) {
        List<JsonObject> questions = template.getJsonArray("questions").getValuesAs(JsonObject.class);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (int i = 0; i < questions.size(); i++) {
            long questionId = template.getJsonArray("questionIds").getJsonNumber(i).longValue();
            switch (questions.get(i).getString("kind")) {
                case "RATING" -> all.add(Json.createObjectBuilder().add("questionId", questionId).add("rating", rating));
                case "SUGGESTION" -> all.add(suggestion == null ? Json.createObjectBuilder().add("questionId", questionId).add("choice", 0)
                        : Json.createObjectBuilder().add("questionId", questionId).add("choice", 1).add("text", suggestion));
                default -> { }
            }
        }
        return Json.createObjectBuilder().add("answers", all).add("mode", "PAPER").build();
    }

    @Test
    void theAuditorDownloadsTheChineseAnalysisWithItsFigures() {
        HttpResponse<byte[]> pdf = TestUsers.user("AUDITOR").api().download("/api/surveys/campaigns/" + campaignId + "/analysis/report?lang=zh");

        assertThat(pdf.statusCode()).isEqualTo(200);
        byte[] bytes = PdfChecks.keep("it-satisfaction-zh.pdf", pdf.body());
        String text = PdfChecks.text(bytes);
        assertThat(text).contains("客户满意度分析报告", name, "一、发放客户满意度调查表统计", "本次调查发出调查表3份", "收回2份",
                "占发出调查表的66.7%", "调查数据有效2份", "表1", "非常满意", "不满意", "50.0%", "四、客户给分理由综述", "交货太慢",
                "五、客户建议及不满意综合分析", "六、改进措施及建议", "第 1 页，共");
        PdfChecks.assertPdfA(bytes);
    }

    @Test
    void englishAndPermissions() {
        String path = "/api/surveys/campaigns/" + campaignId + "/analysis/report";
        HttpResponse<byte[]> pdf = clerk.api().download(path + "?lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfChecks.text(pdf.body())).contains("Customer satisfaction analysis report", "1. Surveys issued and returned",
                "Issued", "3 (", "Returned", "2 (66.7% of issued", "Page 1 of");

        assertThat(Api.anonymous().download(path).statusCode()).isEqualTo(401);
        assertThat(clerk.api().download("/api/surveys/campaigns/999999999/analysis/report").statusCode()).isEqualTo(404);
    }
}
