package org.vocdesk.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored XSS: hostile text in every field a page shows (complaint, customer, user, department) comes out as
 * text. The check is on the DOM, not on alerts alone, because CSP would also stop a script that escaping let in.
 */
class XssUiIT {

    /** Each payload carries the marker, so an injected element is found by it whatever kind it is. */
    private static final String[] PAYLOADS = {
            "<script>window.xssRan=1</script>",
            "<img src=x id=xssmark onerror=\"window.xssRan=1\">",
            "\"><svg id=xssmark onload=window.xssRan=1>",
            "javascript:window.xssRan=1//xssmark",
            "<a id=xssmark href=\"javascript:window.xssRan=1\">x</a>",
            "'};window.xssRan=1;//xssmark",
            "{{7*7}}#{7*7}${7*7}xssmark"};

    @RegisterExtension
    final Browser browser = new Browser("en");

    @Test
    void hostileTextInEveryShownFieldStaysText() {
        String all = String.join(" ", PAYLOADS);
        String p0 = PAYLOADS[1];
        long category = Api.anonymous().get("/api/public/feedback/categories").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply department = Api.admin().post("/api/departments", Api.object().add("code", TestUsers.unique("X"))
                .add("name", PAYLOADS[2].substring(0, 40)));
        assertThat(department.status()).as(department.toString()).isEqualTo(201);
        Api.Reply user = Api.admin().post("/api/users", Api.object().add("username", TestUsers.unique("xss"))
                .add("displayName", PAYLOADS[1]).add("roles", Api.strings("HANDLER")).add("password", TestUsers.PASSWORD)
                .add("departmentId", department.json().getJsonNumber("id").longValue()));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        Api.Reply customer = Api.admin().post("/api/customers", Api.object().add("code", TestUsers.unique("XC"))
                .add("name", PAYLOADS[4]).add("address", all.substring(0, Math.min(all.length(), 400))).add("contactPerson", PAYLOADS[0]).add("notes", all));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);

        var clerk = TestUsers.user("CLERK");
        Api.Reply complaint = clerk.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", category).add("customerId", customer.json().getJsonNumber("id").longValue()).add("anonymous", false)
                .add("contactName", p0).add("contactPhone", "<b>1</b>").add("product", PAYLOADS[2]).add("orderNo", PAYLOADS[5].substring(0, Math.min(PAYLOADS[5].length(), 30)))
                .add("batchNo", PAYLOADS[6]).add("customerWords", all).add("keyDetails", all).add("urgency", "LOW")
                .add("receivedAt", java.time.Instant.now().minusSeconds(60).toString()));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        long id = complaint.json().getJsonNumber("id").longValue();
        String number = complaint.json().getString("number");

        var quality = TestUsers.user("QUALITY_MANAGER"); // sees every complaint and customer
        browser.login(quality.username(), quality.password());
        assertEscaped("/app/complaints/view.xhtml?id=" + id, "<script>window.xssRan=1</script>");
        assertEscaped("/app/complaints/ledger.xhtml?q=" + number, "\"><svg id=xssmark");
        assertEscaped("/app/customers/edit.xhtml?id=" + customer.json().getJsonNumber("id").longValue(), "javascript:window.xssRan=1");
        browser.driver().manage().deleteAllCookies();
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEscaped("/admin/users.xhtml", "<img src=x id=xssmark");
    }

    private void assertEscaped(String page, String visible) {
        browser.open(page);
        browser.waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
        assertThat(js.executeScript("return window.xssRan === undefined")).as(page + ": a payload ran").isEqualTo(true);
        assertThat(js.executeScript("return document.querySelectorAll('#xssmark, svg[onload], img[onerror], a[href^=\"javascript\"]').length"))
                .as(page + ": an injected element").isEqualTo(0L);
        assertThat(js.executeScript("return Array.from(document.scripts).filter(s => s.textContent.includes('xssRan')).length"))
                .as(page + ": an injected script").isEqualTo(0L);
        assertThat(browser.driver().getPageSource()).as(page).doesNotContain("49xssmark");
        assertThat(browser.pageText()).as(page + " shows the text as typed").contains(visible);
    }
}
