package org.vocdesk.survey.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.*;

/** The public response page on a phone, in the customer's language, and the campaign analysis page. */
class SurveyUiIT {

    @RegisterExtension
    final Browser browser = new Browser("en");

    static long campaignId;
    static String token;

    @BeforeAll
    static void campaignWithOneInvitation() {
        organisation();
        nextYear();
        String run = TestUsers.unique("U");
        customer(run, "ui-" + run + "@example.com", minTransactions + 3);
        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns",
                campaign("界面测试 " + run, Instant.now().plusSeconds(86_400)).add("minTransactions", minTransactions + 3)));
        campaignId = draft.getJsonNumber("id").longValue();
        ok(clerk.api().post("/api/surveys/campaigns/" + campaignId + "/launch", Json.createObjectBuilder()));
        token = token(awaitMail("ui-" + run, run));
    }

    @Test
    void customerAnswersOnAPhoneInChineseResumesAndSubmitsOnce() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/public/survey.xhtml?t=" + token);
        assertThat(browser.text(By.id("survey-title"))).contains("技术支持"); // the invitation's language, not the browser's
        Number width = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

        rate(1, "NOT_SATISFIED");
        browser.click(By.id("survey:save"));
        browser.waitForText("您的答卷已保存");

        browser.open("/public/survey.xhtml?t=" + token);
        assertThat(radio(1, "NOT_SATISFIED").isSelected()).as("resumed answer").isTrue();
        browser.click(By.id("survey:submit"));
        browser.waitForText("第 2 题尚未回答");

        for (int position = 2; position <= 6; position++) {
            rate(position, "SATISFIED");
        }
        radio(8, "0").click();
        browser.click(By.id("survey:submit"));
        browser.waitForText("我们已收到您的答卷");

        browser.open("/public/survey.xhtml?t=" + token);
        assertThat(browser.text(By.id("survey-problem"))).contains("此调查已填写提交");
        browser.open("/public/survey.xhtml?t=forged");
        assertThat(browser.text(By.id("survey-problem"))).contains("此调查链接无效");
    }

    @Test
    void analysisPageShowsTheFiguresAndCharts() {
        browser.login(clerk.username(), clerk.password()).open("/app/surveys/analysis.xhtml?id=" + campaignId);
        assertThat(browser.text(By.id("issued"))).startsWith("1 ");
        assertThat(browser.find(By.cssSelector("[id$='bandChart'] canvas")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("[id$='historyChart'] canvas")).isDisplayed()).isTrue();
    }

    private void rate(int position, String level) {
        radio(position, level).click();
    }

    private org.openqa.selenium.WebElement radio(int position, String value) {
        return browser.find(By.xpath("//fieldset[@id='q" + position + "']//input[@type='radio' and @value='" + value + "']"));
    }
}
