package org.vocdesk.complaint.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk records feedback on the staff form, with a photo, in Chinese. */
class IntakeUiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void clerkRecordsFeedbackWithAPhotoAndLandsOnTheNewComplaint() throws Exception {
        var clerk = TestUsers.user("CLERK");
        String product = TestUsers.unique("外壳H");
        Path photo = Files.createTempFile("crack", ".png");
        Files.write(photo, PNG);

        browser.login(clerk.username(), clerk.password()).open("/app/complaints/intake.xhtml");
        assertThat(browser.text(By.cssSelector(".vd-title"))).isEqualTo("登记反馈");
        browser.choose("intake:category", "产品质量");
        browser.type(By.id("intake:contactName"), "李经理");
        browser.type(By.id("intake:product"), product);
        browser.type(By.id("intake:words"), "外壳开裂,共 12 件");
        browser.driver().findElement(By.id("intake:files_input")).sendKeys(photo.toString());
        browser.click(By.id("intake:record"));

        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/complaints/view.xhtml"));
        assertThat(browser.text(By.cssSelector(".vd-title"))).matches("投诉 CF\\d{10,}");
        assertThat(browser.text(By.id("product"))).isEqualTo(product);
        assertThat(browser.text(By.id("words"))).isEqualTo("外壳开裂,共 12 件");
        assertThat(browser.text(By.id("status"))).isEqualTo("已登记");
        assertThat(browser.text(By.id("attachments"))).contains(photo.getFileName().toString()).contains("image/png");
        assertThat(browser.text(By.id("firstReplyLeft"))).contains("剩余");
        assertThat(clerk.api().get("/api/complaints?q=" + product).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void missingCustomerWordsAreReportedAndNothingIsStored() {
        var clerk = TestUsers.user("CLERK");
        String product = TestUsers.unique("空");
        browser.login(clerk.username(), clerk.password()).open("/app/complaints/intake.xhtml");
        browser.choose("intake:category", "交付");
        browser.type(By.id("intake:contactName"), "王");
        browser.type(By.id("intake:product"), product);
        browser.click(By.id("intake:record"));

        browser.waitForText("顾客原话");
        assertThat(browser.text(By.id("intake:messages_words"))).isNotBlank();
        assertThat(browser.url()).contains("/intake.xhtml");
        assertThat(clerk.api().get("/api/complaints?q=" + product).json().getInt("total")).isZero();
    }
}
