package org.vocdesk.capa;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.capa.CapaFixture.ok;

/** The 8D page in a browser (Chinese): reached from the complaint, gates shown, a step completed, the fishbone drawn. */
class EightDPageUiIT {

    static CapaFixture f;
    static long complaintId;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void reportWithACause() {
        f = new CapaFixture();
        complaintId = f.complaintUnderInvestigation();
        JsonObject r = ok(f.handler.api().post("/api/complaints/" + complaintId + "/capa", Api.object()));
        r = ok(f.handler.api().post("/api/complaints/" + complaintId + "/capa/causes", Api.object().add("version", r.getJsonNumber("version").longValue())
                .add("category", "MACHINE").add("description", "模具磨损")));
        long causeId = r.getJsonArray("causes").getJsonObject(0).getJsonNumber("id").longValue();
        ok(f.handler.api().post("/api/complaints/" + complaintId + "/capa/causes/" + causeId + "/verdict", Api.object()
                .add("version", r.getJsonNumber("version").longValue()).add("status", "VERIFIED").add("evidence", "测量报告")));
    }

    @Test
    void theHandlerReachesThe8DFromTheComplaintAndCompletesTheTeamStepOnlyWithItsContent() {
        browser.login(f.handler.username(), f.handler.password()).open("/app/complaints/view.xhtml?id=" + complaintId);
        browser.click(By.id("open-capa"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/capa/report.xhtml?complaint=" + complaintId));
        assertThat(browser.driver().findElements(By.cssSelector("[id='steps:table'] tbody tr"))).hasSize(8);
        assertThat(browser.text(By.cssSelector("[id='steps:table'] tbody tr:first-child"))).contains("D1", "成立小组", "小组至少需要两名成员");

        browser.click(By.id("steps:table:0:complete"));
        browser.waitForText("D1 尚不能完成");
        assertThat(browser.text(By.cssSelector("[id='steps:table'] tbody tr:first-child"))).doesNotContain("已完成");

        browser.type(By.id("d1:team"), "* 王工 | 质量工程师\n孙经理 | 生产经理");
        browser.click(By.id("d1:save"));
        browser.waitForText("已保存");
        browser.click(By.id("steps:table:0:complete"));
        browser.waitUntil(d -> browser.text(By.cssSelector("[id='steps:table'] tbody tr:first-child")).contains("已完成"));
        assertThat(browser.find(By.id("d1:team")).getAttribute("value")).contains("* 王工 | 质量工程师");
    }

    @Test
    void theFishboneIsDrawnFromTheCausesWithTheVerifiedOneMarked() {
        browser.login(f.handler.username(), f.handler.password()).open("/app/capa/report.xhtml?complaint=" + complaintId);
        assertThat(browser.find(By.cssSelector("#fishbone svg")).isDisplayed()).isTrue();
        assertThat(browser.text(By.cssSelector("#fishbone svg text[data-status='VERIFIED']"))).contains("模具磨损");
        assertThat(browser.text(By.id("fishbone"))).contains("机", "人", "料", "法", "测", "环");
    }

    @Test
    void theDepartmentManagerSignsTheAnalysisInTheDialogWithHisPassword() {
        long id = f.complaintUnderInvestigation();
        analysedUpToD4(id);
        browser.login(f.manager.username(), f.manager.password()).open("/app/capa/report.xhtml?complaint=" + id);
        browser.click(By.id("approvals:subjects:0:departmentSign"));
        browser.waitUntil(d -> browser.find(By.id("sign:form:password")).isDisplayed());
        assertThat(browser.text(By.id("signedContent"))).contains("保养周期过长");
        browser.type(By.id("sign:form:password"), f.manager.password());
        browser.click(By.id("sign:form:sign"));
        browser.waitUntil(d -> browser.text(By.id("signoffs")).contains("部门经理已签字"));

        List<JsonObject> signatures = f.manager.api().get("/api/complaints/" + id + "/capa/signatures").jsonArray().getValuesAs(JsonObject.class);
        assertThat(signatures).hasSize(1);
        assertThat(signatures.get(0).getString("status")).isEqualTo("VALID");
        assertThat(signatures.get(0).toString()).contains(f.manager.username(), "DEPARTMENT_MANAGER");
    }

    /** D1 to D4 completed over REST: the analysis waits for the department manager's signature. */
    private static void analysedUpToD4(long id) {
        String path = "/api/complaints/" + id + "/capa";
        JsonObject r = ok(f.handler.api().post(path, Api.object()));
        r = send("PUT", path + "/team", r, Api.object().add("members", CapaIT.Json.array(
                Api.object().add("name", "王工").add("role", "质量工程师").add("leader", true),
                Api.object().add("name", "孙经理").add("role", "生产经理").add("leader", false))));
        r = send("POST", path + "/steps/D1/completion", r, Api.object());
        r = send("PUT", path + "/problem", r, Api.object().add("what", "外壳开裂").add("why", "客户停线").add("when", "夜班")
                .add("where", "客户装配线").add("who", "来料检验").add("how", "拧紧时开裂").add("howMany", "12/500"));
        r = send("POST", path + "/steps/D2/completion", r, Api.object());
        r = send("PUT", path + "/containment", r, Api.object().add("actions", "冻结库存，100%挑选")
                .add("suspectStock", CapaIT.Json.array(Api.object().add("location", "成品仓").add("quantity", 300).add("checked", 300).add("defective", 2))));
        r = send("POST", path + "/steps/D3/completion", r, Api.object());
        r = send("POST", path + "/why-chains", r, Api.object().add("kind", "OCCURRENCE").add("problem", "外壳开裂")
                .add("whys", Api.strings("壁厚不足", "模具磨损", "保养周期过长")));
        r = send("POST", path + "/why-chains", r, Api.object().add("kind", "ESCAPE").add("problem", "未检出")
                .add("whys", Api.strings("抽检未测壁厚")));
        r = send("POST", path + "/causes", r, Api.object().add("category", "MACHINE").add("description", "模具磨损"));
        r = send("POST", path + "/causes/" + r.getJsonArray("causes").getJsonObject(0).getJsonNumber("id") + "/verdict", r,
                Api.object().add("status", "VERIFIED").add("evidence", "模具测量报告"));
        send("POST", path + "/steps/D4/completion", r, Api.object());
    }

    private static JsonObject send(String method, String path, JsonObject current, JsonObjectBuilder body) {
        return ok(f.handler.api().send(method, path, body.add("version", current.getJsonNumber("version").longValue())));
    }

    @Test
    void aStaleFormIsRefusedWithAClearMessage() {
        browser.login(f.quality.username(), f.quality.password()).open("/app/capa/report.xhtml?complaint=" + complaintId);
        browser.find(By.id("d2:what"));
        JsonObject now = ok(f.handler.api().get("/api/complaints/" + complaintId + "/capa"));
        ok(f.handler.api().put("/api/complaints/" + complaintId + "/capa/problem", Api.object()
                .add("version", now.getJsonNumber("version").longValue()).add("what", "由处理人修改")));
        browser.type(By.id("d2:what"), "品管部修改");
        browser.click(By.id("d2:save"));
        browser.waitForText("已被他人修改");
        assertThat(ok(f.handler.api().get("/api/complaints/" + complaintId + "/capa")).getJsonObject("problem").getString("what"))
                .isEqualTo("由处理人修改");
    }
}
