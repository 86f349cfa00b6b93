package org.vocdesk.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler in a browser: the ledger shows their department's complaints only; another department's complaint page is refused. */
class DepartmentScopeUiIT {

    static String marker;
    static TestUser handler;
    static JsonObject ours;
    static JsonObject theirs;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void twoDepartments() {
        marker = TestUsers.unique("UISCOPE").toUpperCase();
        long category = LedgerFixture.category(marker.replace('-', '_'), "2d");
        TestDepartment assembly = TestUsers.department("装配部 " + marker);
        TestDepartment paint = TestUsers.department("涂装部 " + marker);
        TestUser clerk = TestUsers.user("CLERK");
        TestUser quality = TestUsers.user("QUALITY_MANAGER");
        handler = TestUsers.user(assembly.id(), "HANDLER");
        ours = ScopeFixture.complaint(assembly.id(), null, category, marker + "-A", clerk.api(), quality.api(), "装配松动");
        theirs = ScopeFixture.complaint(paint.id(), null, category, marker + "-P", clerk.api(), quality.api(), "漆面起泡");
    }

    @Test
    void theLedgerShowsTheOwnDepartmentAndAnotherDepartmentsComplaintIsNotAllowed() {
        browser.login(handler.username(), handler.password()).open("/app/complaints/ledger.xhtml?q=" + marker);
        browser.find(By.id("ledger:table"));
        List<String> shown = browser.driver().findElements(By.cssSelector("[id='ledger:table'] a.vd-number")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactly(ours.getString("number"));

        browser.open("/app/complaints/view.xhtml?id=" + theirs.getJsonNumber("id"));
        assertThat(browser.text(By.id("error-text"))).isEqualTo("投诉 " + theirs.getString("number") + " 属于其他部门,您无权查看。");
        assertThat(browser.pageText()).doesNotContain("漆面起泡");

        browser.open("/app/complaints/view.xhtml?id=" + ours.getJsonNumber("id"));
        browser.waitForText("装配松动");
    }
}
