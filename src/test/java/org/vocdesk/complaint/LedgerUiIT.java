package org.vocdesk.complaint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.complaint.LedgerFixture.number;

/** The ledger page in a browser: filters in the URL, the right rows, the overdue highlight, the export links. */
class LedgerUiIT {

    private static LedgerFixture data;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
    }

    private List<String> shownNumbers() {
        browser.find(By.id("ledger:table"));
        return browser.driver().findElements(By.cssSelector("[id='ledger:table'] a.vd-number")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement row(String number) {
        return browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(text())='" + number + "']]"));
    }

    @Test
    void filtersByCategoryThenByStatusAndKeepsTheFilterInTheUrl() {
        browser.login(data.quality.username(), data.quality.password()).open("/app/complaints/ledger.xhtml");
        new Select(browser.find(By.id("ledger:category"))).selectByValue(String.valueOf(data.categoryId));
        browser.click(By.id("ledger:search"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("categoryId=" + data.categoryId));
        assertThat(shownNumbers()).containsExactlyInAnyOrderElementsOf(data.all());
        assertThat(browser.text(By.id("ledger:table:total"))).contains("4");

        new Select(browser.find(By.id("ledger:status"))).selectByValue("TRIAGED");
        browser.click(By.id("ledger:search"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("status=TRIAGED"));
        assertThat(browser.url()).contains("categoryId=" + data.categoryId);
        assertThat(shownNumbers()).containsExactly(number(data.triaged));
        assertThat(new Select(browser.find(By.id("ledger:status"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("TRIAGED");
    }

    @Test
    void aLinkedLedgerShowsItsFilterAndHighlightsOverdueRows() {
        browser.login(data.quality.username(), data.quality.password())
                .open("/app/complaints/ledger.xhtml?categoryId=" + data.categoryId + "&overdue=true");
        assertThat(shownNumbers()).containsExactlyInAnyOrder(number(data.old), number(data.ancient));
        assertThat(browser.driver().findElement(By.id("ledger:overdue_input")).isSelected()).isTrue();

        browser.open("/app/complaints/ledger.xhtml?categoryId=" + data.categoryId);
        assertThat(shownNumbers()).hasSize(4);
        assertThat(row(number(data.old)).getAttribute("class")).contains("vd-overdue");
        assertThat(row(number(data.ancient)).getAttribute("class")).contains("vd-overdue");
        assertThat(row(number(data.fresh)).getAttribute("class")).doesNotContain("vd-overdue");
        browser.click(By.linkText(number(data.triaged)));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/complaints/view.xhtml?id=" + data.triaged.getJsonNumber("id")));
    }

    @Test
    void exportLinksCarryTheFilterAndWorkWithTheBrowserSession() throws Exception {
        browser.login(data.quality.username(), data.quality.password())
                .open("/app/complaints/ledger.xhtml?categoryId=" + data.categoryId + "&status=RECEIVED");
        String href = browser.find(By.id("ledger:export-csv")).getAttribute("href");
        assertThat(href).contains("/api/complaints/export.csv?", "categoryId=" + data.categoryId, "status=RECEIVED", "lang=zh-CN");
        assertThat(browser.find(By.id("ledger:export-xlsx")).getAttribute("href")).contains("/api/complaints/export.xlsx?");

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFF编号");
        assertThat(String.join("\n", lines)).contains(number(data.old), number(data.ancient), number(data.fresh))
                .doesNotContain(number(data.triaged));
    }

    @Test
    void homePageShowsWhatWaitsForTriage() {
        browser.login(data.quality.username(), data.quality.password()).open("/index.xhtml");
        assertThat(browser.find(By.id("to-triage")).getText()).isNotBlank();
        assertThat(browser.find(By.id("overdue-count")).getText()).matches("\\d+");
        assertThat(Integer.parseInt(browser.text(By.id("overdue-count")))).isGreaterThanOrEqualTo(2);
    }
}
