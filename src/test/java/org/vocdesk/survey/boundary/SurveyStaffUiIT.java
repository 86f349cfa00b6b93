package org.vocdesk.survey.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.*;

/**
 * The staff pages in a browser: a questionnaire written in both languages and its next version once a campaign
 * used it; orders entered, a campaign created with its eligible count and launched, a phone answer entered and
 * the improvement action it opened closed with its result and the customer's reply recorded.
 */
class SurveyStaffUiIT {

    private static final Pattern ACTION = Pattern.compile("SAT-(\\d+)");

    @RegisterExtension
    final Browser browser = new Browser("en");

    static TestUser quality;

    @BeforeAll
    static void users() {
        organisation();
        quality = TestUsers.user("QUALITY_MANAGER", "CLERK");
    }

    @Test
    void questionnaireInBothLanguagesAndANewVersionOnceACampaignUsedIt() {
        String type = "UIT_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        int questions = templateOf("ENGINEERING", 1).getJsonArray("questions").size();
        browser.login(quality.username(), quality.password()).open("/app/surveys/templates.xhtml");
        browser.click(By.xpath("//tr[contains(., 'ENGINEERING')][1]//button[contains(@id, ':edit')]"));
        browser.waitForText("Questionnaire ENGINEERING");
        browser.type(By.id("create:type"), type);
        browser.type(By.id("create:nameZh"), "界面测试问卷");
        browser.type(By.id("create:nameEn"), "UI test questionnaire");
        browser.click(By.id("create:createType"));
        browser.waitForText("Questionnaire " + type + ", version 1");

        browser.type(By.id("editor:rows:0:textEn"), "Quality of the parts delivered");
        browser.click(By.id("editor:add"));
        int added = questions - 1; // inserted before the closing suggestion
        // row "added" exists before the AJAX update too (the suggestion): wait for the extra row before touching it
        browser.find(By.id("editor:rows:" + questions + ":kind"));
        new Select(browser.find(By.id("editor:rows:" + added + ":kind"))).selectByValue("CHOICE");
        browser.type(By.id("editor:rows:" + added + ":textZh"), "您的采购渠道");
        browser.type(By.id("editor:rows:" + added + ":textEn"), "How you buy from us");
        browser.type(By.id("editor:rows:" + added + ":optionsZh"), "直接\n经销商");
        browser.type(By.id("editor:rows:" + added + ":optionsEn"), "Direct\nDistributor");
        browser.click(By.id("editor:save"));
        browser.waitForText("Version 1 saved.");

        JsonObject saved = templateOf(type, 1);
        assertThat(saved.getString("nameZh")).isEqualTo("界面测试问卷");
        List<JsonObject> data = saved.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertThat(data).hasSize(questions + 1);
        assertThat(data.get(0).getString("textEn")).isEqualTo("Quality of the parts delivered");
        assertThat(data.get(added).getString("kind")).isEqualTo("CHOICE");
        assertThat(data.get(added).getString("optionsEn")).isEqualTo("Direct|Distributor");
        assertThat(data.get(added).getInt("weight")).isZero();

        // a campaign uses version 1: saving it again keeps it and makes version 2
        nextYear();
        String run = TestUsers.unique("V");
        customer(run, null, 3);
        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns", campaign("版本 " + run, Instant.now().plusSeconds(86_400))
                .add("projectType", type)));
        ok(clerk.api().post("/api/surveys/campaigns/" + draft.getJsonNumber("id") + "/launch", Json.createObjectBuilder()));
        browser.open("/app/surveys/templates.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + type + "')]//button[contains(@id, ':edit')]"));
        assertThat(browser.text(By.id("editor:lockedNote"))).contains("saving makes a new version");
        browser.type(By.id("editor:rows:0:textZh"), "交付零件的质量");
        browser.click(By.id("editor:save"));
        browser.waitForText("Version 1 is used by a campaign and was kept; your changes were saved as version 2.");
        assertThat(templateOf(type, 2).getJsonArray("questions").getJsonObject(0).getString("textZh")).isEqualTo("交付零件的质量");
        assertThat(templateOf(type, 1).getBoolean("locked")).isTrue();
        assertThat(templateOf(type, 1).getJsonArray("questions").getJsonObject(0).getString("textZh")).isNotEqualTo("交付零件的质量");
    }

    @Test
    void ordersCampaignPhoneAnswerAndTheImprovementActionClosed() {
        int inYear = nextYear();
        String run = TestUsers.unique("P");
        String code = (run + "C").toUpperCase(Locale.ROOT);
        customer(run + "C", null, 0);
        browser.login(quality.username(), quality.password()).open("/app/surveys/transactions.xhtml");
        widgetsReady("widget_entry_date", "widget_entry_quantity");
        browser.type(By.id("entry:customer"), "NO-SUCH-" + run);
        browser.type(By.id("entry:reference"), "TEL-1");
        script("document.getElementById('entry:date_input').value = '" + inYear + "-03-01'");
        browser.click(By.id("entry:add"));
        browser.waitForText("There is no customer with code NO-SUCH-");
        browser.type(By.id("entry:customer"), code);
        browser.click(By.id("entry:add"));
        browser.waitForText("1 orders recorded, 0 updated, for 1 customers.");
        assertThat(browser.pageText()).contains("TEL-1");

        String name = "电话调查 " + run;
        browser.open("/app/surveys/campaigns.xhtml");
        widgetsReady("widget_create_start", "widget_create_min");
        browser.type(By.id("create:name"), name);
        // date and number widgets are set through their values: typing into them raced their initialisation at load 50
        script("document.getElementById('create:start_input').value = '" + inYear + "-01-01'");
        script("PrimeFaces.widgets['widget_create_min'].setValue(1)");
        new Select(browser.find(By.id("create:kind"))).selectByValue("QUARTERLY"); // its change event updates the preview
        browser.waitUntil(d -> d.findElement(By.id("create:preview")).getText()
                .matches("1 customers eligible of \\d+ active customers .*to " + inYear + "-03-31\\."));
        browser.click(By.id("create:createCampaign"));
        String row = "//tr[contains(., '" + name + "')]";
        assertThat(browser.text(By.xpath(row))).contains("1 / ").contains("Draft");
        browser.click(By.xpath(row + "//button[contains(@id, ':launch')]"));
        browser.waitUntil(d -> d.findElement(By.xpath(row)).getText().contains("Live"));

        browser.click(By.xpath(row + "//a[contains(@id, ':responses')]"));
        browser.click(By.xpath("//tr[contains(., '" + code + "') or contains(., '满意度客户')]//button[contains(@id, ':enter')]"));
        browser.find(By.id("entry-title"));
        new Select(browser.find(By.id("entry:mode"))).selectByValue("PHONE");
        radio(1, "NOT_SATISFIED").click();
        for (int position = 2; position <= 6; position++) {
            radio(position, "SATISFIED").click();
        }
        radio(8, "0").click();
        browser.click(By.id("entry:submitEntry"));
        browser.waitForText("improvement action SAT-");
        Matcher action = ACTION.matcher(browser.pageText());
        assertThat(action.find()).isTrue();
        String id = action.group(1);
        assertThat(browser.pageText()).contains("Phone interview entered by staff");

        browser.open("/app/surveys/improvements.xhtml");
        String actionRow = "//tr[contains(., 'SAT-" + id + "')]";
        browser.type(By.xpath(actionRow + "//textarea[contains(@id, 'resultText')]"), "Response time target cut to 4 h, trained the hotline");
        browser.click(By.xpath(actionRow + "//button[contains(@id, ':close')]"));
        browser.waitForText("The improvement action is closed.");
        browser.click(By.xpath("//a[contains(., 'Replies to customers')]"));
        browser.type(By.xpath(actionRow + "//textarea[contains(@id, 'replyText')]"), "Called the buyer on " + inYear + "-06-01");
        browser.click(By.xpath(actionRow + "//button[contains(@id, ':replied')]"));
        browser.waitForText("The reply to the customer is recorded.");

        long campaignId = clerk.api().get("/api/surveys/campaigns").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject closed = Api.admin().get("/api/surveys/campaigns/" + campaignId + "/improvements").jsonArray().getJsonObject(0);
        assertThat(closed.getJsonNumber("id").toString()).isEqualTo(id);
        assertThat(closed.getBoolean("done")).isTrue();
        assertThat(closed.getString("actionNote")).startsWith("Response time target cut");
        assertThat(closed.getString("ownerName")).isNotBlank();
    }

    private void script(String javascript) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(javascript);
    }

    /** Typing before PrimeFaces initialised a date or number field is undone when it does (seen at load 40). */
    private void widgetsReady(String... widgetVars) {
        for (String widget : widgetVars) {
            browser.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return !!(window.PrimeFaces && PrimeFaces.widgets['" + widget + "'])")));
        }
    }

    private org.openqa.selenium.WebElement radio(int position, String value) {
        return browser.find(By.xpath("//fieldset[@id='q" + position + "']//input[@type='radio' and @value='" + value + "']"));
    }
}
