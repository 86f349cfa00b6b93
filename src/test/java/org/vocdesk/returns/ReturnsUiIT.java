package org.vocdesk.returns;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The returns and compensation section of the complaint page, in Chinese. */
class ReturnsUiIT {

    static TestUser clerk;

    @BeforeAll
    static void recorder() {
        clerk = TestUsers.user("CLERK");
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aDepartmentManagerRequestsAReturnAndApprovesOnlyWithinTheLimit() {
        String complaint = ReturnsIT.complaint(clerk);
        claim(complaint, 49);
        claim(complaint, 10);

        TestUser manager = TestUsers.user(TestUsers.department("售后 After-sales").id(), "DEPARTMENT_MANAGER");
        // the complaint is not yet assigned to a department: this manager sees it only with the wider scope
        Api.Reply widened = Api.admin().put("/api/users/" + manager.id() + "/complaint-scope", Api.object().add("complaintScope", "ALL"));
        assertThat(widened.status()).as(widened.toString()).isEqualTo(200);
        browser.login(manager.username(), manager.password())
                .open("/app/complaints/view.xhtml?id=" + complaint.substring(complaint.lastIndexOf('/') + 1));
        assertThat(browser.text(By.id("limit"))).isEqualTo("您的补偿审批权限:48 个单位以内。");

        browser.type(By.id("returnNew:quantityRequested_input"), "6");
        browser.click(By.xpath("//*[@id='returnNew:disposition']//label[text()='包换']"));
        browser.click(By.id("returnNew:request"));
        browser.waitForText("已保存。");
        assertThat(browser.text(By.id("returnList"))).contains("6 /").contains("包换").contains("已申请").contains("未知(无交货日期)");

        browser.click(By.id("compensation:claimList:0:approve"));
        browser.waitForText("须由总经理审批");
        assertThat(browser.text(By.id("messages"))).contains("该补偿为 49 个单位,超出您的审批权限(48 个单位),须由总经理审批。");
        assertThat(clerk.api().get(complaint + "/compensations").jsonArray().getJsonObject(0).getString("status"))
                .isEqualTo("REQUESTED");

        browser.click(By.id("compensation:claimList:1:approve"));
        browser.waitForText("已批准");
        assertThat(browser.text(By.id("compensation:claimList"))).contains(manager.username() + " (部门主管)");
        assertThat(clerk.api().get(complaint + "/compensations").jsonArray().getJsonObject(1).getInt("approvedUnits")).isEqualTo(10);
    }

    @Test
    void anAuditorReadsTheSectionWithoutAnyForm() {
        String complaint = ReturnsIT.complaint(clerk);
        claim(complaint, 3);
        TestUser auditor = TestUsers.user("AUDITOR");
        browser.login(auditor.username(), auditor.password())
                .open("/app/complaints/view.xhtml?id=" + complaint.substring(complaint.lastIndexOf('/') + 1));
        assertThat(browser.text(By.id("compensations"))).contains("外壳开裂补偿").contains("待审批");
        assertThat(browser.driver().findElements(By.id("returnNew:request"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("compensation:claim"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("compensation:claimList:0:approve"))).isEmpty();
    }

    private static JsonObject claim(String complaint, int units) {
        var reply = clerk.api().post(complaint + "/compensations", org.vocdesk.it.Api.object().add("units", units)
                .add("reason", "外壳开裂补偿"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }
}
