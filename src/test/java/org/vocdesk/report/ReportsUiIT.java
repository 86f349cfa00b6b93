package org.vocdesk.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Browser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser: the ledger page starts its PDF in the background and "my reports" shows the job until its file is
 * ready to download; the direct PDF link carries the ledger's filter.
 */
class ReportsUiIT {

    private static LedgerFixture data;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
    }

    @Test
    void theLedgerStartsABackgroundPdfThatMyReportsOffersForDownload() {
        browser.login(data.clerk.username(), data.clerk.password())
                .open("/app/complaints/ledger.xhtml?categoryId=" + data.categoryId);
        assertThat(browser.find(By.id("ledger:report-pdf")).getAttribute("href"))
                .contains("/api/reports/complaint-ledger?").contains("categoryId=" + data.categoryId).contains("lang=zh");
        browser.click(By.id("ledger:report-pdf-background"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/reports/mine.xhtml"));
        assertThat(browser.pageText()).contains("我的报表", "顾客抱怨台帐（PDF）", "categoryId=" + data.categoryId);
        // the first report of a fresh server compiles its templates and loads the font: far beyond the usual 20 s on a busy machine
        new WebDriverWait(browser.driver(), Duration.ofSeconds(300)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("[id$=':download']")).isEmpty());
        assertThat(browser.find(By.cssSelector("[id$=':download']")).getText()).startsWith("complaint-ledger-").endsWith(".pdf");
        assertThat(browser.pageText()).contains("已完成", "SHA-256");
        assertThat(browser.driver().findElements(By.id("pack"))).as("a clerk has no audit pack").isEmpty();
    }
}
