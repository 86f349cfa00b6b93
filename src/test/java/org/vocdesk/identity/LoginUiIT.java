package org.vocdesk.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out with a real browser; the pages start in Chinese (the browser prefers it). */
class LoginUiIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void protectedPageRedirectsToLogin() {
        browser.open("/app/account.xhtml");
        assertThat(browser.url()).contains("/login.xhtml").contains("from=");
        assertThat(browser.find(By.id("login:submit")).isDisplayed()).isTrue();
    }

    @Test
    void wrongPasswordShowsMessage() {
        var user = TestUsers.user("CLERK");
        browser.open("/login.xhtml").submitLogin(user.username(), "Wrong-password-1");
        browser.waitForText("用户名或密码错误。");
        assertThat(browser.url()).contains("/login.xhtml");
    }

    @Test
    void rightPasswordLandsOnHomeAndReturnsToTheRequestedPage() {
        var user = TestUsers.user("HANDLER");
        browser.login(user.username(), user.password());
        assertThat(browser.url()).contains("/index.xhtml");
        assertThat(browser.text(By.id("home"))).contains(user.username());
        assertThat(browser.text(By.id("nav-home"))).isEqualTo("我的工作");

        var other = TestUsers.user("CLERK");
        browser.driver().manage().deleteAllCookies();
        browser.open("/app/account.xhtml").submitLogin(other.username(), other.password());
        browser.waitUntil(d -> d.getCurrentUrl().contains("/app/account.xhtml"));
    }

    @Test
    void languageSwitchSurvivesANewPageLoad() {
        var user = TestUsers.user("CLERK");
        browser.login(user.username(), user.password());
        assertThat(browser.text(By.id("nav-home"))).isEqualTo("我的工作");
        browser.click(By.id("headerForm:lang-en"));
        browser.waitUntil(d -> d.findElement(By.id("nav-home")).getText().equals("My work"));
        browser.open("/index.xhtml");
        assertThat(browser.text(By.id("nav-home"))).isEqualTo("My work");
        assertThat(browser.text(By.id("headerForm:logout"))).isEqualTo("Log out");
    }

    @Test
    void logoutEndsTheSession() {
        var user = TestUsers.user("AUDITOR");
        browser.login(user.username(), user.password());
        browser.click(By.id("headerForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.waitForText("您已退出登录。");
        browser.open("/index.xhtml");
        assertThat(browser.url()).contains("/login.xhtml");
    }
}
