package org.vocdesk.publicfeedback;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page in a browser without a login (Chinese by the browser's preference). The page refuses
 * forms sent back within 3 seconds of being shown, so the tests wait like a person would before sending.
 */
class PublicFeedbackUiIT {

    private static final String PAGE = "/public/feedback.xhtml";

    @RegisterExtension
    final Browser browser = new Browser();

    private static Api clerk;
    private long openedAt;

    @BeforeAll
    static void setUp() {
        clerk = TestUsers.user("CLERK").api();
    }

    @Test
    void aCustomerSendsFeedbackInChineseAndSeesTheAcknowledgementNumber() {
        String product = TestUsers.unique("泵");
        open();
        assertThat(browser.text(By.cssSelector("h1.vd-title"))).isEqualTo("意见反馈");
        new Select(browser.find(By.id("feedback:categoryId"))).selectByVisibleText("包装物流");
        new Select(browser.find(By.id("feedback:type"))).selectByVisibleText("投诉");
        browser.type(By.id("feedback:description"), "外包装破损，两台泵的外壳有划痕。");
        browser.type(By.id("feedback:product"), product);
        browser.type(By.id("feedback:name"), "李娜");
        browser.type(By.id("feedback:email"), "li.na@example.com");
        sendLikeAPerson();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/public/thanks.xhtml"));
        String number = browser.text(By.id("ackNumber"));
        assertThat(number).matches("CF\\d{10}");
        assertThat(browser.url()).endsWith("n=" + number);
        assertThat(browser.pageText()).contains("感谢您的反馈", "我们最迟将于", "年");
        var complaint = clerk.get("/api/complaints/" + number).json();
        assertThat(complaint.getString("channel")).isEqualTo("WEB_FORM");
        assertThat(complaint.getString("contactName")).isEqualTo("李娜");
        assertThat(complaint.getString("product")).isEqualTo(product);

        // refresh, then back and send again: still one record
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.id("ackNumber"))).isEqualTo(number);
        browser.driver().navigate().back();
        if (!browser.driver().findElements(By.id("feedback:send")).isEmpty()) {
            sleepMillis(3500);
            browser.click(By.id("feedback:send"));
            sleepMillis(2000);
        }
        assertThat(storedWithProduct(product)).isEqualTo(1);
    }

    @Test
    void theLanguageSwitchShowsTheFormInEnglish() {
        open();
        assertThat(browser.text(By.cssSelector("label[for='feedback:description']"))).contains("发生了什么");
        browser.click(By.id("headerForm:lang-en"));
        browser.waitForText("Send us your feedback");
        assertThat(browser.text(By.cssSelector("label[for='feedback:description']"))).contains("What happened?");
        assertThat(browser.text(By.id("feedback:send"))).isEqualTo("Send feedback");
        assertThat(new Select(browser.find(By.id("feedback:categoryId"))).getOptions()).anyMatch(o -> o.getText().equals("Delivery"));
        assertThat(browser.driver().findElement(By.id("feedback:website")).isDisplayed()).as("honeypot hidden").isFalse();
    }

    @Test
    void withoutTheTextTheCustomerIsToldInTheirLanguageAndNothingIsStored() {
        String product = TestUsers.unique("阀");
        open();
        new Select(browser.find(By.id("feedback:categoryId"))).selectByVisibleText("交付");
        browser.type(By.id("feedback:product"), product);
        browser.type(By.id("feedback:name"), "赵六");
        browser.type(By.id("feedback:phone"), "021-12345678");
        sendLikeAPerson();
        browser.waitForText("请描述发生了什么。");
        assertThat(browser.url()).doesNotContain("thanks");

        browser.click(By.id("headerForm:lang-en"));
        browser.waitForText("Send us your feedback");
        browser.type(By.id("feedback:product"), product);
        browser.type(By.id("feedback:name"), "Zhao Liu");
        browser.type(By.id("feedback:phone"), "021-12345678");
        new Select(browser.find(By.id("feedback:categoryId"))).selectByVisibleText("Delivery");
        browser.click(By.id("feedback:send"));
        browser.waitForText("Please describe what happened.");
        assertThat(storedWithProduct(product)).isZero();
    }

    private void open() {
        browser.open(PAGE);
        openedAt = System.currentTimeMillis();
    }

    /** Waits until the form has been open for longer than the 3 s minimum, then sends it. */
    private void sendLikeAPerson() {
        sleepMillis(3500 - (System.currentTimeMillis() - openedAt));
        browser.click(By.id("feedback:send"));
    }

    private static void sleepMillis(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long storedWithProduct(String product) {
        return clerk.get("/api/complaints?q=" + URLEncoder.encode(product, StandardCharsets.UTF_8)).json()
                .getJsonNumber("total").longValue();
    }
}
