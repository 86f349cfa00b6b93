package org.vocdesk.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail in the browser: the complaint page shows its history with the values before and after (in
 * Chinese), and the auditor searches across records and has the chain checked on the audit page.
 */
class AuditPagesUiIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    @Test
    void theComplaintPageShowsItsHistoryAndTheAuditorSearchesAndVerifiesOnTheAuditPage() {
        TestUser quality = TestUsers.user("QUALITY_MANAGER");
        TestUser auditor = TestUsers.user("AUDITOR");
        Api.Reply recorded = quality.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", 1).add("contactName", "页面 Page").add("product", TestUsers.unique("AUI"))
                .add("customerWords", "第一版 first words").add("urgency", "LOW").add("receivedAt", java.time.Instant.now().minusSeconds(60).toString()));
        long id = recorded.json().getJsonNumber("id").longValue();
        assertThat(quality.api().post("/api/complaints/" + id + "/triage", Api.object().add("validity", "VALID")
                .add("priority", "HIGH").add("departmentId", TestUsers.department("审计 Audit").id()).add("majorReasons", Api.strings()).build()).status()).isEqualTo(200);

        browser.login(auditor.username(), TestUsers.PASSWORD).open("/app/complaints/view.xhtml?id=" + id);
        browser.click(By.id("showHistory"));
        browser.waitForText("变更历史");
        String history = browser.text(By.id("historyTable"));
        assertThat(history).contains(quality.username()).contains("REST 接口").contains("新建").contains("修改")
                .contains("RECEIVED").contains("TRIAGED").contains("第一版 first words");

        browser.open("/app/audit/trail.xhtml");
        browser.type(By.id("search:user"), quality.username());
        browser.type(By.id("search:key"), Long.toString(id));
        browser.click(By.id("search:searchButton"));
        browser.waitUntil(d -> !d.findElements(By.id("changes")).isEmpty());
        assertThat(browser.text(By.id("changes"))).contains(quality.username()).contains("complaint " + id).contains("TRIAGED");

        browser.click(By.id("search:verifyButton"));
        browser.waitUntil(d -> !d.findElements(By.id("verdict")).isEmpty());
        assertThat(browser.text(By.id("verdict"))).contains("哈希链完整");
    }
}
