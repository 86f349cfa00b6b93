package org.vocdesk.escalation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation pages in the browser: a department manager acts from the inbox (in Chinese), the
 * administrator edits a rule chain (bad input and a concurrent change refused, nothing saved), the auditor
 * only reads, and the list of all steps filters by status.
 */
class EscalationPagesUiIT {

    @RegisterExtension
    final Browser browser = new Browser();

    record Overdue(long id, String number) {
    }

    /** A HIGH complaint received long ago, triaged to the handler: every level is due at once. */
    static Overdue overdue(TestUser clerk, TestUser qualityManager, TestDepartment department, TestUser handler) {
        Api.Reply recorded = clerk.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", 1).add("contactName", "赵工").add("product", TestUsers.unique("UI")).add("customerWords", "界面测试")
                .add("urgency", "HIGH").add("receivedAt", "2025-01-24T02:00:00Z"));
        long id = recorded.json().getJsonNumber("id").longValue();
        Api.Reply triaged = qualityManager.api().post("/api/complaints/" + id + "/triage", Api.object().add("validity", "VALID")
                .add("priority", "HIGH").add("departmentId", department.id()).add("handlerId", handler.id()).add("majorReasons", Api.strings()).build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return new Overdue(id, recorded.json().getString("number"));
    }

    static void awaitNotices(TestUser user, String number, long count) {
        SupervisorActionsIT.await(user.username() + "'s notices", () -> user.api().get("/api/me/notices").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subjectRef").equals(number)).count(), c -> c == count);
    }

    @Test
    void aDepartmentManagerReassignsFromTheInboxAndTheComplaintPageShowsTheHistory() {
        TestUser clerk = TestUsers.user("CLERK");
        TestUser qualityManager = TestUsers.user("QUALITY_MANAGER");
        TestUser manager = TestUsers.user("DEPARTMENT_MANAGER");
        TestDepartment department = TestUsers.department("客服部 UI", manager.id());
        TestUser handler = TestUsers.user(department.id(), "HANDLER");
        TestUser second = TestUsers.user(department.id(), "HANDLER");
        Overdue complaint = overdue(clerk, qualityManager, department, handler);
        long id = complaint.id();
        String number = complaint.number();
        awaitNotices(manager, number, 2);

        browser.login(manager.username(), manager.password()).open("/app/inbox.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + number + "')]//a[contains(@id, ':act')]"));
        browser.waitForText("重新指派");

        // a bad extension: a message in Chinese, nothing changes
        browser.type(By.id("extend:by"), "两天");
        browser.type(By.id("extend:reason"), "客户停产");
        browser.click(By.id("extend:submit"));
        browser.waitForText("不是有效的工作时间");
        assertThat(timeline(qualityManager, id)).noneMatch(e -> e.startsWith("DEADLINE_EXTENDED"));

        browser.choose("reassign:handler", "Test " + second.username());
        browser.type(By.id("reassign:comment"), "请王工跟进");
        browser.click(By.id("reassign:submit"));
        browser.waitForText("投诉已重新指派");
        assertThat(browser.url()).contains("/app/inbox.xhtml");
        assertThat(qualityManager.api().get("/api/complaints/" + id).json().getJsonNumber("handlerId").longValue()).isEqualTo(second.id());

        browser.open("/app/complaints/view.xhtml?id=" + id);
        String history = browser.text(By.id("escalation"));
        assertThat(history).contains("升级记录", "部门经理", "已发送", "Test " + manager.username(), "已确认", "请王工跟进");
    }

    @Test
    void aHandlerOpensTheirNoticeInEnglishAndCanOnlyAcknowledgeIt() {
        TestUser clerk = TestUsers.user("CLERK");
        TestUser qualityManager = TestUsers.user("QUALITY_MANAGER");
        TestDepartment department = TestUsers.department("Service UI");
        TestUser handler = TestUsers.user(department.id(), "HANDLER");
        Overdue complaint = overdue(clerk, qualityManager, department, handler);
        awaitNotices(handler, complaint.number(), 2);

        browser.login(handler.username(), handler.password()).open("/app/inbox.xhtml");
        browser.click(By.id("headerForm:lang-en"));
        browser.waitForText("Inbox");
        browser.click(By.xpath("//tr[contains(., '" + complaint.number() + "')]//a[contains(@id, ':act')]"));
        browser.waitForText("Escalation notice");
        assertThat(browser.driver().findElements(By.id("reassign"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("takeOver"))).isEmpty();
        browser.type(By.id("ack:comment"), "calling the customer now");
        browser.click(By.id("ack:acknowledge"));
        browser.waitForText("Notice acknowledged.");
        awaitNotices(handler, complaint.number(), 1);
    }

    @Test
    void theAdministratorEditsAChainBadInputAndConcurrentChangesAreRefused() {
        String kind = "UITEST_" + Long.toString(System.nanoTime() % 1_000_000_000L);
        Api.Reply created = Api.admin().put("/api/escalation-rules/" + kind + "/ANY", Api.object().add("warnMode", "PERCENT")
                .add("warnValue", "80").add("handlerDelay", "0h").add("departmentManagerDelay", "4h").add("stamp", ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).open("/admin/escalation-rules.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + kind + "')]//button[contains(@id, ':edit')]"));
        browser.waitUntil(d -> d.findElement(By.id("rules:kind_label")).getText().contains(kind));

        browser.type(By.id("rules:departmentManager"), "soon");
        browser.click(By.id("rules:save"));
        browser.waitForText("\"soon\" 不是有效的工作时间");
        browser.type(By.id("rules:departmentManager"), "1d");
        browser.type(By.id("rules:qualityManager"), "4h");
        browser.click(By.id("rules:save"));
        browser.waitForText("每一级不得早于其下一级");
        assertThat(chain(kind).getString("departmentManagerDelay")).isEqualTo("4h");

        browser.type(By.id("rules:qualityManager"), "2d");
        browser.click(By.id("rules:save"));
        browser.waitForText("升级规则已保存");
        JsonObject saved = chain(kind);
        assertThat(saved.getString("departmentManagerDelay")).isEqualTo("1d");
        assertThat(saved.getString("qualityManagerDelay")).isEqualTo("2d");

        // someone else saves meanwhile: this page's save is refused, theirs stays
        Api.Reply theirs = Api.admin().put("/api/escalation-rules/" + kind + "/ANY", Api.object().add("warnMode", "BEFORE")
                .add("warnValue", "2h").add("handlerDelay", "0h").add("stamp", saved.getString("stamp")));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        browser.type(By.id("rules:generalManager"), "3d");
        browser.click(By.id("rules:save"));
        browser.waitForText("其他人刚刚修改了这些规则");
        assertThat(chain(kind).getString("warnValue")).isEqualTo("2h");
        assertThat(chain(kind).getString("generalManagerDelay")).isEmpty();
    }

    @Test
    void theAuditorReadsRulesAndStepsButChangesNothingAndAClerkSeesNeither() {
        TestUser auditor = TestUsers.user("AUDITOR");
        browser.login(auditor.username(), auditor.password()).open("/admin/escalation-rules.xhtml");
        assertThat(browser.text(By.id("rules:table"))).contains("首次答复", "任意优先级");
        assertThat(browser.driver().findElements(By.id("rules:editor"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':edit']"))).isEmpty();
        browser.open("/admin/escalation-steps.xhtml");
        assertThat(browser.text(By.id("steps:table"))).isNotBlank();

        TestUser clerk = TestUsers.user("CLERK");
        browser.driver().manage().deleteAllCookies();
        browser.login(clerk.username(), clerk.password()).open("/admin/escalation-steps.xhtml");
        assertThat(browser.driver().findElements(By.id("steps:table"))).isEmpty();
    }

    @Test
    void theStepsPageFiltersByStatusAndKindAndPages() {
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).open("/admin/escalation-steps.xhtml");
        browser.find(By.id("steps:table"));
        browser.choose("steps:status", "已发送");
        browser.choose("steps:kind", "处理");
        browser.click(By.id("steps:filter"));
        browser.waitUntil(d -> {
            var statuses = d.findElements(By.cssSelector("[id='steps:table'] .step-status"));
            return !statuses.isEmpty() && statuses.stream().map(WebElement::getText).allMatch("已发送"::equals);
        });
        assertThat(browser.text(By.id("steps:table"))).doesNotContain("首次答复").contains("处理");
        assertThat(browser.driver().findElements(By.cssSelector("[id='steps:table'] .ui-paginator"))).isNotEmpty();
    }

    static java.util.List<String> timeline(TestUser reader, long id) {
        return reader.api().get("/api/complaints/" + id + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
    }

    static JsonObject chain(String kind) {
        return Api.admin().get("/api/escalation-rules/" + kind + "/ANY").json();
    }
}
