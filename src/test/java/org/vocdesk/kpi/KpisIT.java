package org.vocdesk.kpi;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs over REST on the ledger fixture's own category: known answers, and every figure's drill-down (its
 * ledger queries) listing exactly as many complaints as the figure counts. Improvement plans: created with
 * linked complaints, refused with an unknown complaint, not reviewable before a month has passed.
 */
class KpisIT {

    private static LedgerFixture data;
    private static TestUsers.TestUser manager;

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
        manager = TestUsers.user(data.department.id(), "QUALITY_MANAGER");
        // the fresh suggestion is answered at once (on time), the month-old complaint only now (late)
        for (JsonObject complaint : new JsonObject[]{data.fresh, data.old}) {
            Api.Reply reply = data.clerk.api().post("/api/complaints/" + complaint.getJsonNumber("id") + "/first-reply",
                    Api.object().add("repliedAt", Instant.now().toString()).add("summary", "已电话联系"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    private static Map<String, JsonObject> figures() {
        Api.Reply reply = manager.api().get("/api/kpis?categoryId=" + data.categoryId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("kpi"), f -> f));
    }

    @Test
    void knownAnswersForTheFixture() {
        Map<String, JsonObject> figures = figures();
        assertThat(figures.get("COMPLAINTS").getJsonNumber("value").longValue()).isEqualTo(4);
        assertThat(figures.get("MAJOR_COMPLAINTS").getJsonNumber("value").longValue()).isEqualTo(1);
        assertThat(figures.get("OVERDUE_COMPLAINTS").getJsonNumber("value").longValue()).isEqualTo(2);
        JsonObject reply = figures.get("ON_TIME_REPLY_RATE");
        assertThat(reply.getJsonNumber("counted").longValue()).isEqualTo(1);
        assertThat(reply.getJsonNumber("base").longValue()).isEqualTo(3);
        assertThat(reply.getJsonNumber("value").longValue()).isEqualTo(33);
        assertThat(reply.getString("definition")).contains("first-reply deadline");
        assertThat(figures.get("COMMUNICATION_RATE").getJsonNumber("value").longValue()).isEqualTo(50);
        assertThat(figures.get("AVERAGE_HANDLING_HOURS").get("value")).as("nothing closed, nothing to average").isNull();
    }

    @Test
    void capaEffectivenessAndSatisfactionAreReportedWithoutValueWhenNothingWasMeasured() {
        Map<String, JsonObject> figures = figures();
        JsonObject capa = figures.get("CAPA_EFFECTIVENESS_RATE");
        assertThat(absent(capa, "value")).as("no CAPA of the fixture was checked: no value, not 0 %").isTrue();
        assertThat(capa.getJsonNumber("counted").longValue()).isZero();
        assertThat(capa.getJsonNumber("base").longValue()).isZero();
        assertThat(capa.getString("unit")).isEqualTo("PERCENT");
        assertThat(capa.getJsonNumber("target").longValue()).isEqualTo(90);
        assertThat(capa.getString("definition")).contains("first effectiveness check");
        assertThat(absent(capa, "countedQuery")).as("not a list of complaints").isTrue();
        JsonObject satisfaction = figures.get("SATISFACTION_SCORE");
        assertThat(satisfaction.getString("unit")).isEqualTo("SCORE");
        assertThat(satisfaction.getJsonNumber("target").longValue()).isEqualTo(90);

        Api.Reply chinese = manager.api().language("zh-CN").get("/api/kpis?from=1950-01-01&to=1950-12-31"); // the survey ITs take years from 1990 on
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
        assertThat(chinese.json().getJsonArray("satisfactionByCampaign")).as("no campaign in 1950").isEmpty();
        Map<String, JsonObject> none = chinese.json().getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("kpi"), f -> f));
        assertThat(absent(none.get("SATISFACTION_SCORE"), "value")).isTrue();
        assertThat(none.get("SATISFACTION_SCORE").getString("definition")).contains("有效");
        assertThat(absent(none.get("CAPA_EFFECTIVENESS_RATE"), "value")).isTrue();
        assertThat(none.get("CAPA_EFFECTIVENESS_RATE").getString("name")).isEqualTo("CAPA 有效率");

        Api.Reply dashboard = manager.api().get("/api/kpis/dashboard?categoryId=" + data.categoryId);
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.json().getJsonObject("report").getJsonArray("satisfactionByCampaign")).isNotNull();
    }

    /** The figures read from the monthly summary are those counted from the complaints themselves (recount=true). */
    @Test
    void theMonthlySummaryGivesTheRecountsFigures() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        for (String scope : new String[]{"categoryId=" + data.categoryId, "departmentId=" + data.department.id() + "&categoryId=" + data.categoryId,
                "categoryId=" + data.categoryId + "&from=" + today + "&to=" + today}) {
            Api.Reply summary = manager.api().get("/api/kpis/dashboard?" + scope);
            Api.Reply recount = manager.api().get("/api/kpis/dashboard?recount=true&" + scope);
            assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
            assertThat(recount.status()).as(recount.toString()).isEqualTo(200);
            assertThat(summary.json()).as(scope).isEqualTo(recount.json());
        }
    }

    @Test
    void everyDrillDownListsExactlyTheCountedComplaints() {
        for (JsonObject figure : figures().values()) {
            if (absent(figure, "countedQuery")) {
                continue; // CAPA checks and survey responses are not complaints of the ledger
            }
            String kpi = figure.getString("kpi");
            assertThat(ledgerTotal(figure.getString("countedQuery"))).as(kpi + " counted")
                    .isEqualTo(figure.getJsonNumber("counted").longValue());
            assertThat(ledgerTotal(figure.getString("baseQuery"))).as(kpi + " base")
                    .isEqualTo(figure.getJsonNumber("base").longValue());
        }
    }

    @Test
    void theKpisAreForManagersAndAuditorsOnly() {
        assertThat(data.clerk.api().get("/api/kpis").status()).isEqualTo(403);
        assertThat(TestUsers.user("AUDITOR").api().get("/api/kpis?from=2025-01-01&to=2025-01-31").status()).isEqualTo(200);
        Api.Reply wrong = manager.api().language("zh-CN").get("/api/kpis?from=2025-02-01&to=2025-01-01");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.detail()).contains("截止日期早于开始日期");
    }

    @Test
    void aPlanLinksComplaintsAndIsReviewedOnlyAMonthAfterCompletion() {
        var details = Api.object().add("title", "包装改进").add("problem", "包装破损反复出现").add("goal", "三个月内无重复投诉")
                .add("measures", "更换纸箱规格").add("ownerId", manager.id()).add("kpi", "REPEAT_COMPLAINTS")
                .add("categoryId", data.categoryId).add("startDate", LocalDate.now().toString())
                .add("dueDate", LocalDate.now().plusMonths(1).toString());
        Api.Reply unknown = manager.api().post("/api/improvement-plans", details.add("complaintNumbers", Api.strings("CF000000000")).build());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("CF000000000");

        Api.Reply created = manager.api().post("/api/improvement-plans", Api.object().add("title", "包装改进").add("problem", "包装破损反复出现")
                .add("goal", "三个月内无重复投诉").add("measures", "更换纸箱规格").add("ownerId", manager.id()).add("kpi", "REPEAT_COMPLAINTS")
                .add("categoryId", data.categoryId).add("startDate", LocalDate.now().toString())
                .add("dueDate", LocalDate.now().plusMonths(1).toString())
                .add("complaintNumbers", Api.strings(LedgerFixture.number(data.triaged))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject plan = created.json();
        assertThat(plan.getJsonArray("complaints").getString(0)).isEqualTo(LedgerFixture.number(data.triaged));
        assertThat(plan.getJsonNumber("before").longValue()).isZero();

        String id = plan.getJsonNumber("id").toString();
        Api.Reply completed = manager.api().post("/api/improvement-plans/" + id + "/complete",
                Api.object().add("version", plan.getJsonNumber("version").longValue()));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        Api.Reply early = manager.api().post("/api/improvement-plans/" + id + "/review",
                Api.object().add("version", completed.json().getJsonNumber("version").longValue()).add("effective", true));
        assertThat(early.status()).isEqualTo(409);
        assertThat(data.clerk.api().get("/api/improvement-plans").status()).isEqualTo(403);
    }

    /** JSON-B leaves null values out; either way the value is missing. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static long ledgerTotal(String query) {
        Api.Reply reply = manager.api().get("/api/complaints?max=1&" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }
}
