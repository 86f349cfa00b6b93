package org.vocdesk.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the Content Security Policy on, the main pages load and work without a single violation in the browser
 * console (a violation means some script or handler is silently dead). The other browser tests show the
 * pages still work; this one reads the console.
 */
class CspUiIT {

    private static final List<String> PAGES = List.of("/index.xhtml", "/app/complaints/ledger.xhtml", "/app/complaints/intake.xhtml",
            "/app/customers/list.xhtml", "/app/inbox.xhtml", "/app/account.xhtml", "/app/reply-templates.xhtml",
            "/app/surveys/campaigns.xhtml", "/app/analysis/dashboard.xhtml", "/app/analysis/monthly.xhtml", "/app/analysis/plans.xhtml",
            "/admin/users.xhtml", "/admin/categories.xhtml", "/admin/calendars.xhtml", "/admin/escalation-rules.xhtml",
            "/admin/escalation-steps.xhtml", "/admin/outbox.xhtml");

    @RegisterExtension
    final Browser browser = new Browser("en");

    @Test
    void publicPagesHaveNoViolations() {
        List<String> violations = new ArrayList<>();
        for (String page : List.of("/login.xhtml", "/public/feedback.xhtml")) {
            browser.open(page);
            settle();
            violations.addAll(violations(page));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void staffPagesHaveNoViolationsAndTheirScriptsRun() {
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        List<String> violations = new ArrayList<>(violations("/login.xhtml"));
        for (String page : PAGES) {
            browser.open(page);
            settle();
            violations.addAll(violations(page));
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return !!(window.PrimeFaces && PrimeFaces.csp)"))
                    .as(page + ": PrimeFaces started").isEqualTo(true);
        }
        // an AJAX round trip with a dialog opened from an event handler (moved into nonced script by PrimeFaces)
        browser.open("/admin/users.xhtml");
        browser.click(By.cssSelector("[id$='newUser']"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-dialog")).stream().anyMatch(e -> e.isDisplayed()));
        violations.addAll(violations("/admin/users.xhtml dialog"));
        assertThat(violations).isEmpty();
    }

    private void settle() {
        browser.waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private List<String> violations(String page) {
        return browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .map(m -> page + ": " + m).toList();
    }
}
