package org.vocdesk.kpi;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The KPI dashboard in a browser: tiles with definitions, the charts, and a click through to the ledger. */
class KpiDashboardUiIT {

    private static LedgerFixture data;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
    }

    @Test
    void showsTheTilesAndChartsAndOpensTheCountedComplaintsInTheLedger() {
        browser.login(data.quality.username(), data.quality.password())
                .open("/app/analysis/dashboard.xhtml?categoryId=" + data.categoryId);
        assertThat(browser.text(By.id("value-COMPLAINTS"))).startsWith("4");
        assertThat(browser.text(By.id("tile-ON_TIME_REPLY_RATE"))).contains("在首次回复期限内");
        assertThat(browser.driver().findElements(By.cssSelector("[id='dashboard:trend'] canvas"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("[id='dashboard:pareto'] canvas"))).hasSize(1);
        assertThat(browser.text(By.id("matrix"))).contains("台帐测试");
        assertThat(browser.text(By.id("tile-CAPA_EFFECTIVENESS_RATE"))).contains("CAPA 有效率").contains("首次有效性验证");
        assertThat(browser.text(By.id("value-CAPA_EFFECTIVENESS_RATE"))).as("nothing checked: no value").startsWith("–");
        assertThat(browser.text(By.id("tile-SATISFACTION_SCORE"))).contains("顾客满意度得分");
        assertThat(browser.text(By.id("satisfaction-card"))).contains("各调查活动的满意度得分");

        browser.click(By.id("value-MAJOR_COMPLAINTS"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/complaints/ledger.xhtml"));
        assertThat(browser.url()).contains("criterion=MAJOR").contains("categoryId=" + data.categoryId);
        browser.find(By.id("ledger:table"));
        List<String> shown = browser.driver().findElements(By.cssSelector("[id='ledger:table'] a.vd-number")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactly(LedgerFixture.number(data.triaged));
        assertThat(browser.text(By.id("ledger:criterion"))).contains("重大投诉");
    }

    @Test
    void theMonthlyAnalysisAndThePlansRender() {
        browser.login(data.quality.username(), data.quality.password()).open("/app/analysis/monthly.xhtml");
        assertThat(browser.text(By.id("figures"))).contains("及时回复率").contains("重复投诉");
        assertThat(browser.pageText()).contains("重复出现的问题");
        browser.open("/app/analysis/plans.xhtml?categoryId=" + data.categoryId + "&problem=" + data.marker);
        assertThat(browser.find(By.id("plan:problem")).getAttribute("value")).isEqualTo(data.marker);
        assertThat(browser.pageText()).contains("改进策略执行表");
    }

    @Test
    void aClerkCannotOpenTheDashboard() {
        browser.login(data.clerk.username(), data.clerk.password()).open("/app/analysis/dashboard.xhtml");
        assertThat(browser.pageText()).doesNotContain(data.marker).doesNotContain("及时回复率");
    }
}
