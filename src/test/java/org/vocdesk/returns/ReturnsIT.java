package org.vocdesk.returns;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Returns and compensation over REST: the path from a request to approval, the authority limits and bad input. */
class ReturnsIT {

    static TestUser clerk;
    static TestUser handler;
    static TestUser departmentManager;
    static TestUser generalManager;
    static TestUser auditor;
    static TestUser qualityManager;
    static long department;

    @BeforeAll
    static void organisation() {
        var quality = TestUsers.department("质量部 Quality");
        department = quality.id();
        qualityManager = TestUsers.user("QUALITY_MANAGER");
        clerk = TestUsers.user("CLERK");
        handler = TestUsers.user(quality.id(), "HANDLER");
        departmentManager = TestUsers.user(quality.id(), "DEPARTMENT_MANAGER");
        generalManager = TestUsers.user("GENERAL_MANAGER");
        auditor = TestUsers.user("AUDITOR");
    }

    /**
     * A complaint received on 6 March 2025 (Shanghai), triaged to the department of the handler and the department
     * manager (who may not touch the returns of another department's complaint); returns the path of its returns
     * resource's parent.
     */
    static String complaint() {
        String path = complaint(clerk);
        Api.Reply triaged = qualityManager.api().post(path + "/triage", Api.object().add("validity", "VALID").add("priority", "HIGH")
                .add("departmentId", department));
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return path;
    }

    static String complaint(TestUser recorder) {
        Api.Reply reply = recorder.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", 1).add("contactName", "李经理").add("product", TestUsers.unique("H-200"))
                .add("quantityAffected", 10).add("customerWords", "外壳开裂 cracked housings").add("urgency", "HIGH")
                .add("receivedAt", "2025-03-06T02:00:00Z"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return "/api/complaints/" + reply.json().getJsonNumber("id");
    }

    static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.json();
    }

    @Test
    void aReturnIsRequestedReceivedAnalysedAndCompletedWithItsWarrantyAndCost() {
        String complaint = complaint();
        JsonObject created = ok(clerk.api().post(complaint + "/returns", Api.object().add("product", "H-200 外壳")
                .add("quantityRequested", 10).add("disposition", "REPLACE").add("deliveredOn", "2024-06-01").add("reason", "开裂")), 201);
        assertThat(created.getString("status")).isEqualTo("REQUESTED");
        assertThat(created.getString("warranty")).isEqualTo("IN_WARRANTY");
        assertThat(created.getString("warrantyUntil")).isEqualTo("2025-06-01");
        String path = complaint + "/returns/" + created.getJsonNumber("id");

        JsonObject received = ok(clerk.api().post(path + "/receipt", Api.object().add("quantityReceived", 8)
                .add("version", created.getJsonNumber("version").longValue())), 200);
        assertThat(received.getInt("quantityReceived")).isEqualTo(8);

        JsonObject analysed = ok(handler.api().post(path + "/analysis", Api.object().add("method", "LAB").add("result", "DEFECT_CONFIRMED")
                .add("quantityAccepted", 8).add("costAmount", new BigDecimal("1280.5")).add("costCurrency", "CNY")
                .add("notes", "X 光:螺柱根部裂纹").add("version", received.getJsonNumber("version").longValue())), 200);
        assertThat(analysed.getString("status")).isEqualTo("ANALYSED");
        assertThat(analysed.getJsonNumber("warrantyCostAmount").bigDecimalValue()).isEqualByComparingTo("1280.50");
        assertThat(analysed.getString("warrantyCostCurrency")).isEqualTo("CNY");
        assertThat(analysed.getString("analysedBy")).isEqualTo(handler.username());

        JsonObject completed = ok(clerk.api().post(path + "/completion", Api.object().add("comment", "已换新 8 件")), 200);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(auditor.api().get(complaint + "/returns").jsonArray()).hasSize(1);
    }

    @Test
    void approvalsAreGrantedWithinTheLimitsAndRefusedAboveWithNothingChanged() {
        String complaint = complaint();
        JsonObject twelve = claim(complaint, 12);
        JsonObject approved = ok(clerk.api().post(claimPath(complaint, twelve) + "/approval", Api.object().add("comment", "送 12 件")), 200);
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getInt("approvedUnits")).isEqualTo(12);
        assertThat(approved.getString("decidedBy")).isEqualTo(clerk.username());
        assertThat(approved.getString("decidedRole")).isEqualTo("CLERK");
        assertThat(approved.getString("decidedAt")).isNotBlank();

        JsonObject thirteen = claim(complaint, 13);
        Api.Reply refused = clerk.api().language("zh-CN").post(claimPath(complaint, thirteen) + "/approval", Api.object());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.detail()).isEqualTo("该补偿为 13 个单位,超出您的审批权限(12 个单位),须由部门主管审批。");
        assertUndecided(complaint, thirteen);
        assertThat(ok(departmentManager.api().post(claimPath(complaint, thirteen) + "/approval", Api.object()), 200)
                .getString("decidedRole")).isEqualTo("DEPARTMENT_MANAGER");

        JsonObject fortyEight = claim(complaint, 48);
        assertThat(ok(departmentManager.api().post(claimPath(complaint, fortyEight) + "/approval", Api.object()), 200)
                .getInt("approvedUnits")).isEqualTo(48);

        JsonObject fortyNine = claim(complaint, 49);
        Api.Reply aboveManager = departmentManager.api().post(claimPath(complaint, fortyNine) + "/approval", Api.object());
        assertThat(aboveManager.status()).isEqualTo(403);
        assertThat(aboveManager.detail()).isEqualTo("This claim is for 49 units, above your approval limit of 48 units: the general manager must approve it.");
        assertUndecided(complaint, fortyNine);
        JsonObject byGeneralManager = ok(generalManager.api().post(claimPath(complaint, fortyNine) + "/approval", Api.object()), 200);
        assertThat(byGeneralManager.getString("decidedRole")).isEqualTo("GENERAL_MANAGER");
        assertThat(byGeneralManager.getInt("approvedUnits")).isEqualTo(49);

        assertThat(handler.api().post(claimPath(complaint, claim(complaint, 1)) + "/approval", Api.object()).status()).isEqualTo(403);
        assertThat(auditor.api().get(complaint + "/compensations").jsonArray()).hasSize(5);
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndChangesNothing() {
        String complaint = complaint();
        Api.Reply empty = clerk.api().post(complaint + "/returns", Api.object().add("quantityRequested", 0));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).contains("product", "disposition");
        Api.Reply zero = clerk.api().language("zh-CN").post(complaint + "/returns", Api.object().add("product", "H").add("quantityRequested", 0)
                .add("disposition", "REPAIR"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.detail()).isEqualTo("申请数量至少为 1。");
        assertThat(clerk.api().post(complaint + "/returns", Api.object().add("product", "H").add("quantityRequested", 2)
                .add("disposition", "REPAIR").add("deliveredOn", "2025-03-07")).detail()).contains("2025-03-07");
        assertThat(auditor.api().post(complaint + "/returns", Api.object().add("product", "H").add("quantityRequested", 2)
                .add("disposition", "REPAIR")).status()).isEqualTo(403);
        assertThat(clerk.api().get(complaint + "/returns").jsonArray()).isEmpty();

        JsonObject created = ok(clerk.api().post(complaint + "/returns", Api.object().add("product", "H").add("quantityRequested", 5)
                .add("disposition", "REFUND")), 201);
        assertThat(created.getString("warranty")).isEqualTo("UNKNOWN");
        String path = complaint + "/returns/" + created.getJsonNumber("id");
        Api.Reply tooMany = clerk.api().language("zh-CN").post(path + "/receipt", Api.object().add("quantityReceived", 6));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.detail()).isEqualTo("实收数量必须在 0 到申请数量(5)之间。");
        assertThat(fields(tooMany)).containsExactly("quantityReceived");
        Api.Reply stale = clerk.api().language("zh-CN").post(path + "/receipt", Api.object().add("quantityReceived", 5).add("version", 7));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("已被他人修改");
        JsonObject unchanged = ok(clerk.api().get(path), 200);
        assertThat(unchanged.getString("status")).isEqualTo("REQUESTED");
        assertThat(absent(unchanged, "quantityReceived")).isTrue();

        ok(clerk.api().post(path + "/receipt", Api.object().add("quantityReceived", 5)), 200);
        Api.Reply ntf = handler.api().post(path + "/analysis", Api.object().add("method", "FIELD").add("result", "NO_TROUBLE_FOUND")
                .add("quantityAccepted", 1));
        assertThat(ntf.status()).isEqualTo(400);
        assertThat(ntf.detail()).contains("no trouble found");
        Api.Reply currency = handler.api().language("zh-CN").post(path + "/analysis", Api.object().add("method", "LAB")
                .add("result", "DEFECT_CONFIRMED").add("quantityAccepted", 5).add("costAmount", 10).add("costCurrency", "RMB"));
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.detail()).contains("RMB").contains("ISO 4217");
        assertThat(clerk.api().post(path + "/analysis", Api.object().add("method", "LAB").add("result", "DEFECT_CONFIRMED")
                .add("quantityAccepted", 5)).status()).isEqualTo(403);
        JsonObject stillReceived = ok(clerk.api().get(path), 200);
        assertThat(stillReceived.getString("status")).isEqualTo("RECEIVED");
        assertThat(absent(stillReceived, "analysisResult")).isTrue();
        assertThat(absent(stillReceived, "warrantyCostAmount")).isTrue();

        Api.Reply noUnits = clerk.api().post(complaint + "/compensations", Api.object().add("units", 0).add("reason", "x"));
        assertThat(noUnits.status()).isEqualTo(400);
        assertThat(clerk.api().get(complaint + "/compensations").jsonArray()).isEmpty();
        assertThat(clerk.api().get("/api/complaints/999999999/returns").status()).isEqualTo(404);
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() {
        Api.Reply openApi = Api.anonymous().get("/openapi");
        assertThat(openApi.status()).as(openApi.toString()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/complaints/{id}/returns/{returnId}/analysis")
                .contains("/api/complaints/{id}/compensations/{claimId}/approval");
    }

    private static JsonObject claim(String complaint, int units) {
        return ok(clerk.api().post(complaint + "/compensations", Api.object().add("units", units).add("reason", "外壳开裂补偿")), 201);
    }

    private static String claimPath(String complaint, JsonObject claim) {
        return complaint + "/compensations/" + claim.getJsonNumber("id");
    }

    private static void assertUndecided(String complaint, JsonObject claim) {
        JsonObject now = clerk.api().get(complaint + "/compensations").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").equals(claim.getJsonNumber("id"))).findFirst().orElseThrow();
        assertThat(now.getString("status")).isEqualTo("REQUESTED");
        assertThat(absent(now, "decidedBy")).isTrue();
        assertThat(absent(now, "approvedUnits")).isTrue();
        assertThat(now.getJsonNumber("version")).isEqualTo(claim.getJsonNumber("version"));
    }

    /** JSON-B may leave out null properties or write them as null. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}
