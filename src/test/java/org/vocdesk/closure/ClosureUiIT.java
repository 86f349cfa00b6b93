package org.vocdesk.closure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.closure.ClosureFixture.ok;
import static org.vocdesk.closure.ClosureFixture.status;
import static org.vocdesk.closure.ClosureFixture.tokenMailedTo;

/** Signing in the signature dialog (Chinese, the browser's language) and the customer's public answer page (English, their language). */
class ClosureUiIT {

    @RegisterExtension
    final Browser browser = new Browser();

    static ClosureFixture f;

    @BeforeAll
    static void organisation() {
        f = new ClosureFixture();
    }

    @Test
    void theGeneralManagerApprovesAMajorComplaintsClosureByReenteringThePassword() {
        long id = f.awaitingConfirmation(TestUsers.unique("ui") + "@customer.example.com", true);
        ok(f.reply(f.clerk, id, "RESULT", "PHONE", false));
        TestUser gm = TestUsers.user("GENERAL_MANAGER");
        browser.login(gm.username(), TestUsers.PASSWORD).open("/app/complaints/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("closure-blockers"))).contains("总经理批准");

        browser.click(By.id("decision:approve"));
        assertThat(browser.text(By.cssSelector(".vd-sign-dialog"))).contains("电子签名", "已批准", "complaint.resolution=更换了 12 个外壳");
        browser.type(By.id("approveDialog:form:password"), "wrong-" + TestUsers.PASSWORD);
        browser.click(By.id("approveDialog:form:sign"));
        browser.waitUntil(d -> d.findElement(By.id("approveDialog:form:dialogMessages")).getText().contains("密码错误"));
        assertThat(ok(gm.api().get("/api/complaints/" + id + "/signoff")).getJsonArray("signatures")).isEmpty();

        browser.type(By.id("approveDialog:form:password"), TestUsers.PASSWORD);
        browser.click(By.id("approveDialog:form:sign"));
        browser.waitForText("已签名");
        assertThat(browser.text(By.id("closure-approval"))).contains("已批准", "有效", "总经理");
        assertThat(browser.text(By.id("closure-blockers"))).contains("结案条件已满足");
    }

    @Test
    void theCustomerConfirmsOnThePublicPageInTheirLanguageAndTheLinkThenNoLongerWorks() {
        String email = TestUsers.unique("ui") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        String token = tokenMailedTo(email, 0);

        browser.open("/public/confirm.xhtml?token=" + token);
        assertThat(browser.text(By.cssSelector("h1.vd-title"))).isEqualTo("Confirm the closure of your case");
        assertThat(browser.text(By.id("replyText"))).contains("We replaced the housings");
        browser.click(By.xpath("//label[text()='Satisfied']"));
        browser.type(By.id("confirm:comment"), "谢谢 thanks");
        browser.click(By.id("confirm:yes"));
        assertThat(browser.text(By.id("thanks"))).contains("Your case is closed");
        assertThat(status(id, f.qualityManager)).isEqualTo("CLOSED");
        assertThat(ok(f.qualityManager.api().get("/api/complaints/" + id + "/signoff")).getString("satisfaction")).isEqualTo("SATISFIED");

        browser.open("/public/confirm.xhtml?token=" + token);
        assertThat(browser.text(By.id("refusal"))).contains("already been used");
        assertThat(browser.pageText()).doesNotContain("We replaced the housings");
        browser.open("/public/confirm.xhtml?token=" + ConfirmationToken.newSecret());
        assertThat(browser.text(By.id("refusal"))).contains("not valid");
    }

    @Test
    void aCustomerWhoseProblemIsNotResolvedMustSayWhy() {
        String email = TestUsers.unique("ui") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        browser.open("/public/confirm.xhtml?token=" + tokenMailedTo(email, 0));
        browser.click(By.id("confirm:no"));
        browser.waitForText("Please tell us what is not resolved");
        assertThat(status(id, f.qualityManager)).isEqualTo("AWAITING_CONFIRMATION");
        browser.type(By.id("confirm:comment"), "还在漏水 still leaking");
        browser.click(By.id("confirm:no"));
        assertThat(browser.text(By.id("thanks"))).contains("open again");
        assertThat(status(id, f.qualityManager)).isEqualTo("REOPENED");
        assertThat(Api.anonymous().get("/api/public/confirmations/x").status()).isEqualTo(404);
    }
}
